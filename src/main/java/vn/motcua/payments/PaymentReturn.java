package vn.motcua.payments;

/**
 * What the citizen's browser is shown on coming back from the gateway: the order as the server knows
 * it — paid only once the gateway's own notification confirmed it, otherwise waiting for that
 * notification, not paid, or a return whose signature is not the gateway's.
 */
public record PaymentReturn(Outcome outcome, FeeOrder order) {

    public enum Outcome {
        PAID, AWAITING_CONFIRMATION, NOT_PAID, INVALID
    }
}

package vn.motcua.portal;

import java.time.Duration;

/**
 * Mã xác nhận đã cấp: a one-time code was issued to confirm a citizen's registration, to be sent to
 * the e-mail and, where SMS is configured, the phone. It carries the code itself, so it is handled
 * inside the transaction that issued it and never kept in the event publication registry.
 */
public record ConfirmationCodeIssued(long accountId, String fullName, String email, String phone, String code, Duration validFor) {

    /** The reference its messages carry in the outbox: the account, never the code. */
    public String reference() {
        return "TK-" + accountId;
    }
}

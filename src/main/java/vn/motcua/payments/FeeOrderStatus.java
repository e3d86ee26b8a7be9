package vn.motcua.payments;

/**
 * Where a fee order stands: sent to the gateway and waiting for its notification; paid or failed as
 * the verified notification says; expired when the gateway's time for it passed with no notification.
 */
public enum FeeOrderStatus {
    PENDING, PAID, FAILED, EXPIRED
}

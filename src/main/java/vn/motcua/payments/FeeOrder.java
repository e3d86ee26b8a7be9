package vn.motcua.payments;

import java.time.Instant;

/**
 * Đơn thanh toán: one attempt to pay a dossier's outstanding fees through the gateway — its reference
 * (vnp_TxnRef), amount, status, and once paid the gateway's transaction number, the bank and the
 * electronic receipt.
 */
public record FeeOrder(String reference, String dossierCode, long amount, FeeOrderStatus status, Instant createdAt,
        Instant expiresAt, Instant confirmedAt, String transactionNo, String bankCode, String receiptNumber, Long receiptFileId) {
}

package vn.motcua.payments;

import java.time.Instant;

/**
 * Đơn thanh toán: one attempt to pay a dossier's outstanding fees, or a submission's fee before the desk
 * receives it, through the gateway — its reference (vnp_TxnRef), amount, status, and once paid the
 * gateway's transaction number, the bank and the electronic receipt. A submission's order names the
 * dossier once the submission was received.
 */
public record FeeOrder(String reference, String dossierCode, Long submissionId, long amount, FeeOrderStatus status, Instant createdAt,
        Instant expiresAt, Instant confirmedAt, String transactionNo, String bankCode, String receiptNumber, Long receiptFileId) {
}

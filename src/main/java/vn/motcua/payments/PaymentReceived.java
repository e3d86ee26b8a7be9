package vn.motcua.payments;

import java.time.Instant;

import vn.motcua.dossiers.Applicant;

/**
 * Đã nhận phí: the gateway confirmed a dossier's fee paid online — or a submission's, before the desk
 * received it: then {@code dossierCode} is the submission's reference (TT-…) and {@code submissionId} is
 * set. Published in the transaction that records it, so a listener writing in that transaction (the
 * notification outbox) commits with it. {@code applicant} is whole: listeners act for the receiving agency.
 */
public record PaymentReceived(String orderReference, String dossierCode, Long submissionId, long amount, String transactionNo, String receiptNumber,
        Instant paidAt, String agencyName, String procedureName, Applicant applicant) {
}

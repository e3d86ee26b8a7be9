package vn.motcua.indicators;

/**
 * A report was approved: its figures are frozen as approved. Published in the approval's transaction,
 * so that what is issued with the approval (the signed report document) stands or falls with it.
 */
/** {@code approverName}: the approving person's full name, as a signature carries it. */
public record ReportApproved(String templateCode, String period, String unitCode, long unitId, String approvedBy, String approverName) {
}

package vn.motcua.indicators;

/**
 * Báo cáo đã gửi: a unit's report went up, every check passed. Published inside the submission's
 * transaction, so that what another module freezes with it (the narrative, in reports) goes up with it
 * or not at all. It carries the report as the submission compiled it, so that a listener does not read
 * the records a second time.
 */
public record ReportSubmitted(String templateCode, String period, String unitCode, Report report) {
}

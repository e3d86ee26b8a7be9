package vn.motcua.indicators;

import java.time.LocalDate;
import java.util.List;

/** A unit's report for a period: its rows in printed order, its window and due date, its status. */
public record Report(long id, String template, int templateVersion, String period, String unitCode, String unitName,
        ReportStatus status, int version, LocalDate windowFrom, LocalDate windowTo, LocalDate dueOn, String returnComment,
        List<ReportRow> rows) {

    /**
     * The rows a person must answer that are still blank: entered rows (not computed, not headings) with
     * a printed number of their own, the breakdowns under them ("Trong đó") being optional as in the seed.
     * A row with nothing to report is answered with 0 ("không phát sinh"), not left blank.
     */
    public List<ReportRow> unanswered() {
        return rows.stream().filter(r -> !"GROUP".equals(r.type()) && !r.computed() && r.code() != null && !r.code().isBlank()
                && r.value() == null).toList();
    }
}

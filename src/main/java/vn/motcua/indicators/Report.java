package vn.motcua.indicators;

import java.time.LocalDate;
import java.util.List;

/** A unit's report for a period: its rows in printed order, its window and due date, its status. */
public record Report(long id, String template, int templateVersion, String period, String unitCode, String unitName,
        ReportStatus status, int version, LocalDate windowFrom, LocalDate windowTo, LocalDate dueOn, String returnComment,
        List<ReportRow> rows) {

    /**
     * The rows the template requires that are still blank: the report cannot go up until each has a
     * figure. A row with nothing to report is answered with 0 ("không phát sinh"), not left blank.
     */
    public List<ReportRow> unanswered() {
        return rows.stream().filter(r -> r.required() && r.value() == null).toList();
    }
}

package vn.motcua.indicators;

import java.time.LocalDate;
import java.util.List;

/** A unit's report for a period: its rows in printed order, its window and due date, its status. */
public record Report(long id, String template, int templateVersion, String period, String unitCode, String unitName,
        ReportStatus status, int version, LocalDate windowFrom, LocalDate windowTo, LocalDate dueOn, String returnComment,
        List<ReportRow> rows) {
}

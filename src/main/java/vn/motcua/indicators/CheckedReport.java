package vn.motcua.indicators;

import java.util.List;

/** A report with the previous figures beside its rows and what validation finds in it: the report form's page. */
public record CheckedReport(Report report, List<Finding> findings) {
}

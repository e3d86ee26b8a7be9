package vn.motcua.indicators.internal;

import java.time.LocalDate;
import java.util.Optional;

import vn.motcua.shared.Period;
import vn.motcua.indicators.PeriodWindows;
import vn.motcua.indicators.ReportStatus;
import vn.motcua.indicators.internal.ReportStore.StoredReport;
import vn.motcua.indicators.internal.TemplateStore.Template;
import vn.motcua.units.Unit;

/**
 * What a request about a report names: the template version the report uses (the latest until one
 * is stored), the period and its window, the unit, and the stored report if there is one.
 */
public record ReportTarget(Template template, Period period, PeriodWindows.Window window, Unit unit, Optional<StoredReport> stored) {

    /** First day of the window. */
    public LocalDate from() {
        return window.from();
    }

    /** The day after the window. */
    public LocalDate to() {
        return window.to();
    }

    public LocalDate lastDay() {
        return window.to().minusDays(1);
    }

    public ReportStatus status() {
        return stored.map(StoredReport::status).orElse(ReportStatus.DRAFT);
    }

    /** The same report as stored now (after a change of status or figures). */
    public ReportTarget with(StoredReport report) {
        return new ReportTarget(template, period, window, unit, Optional.of(report));
    }

    /** How the audit trail names the report: template/period/unit. */
    public String auditKey() {
        return template.code() + "/" + period.name() + "/" + unit.code();
    }
}

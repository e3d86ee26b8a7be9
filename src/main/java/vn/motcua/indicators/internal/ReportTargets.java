package vn.motcua.indicators.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.motcua.shared.Period;
import vn.motcua.indicators.PeriodWindows;
import vn.motcua.indicators.internal.ReportStore.StoredReport;
import vn.motcua.indicators.internal.TemplateStore.Template;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ReportingPeriods;
import vn.motcua.shared.VietnameseFormat;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitChoices;
import vn.motcua.units.UnitDirectory;

/** Turns the codes of a request (template, period, unit) into the report they name; the unit must be within the caller's reach. */
@Component
public class ReportTargets {

    private final TemplateStore templates;
    private final ReportStore reports;
    private final UnitDirectory units;
    private final UnitChoices unitChoices;
    private final ReportingPeriods periods;
    private final VietnameseFormat format;

    ReportTargets(TemplateStore templates, ReportStore reports, UnitDirectory units, UnitChoices unitChoices, ReportingPeriods periods,
            VietnameseFormat format) {
        this.templates = templates;
        this.reports = reports;
        this.units = units;
        this.unitChoices = unitChoices;
        this.periods = periods;
        this.format = format;
    }

    public ReportTarget resolve(String templateCode, String periodName, String unitCode) {
        Period period = period(periodName);
        Template latest = latest(templateCode);
        checkExisted(unitCode, period);
        if (!latest.inForceFor(period)) {
            throw new InvalidInputException("template", "indicators.template.not-in-force", templateCode, period.name(),
                    inForceFor(period).code());
        }
        PeriodWindows.Window window = latest.window(period);
        Unit unit = units.require(unitCode, window.to().minusDays(1));
        Optional<StoredReport> stored = reports.findByCode(templateCode, period.name(), unit.id());
        Template template = stored.map(r -> templates.byId(r.templateId()).orElseThrow()).orElse(latest);
        return new ReportTarget(template, period, window, unit, stored);
    }

    /**
     * A unit that had ended, or had not yet begun, at the end of the period's window has no report for it: said
     * so with its dates and who carries it on, before anything about the template of a period it never saw.
     */
    private void checkExisted(String unitCode, Period period) {
        LocalDate lastDay = inForceFor(period).window(period).to().minusDays(1);
        if (units.find(unitCode, lastDay).isPresent()) {
            return;
        }
        Optional<Unit> known = unitChoices.find(unitCode, null);
        if (known.isEmpty()) {
            return;
        }
        Unit unit = known.get();
        Locale vi = Locale.forLanguageTag("vi");
        if (unit.validTo() != null && unit.validTo().isBefore(lastDay)) {
            Optional<String> successor = unitChoices.carriedOnBy(unit);
            throw new NotFoundException(successor.isPresent() ? "indicators.unit.ended.successor" : "indicators.unit.ended", unit.name(),
                    format.date(unit.validTo()), periods.label(period, vi), periods.label(unitChoices.latestPeriod(unit), vi),
                    successor.orElse(""));
        }
        if (unit.validFrom() != null && unit.validFrom().isAfter(lastDay)) {
            throw new NotFoundException("indicators.unit.not-yet", unit.name(), format.date(unit.validFrom()), periods.label(period, vi));
        }
    }

    public static Period period(String name) {
        try {
            return Period.parse(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("period", "indicators.period.invalid", name);
        }
    }

    /** The template a report of the period is made with when none is named: the one in force for it. */
    public Template inForceFor(Period period) {
        return templates.inForceFor(period).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("indicators.template.none-in-force", period.name()));
    }

    public Template latest(String templateCode) {
        return templates.latest(templateCode).orElseThrow(() -> new NotFoundException("indicators.template.not-found", templateCode));
    }
}

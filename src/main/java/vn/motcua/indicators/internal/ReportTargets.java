package vn.motcua.indicators.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.motcua.shared.Period;
import vn.motcua.indicators.PeriodWindows;
import vn.motcua.indicators.internal.ReportStore.StoredReport;
import vn.motcua.indicators.internal.TemplateStore.Template;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;

/** Turns the codes of a request (template, period, unit) into the report they name; the unit must be within the caller's reach. */
@Component
public class ReportTargets {

    private final TemplateStore templates;
    private final ReportStore reports;
    private final UnitDirectory units;

    ReportTargets(TemplateStore templates, ReportStore reports, UnitDirectory units) {
        this.templates = templates;
        this.reports = reports;
        this.units = units;
    }

    public ReportTarget resolve(String templateCode, String periodName, String unitCode) {
        Period period = period(periodName);
        Template latest = latest(templateCode);
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

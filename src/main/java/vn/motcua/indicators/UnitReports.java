package vn.motcua.indicators;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.Period;
import vn.motcua.indicators.core.RowMeasure;
import vn.motcua.indicators.internal.ReportCompiler;
import vn.motcua.indicators.internal.ReportFindings;
import vn.motcua.indicators.internal.ReportTarget;
import vn.motcua.indicators.internal.ReportTargets;
import vn.motcua.indicators.internal.TemplateStore;
import vn.motcua.shared.NotFoundException;

/**
 * Báo cáo của đơn vị: a unit's report for a period as it stands, what validation finds in it, and the
 * records behind a computed row. Each read computes the report once; the unit must be within the caller's reach.
 */
@Service
public class UnitReports {

    private final ReportTargets targets;
    private final ReportCompiler compiler;
    private final ReportFindings findings;
    private final TemplateStore templates;
    private final MeasureRegistry measures;

    UnitReports(ReportTargets targets, ReportCompiler compiler, ReportFindings findings, TemplateStore templates, MeasureRegistry measures) {
        this.targets = targets;
        this.compiler = compiler;
        this.findings = findings;
        this.templates = templates;
        this.measures = measures;
    }

    /** The report; with {@code compare}, each row also carries the previous period's and last year's figures. */
    @Transactional(readOnly = true)
    public Report get(String templateCode, String periodName, String unitCode, boolean compare) {
        ReportTarget target = targets.resolve(templateCode, periodName, unitCode);
        Report report = compiler.compile(target).report();
        return compare ? compared(target, report) : report;
    }

    @Transactional(readOnly = true)
    public List<Finding> validate(String templateCode, String periodName, String unitCode) {
        ReportTarget target = targets.resolve(templateCode, periodName, unitCode);
        return findings.of(compiler.compile(target), target.template());
    }

    /** The report compared with earlier periods, and its findings: what the report form shows. */
    @Transactional(readOnly = true)
    public CheckedReport checked(String templateCode, String periodName, String unitCode) {
        ReportTarget target = targets.resolve(templateCode, periodName, unitCode);
        ReportCompiler.Compiled compiled = compiler.compile(target);
        return new CheckedReport(compared(target, compiled.report()), findings.of(compiled, target.template()));
    }

    private Report compared(ReportTarget target, Report report) {
        Map<String, BigDecimal> previous = values(target, target.period().previous());
        Map<String, BigDecimal> lastYear = values(target, target.period().sameLastYear());
        List<ReportRow> rows = report.rows().stream().map(r -> new ReportRow(r.key(), r.code(), r.label(), r.unit(), r.type(),
                r.value(), r.source(), r.overridden(), r.note(), r.codes(), r.computed(), previous.get(r.key()), lastYear.get(r.key()),
                r.depth(), r.required())).toList();
        return new Report(report.id(), report.template(), report.templateVersion(), report.period(), report.unitCode(),
                report.unitName(), report.status(), report.version(), report.windowFrom(), report.windowTo(), report.dueOn(),
                report.returnComment(), rows);
    }

    /** The figures of the same unit's report for another period; none where the unit did not exist then. */
    private Map<String, BigDecimal> values(ReportTarget target, Period period) {
        try {
            Report other = compiler.compile(targets.resolve(target.template().code(), period.name(), target.unit().code())).report();
            Map<String, BigDecimal> values = new HashMap<>();
            other.rows().forEach(r -> values.put(r.key(), r.value()));
            return values;
        } catch (NotFoundException e) {
            return Map.of();
        }
    }

    /** The records behind a row: of the kind its measure declares, read from the same window as its figure. */
    @Transactional(readOnly = true)
    public RowRecords recordsBehind(String templateCode, String periodName, String unitCode, String key) {
        ReportTarget target = targets.resolve(templateCode, periodName, unitCode);
        TemplateRow row = templates.rows(target.template().id()).stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("indicators.key.unknown", key));
        if (!row.computed()) {
            return new RowRecords("MANUAL", List.of());
        }
        return new RowRecords(measures.measure(row.measure()).recordKind(),
                RowMeasure.of(row).records(measures.window(target.unit().id(), target.from(), target.to())));
    }
}

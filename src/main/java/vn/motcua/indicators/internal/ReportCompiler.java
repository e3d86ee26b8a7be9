package vn.motcua.indicators.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.motcua.indicators.MeasureRegistry;
import vn.motcua.indicators.Report;
import vn.motcua.indicators.ReportRow;
import vn.motcua.indicators.ReportStatus;
import vn.motcua.indicators.TemplateRow;
import vn.motcua.indicators.core.RowMeasure;
import vn.motcua.indicators.internal.ReportStore.Approved;
import vn.motcua.indicators.internal.ReportStore.Entry;
import vn.motcua.indicators.internal.ReportStore.StoredReport;
import vn.motcua.shared.MeasureWindow;

/**
 * Lập báo cáo: a unit's report for a period as it stands. A computed row takes its measure's figure
 * (or the override entered over it), an entered row its entry; an empty commune row adds up what the
 * communes sent up, a longer period's empty row its quarters, a total nobody entered its parts. An
 * approved report is read as it was approved.
 */
@Component
public class ReportCompiler {

    private final TemplateStore templates;
    private final ReportStore reports;
    private final MeasureRegistry measures;
    private final Consolidation consolidation;
    private final QuarterFigures quarters;

    ReportCompiler(TemplateStore templates, ReportStore reports, MeasureRegistry measures, Consolidation consolidation,
            QuarterFigures quarters) {
        this.templates = templates;
        this.reports = reports;
        this.measures = measures;
        this.consolidation = consolidation;
        this.quarters = quarters;
    }

    /**
     * A report as compiled, with its template's rows and, for each overridden computed row, the figure
     * the records give: validation compares the two without computing the report again.
     */
    public record Compiled(Report report, List<TemplateRow> templateRows, Map<String, BigDecimal> computedBehindOverrides) {
    }

    /** The report of the target, each source's figures read once. */
    public Compiled compile(ReportTarget target) {
        List<TemplateRow> rows = templates.rows(target.template().id());
        if (target.status() == ReportStatus.APPROVED) {
            return new Compiled(asApproved(target, rows, reports.approved(target.stored().orElseThrow().id())), rows, Map.of());
        }
        Map<String, Entry> entries = target.stored().map(r -> reports.entries(r.id())).orElse(Map.of());
        Map<String, BigDecimal> values = new HashMap<>();
        Map<String, String> sourceOf = new HashMap<>();
        Map<String, BigDecimal> computedBehindOverrides = new HashMap<>();
        Consolidation.SentUp sentUp = consolidation.sentUp(target);
        Optional<QuarterFigures.Quarters> byQuarter = target.period().quarter() ? Optional.empty() : Optional.of(quarters.of(target));
        MeasureWindow figures = measures.window(target.unit().id(), target.from(), target.to());
        for (TemplateRow row : rows) {
            if (row.group()) {
                continue;
            }
            Entry entry = entries.get(row.key());
            if (row.computed()) {
                BigDecimal computed = RowMeasure.of(row).figure(figures);
                if (entry != null && entry.overridden()) {
                    values.put(row.key(), entry.value());
                    computedBehindOverrides.put(row.key(), computed);
                } else {
                    values.put(row.key(), computed);
                }
                sourceOf.put(row.key(), row.source());
            } else if (entry != null) {
                values.put(row.key(), entry.value());
                sourceOf.put(row.key(), "MANUAL");
            } else if (row.key().endsWith(".commune") && sentUp.any() && additive(row)) {
                sentUp.total(row.key().substring(0, row.key().length() - ".commune".length())).ifPresent(sum -> {
                    values.put(row.key(), sum);
                    sourceOf.put(row.key(), "CONSOLIDATED");
                });
            } else if (byQuarter.isPresent() && additive(row)) {
                byQuarter.get().total(row).ifPresent(v -> {
                    values.put(row.key(), v);
                    sourceOf.put(row.key(), "QUARTERS");
                });
            }
        }
        addUpParts(rows, values, sourceOf);
        Map<String, Integer> depths = depths(rows);
        List<ReportRow> result = new ArrayList<>();
        for (TemplateRow row : rows) {
            Entry entry = entries.get(row.key());
            String source = row.group() ? "" : sourceOf.getOrDefault(row.key(), row.computed() ? row.source() : "MANUAL");
            result.add(row(row, values.get(row.key()), source, entry != null && entry.overridden() && row.computed(),
                    entry == null ? "" : entry.note(), depths));
        }
        return new Compiled(report(target, result), rows, computedBehindOverrides);
    }

    /** A total nobody entered is the sum of its parts (the seed left 3.1.3 empty). */
    private static void addUpParts(List<TemplateRow> rows, Map<String, BigDecimal> values, Map<String, String> sourceOf) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            TemplateRow row = rows.get(i);
            if (row.group() || values.get(row.key()) != null || !"EQUAL".equals(row.children())) {
                continue;
            }
            BigDecimal sum = null;
            for (TemplateRow part : rows) {
                if (row.key().equals(part.parentKey()) && values.get(part.key()) != null) {
                    sum = sum == null ? values.get(part.key()) : sum.add(values.get(part.key()));
                }
            }
            if (sum != null) {
                values.put(row.key(), sum);
                sourceOf.put(row.key(), "PARTS");
            }
        }
    }

    private static boolean additive(TemplateRow row) {
        return "SUM".equals(row.aggregation()) || "STOCK".equals(row.aggregation());
    }

    /** The report as approved: the figures stored at approval, notes not kept. */
    public Report asApproved(ReportTarget target, List<TemplateRow> rows, Map<String, Approved> approved) {
        Map<String, Integer> depths = depths(rows);
        List<ReportRow> result = new ArrayList<>();
        for (TemplateRow row : rows) {
            Approved a = approved.get(row.key());
            result.add(row(row, a == null ? null : a.value(), a == null ? "MANUAL" : a.source(), a != null && a.overridden(), "", depths));
        }
        return report(target, result);
    }

    private static Report report(ReportTarget target, List<ReportRow> rows) {
        StoredReport stored = target.stored().orElse(null);
        return new Report(stored == null ? 0 : stored.id(), target.template().code(), target.template().version(),
                target.period().name(), target.unit().code(), target.unit().name(), target.status(), stored == null ? 0 : stored.version(),
                target.from(), target.lastDay(), target.window().due(), stored == null ? null : stored.returnComment(), rows);
    }

    private static ReportRow row(TemplateRow row, BigDecimal value, String source, boolean overridden, String note,
            Map<String, Integer> depths) {
        return new ReportRow(row.key(), row.printedCode(), row.label(), row.unit(), row.type(), value, source, overridden, note,
                row.codes(), row.computed(), null, null, depths.getOrDefault(row.key(), 0), row.required());
    }

    /** How deep each row sits under its parents, at most 6 (the printed indentation). */
    private static Map<String, Integer> depths(List<TemplateRow> rows) {
        Map<String, String> parentOf = new HashMap<>();
        rows.forEach(r -> parentOf.put(r.key(), r.parentKey()));
        Map<String, Integer> depths = new HashMap<>();
        for (TemplateRow row : rows) {
            int depth = 0;
            String parent = row.parentKey();
            while (parent != null && depth < 6) {
                depth++;
                parent = parentOf.get(parent);
            }
            depths.put(row.key(), depth);
        }
        return depths;
    }
}

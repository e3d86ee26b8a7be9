package vn.motcua.indicators.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.motcua.dossiers.DossierMeasures;
import vn.motcua.feedback.FeedbackMeasures;
import vn.motcua.indicators.TemplateRow;
import vn.motcua.procedures.ProcedureMeasures;
import vn.motcua.units.UnitMeasures;

/**
 * Asks the operational module named by a row's measure for its figure. A measure's filters are
 * {@code a=b&c=d}; a ratio row writes numerator and denominator filters as {@code num / den} and
 * gets the percentage, recomputed rather than added.
 */
@Component
public class FigureSources {

    private final DossierMeasures dossiers;
    private final ProcedureMeasures procedures;
    private final UnitMeasures units;
    private final vn.motcua.tasks.TaskMeasures tasks;
    private final FeedbackMeasures feedback;

    FigureSources(DossierMeasures dossiers, ProcedureMeasures procedures, UnitMeasures units, vn.motcua.tasks.TaskMeasures tasks,
            FeedbackMeasures feedback) {
        this.feedback = feedback;
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.units = units;
        this.tasks = tasks;
    }

    /** The figures of one unit and window: what a report asks for all its rows, each module's records read once. */
    public Window window(long unitId, LocalDate from, LocalDate to) {
        return new Window(unitId, from, to);
    }

    /** One report's unit and window; the dossier figures of the window are read at the first row that needs them. */
    public final class Window {

        private final long unitId;
        private final LocalDate from;
        private final LocalDate to;
        private DossierMeasures.Window dossierFigures;

        private Window(long unitId, LocalDate from, LocalDate to) {
            this.unitId = unitId;
            this.from = from;
            this.to = to;
        }

        public BigDecimal figure(TemplateRow row) {
            String filters = row.filters() == null ? "" : row.filters();
            if (row.measure().startsWith("tasks.") || row.measure().startsWith("inspections.")) {
                return tasks.window(unitId, from, to).value(row.measure(), parse(filters));
            }
            if (isFeedback(row.measure())) {
                Long value = feedback.measure(row.measure(), unitId, from, to, parse(filters)).value();
                return value == null ? null : BigDecimal.valueOf(value);
            }
            if (filters.contains(" / ")) {
                String[] parts = filters.split(" / ");
                BigDecimal numerator = count(row.measure(), parse(parts[0]));
                BigDecimal denominator = count(row.measure(), parse(parts[1]));
                if (denominator.signum() == 0) {
                    return null;
                }
                return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP);
            }
            return count(row.measure(), parse(filters));
        }

        private BigDecimal count(String measure, Map<String, String> filters) {
            long value;
            if (measure.startsWith("dossiers.")) {
                if (dossierFigures == null) {
                    dossierFigures = dossiers.window(unitId, from, to);
                }
                value = dossierFigures.count(measure, filters);
            } else if (measure.startsWith("procedures.")) {
                value = procedures.measure(measure, filters, from, to).value();
            } else if (measure.startsWith("units.")) {
                value = units.window(unitId, from, to).value(measure, filters).longValue();
            } else {
                throw new IllegalStateException("No module computes " + measure);
            }
            return BigDecimal.valueOf(value);
        }
    }

    /** The records behind a computed row: dossier codes or procedure codes, at most 10 000. */
    public java.util.List<String> records(TemplateRow row, long unitId, LocalDate from, LocalDate to) {
        String filters = row.filters() == null ? "" : row.filters().split(" / ")[0];
        Map<String, String> parsed = parse(filters);
        if (row.measure().startsWith("dossiers.")) {
            return dossiers.measure(row.measure(), unitId, from, to, parsed, true).dossierCodes();
        }
        if (row.measure().startsWith("procedures.")) {
            return procedures.measure(row.measure(), parsed, from, to).procedureCodes();
        }
        if (row.measure().startsWith("tasks.") || row.measure().startsWith("inspections.")) {
            return tasks.window(unitId, from, to).records(row.measure(), parsed);
        }
        if (isFeedback(row.measure())) {
            return feedback.measure(row.measure(), unitId, from, to, parsed).ids().stream().map(String::valueOf).toList();
        }
        return java.util.List.of();
    }

    private static boolean isFeedback(String measure) {
        return measure.startsWith("surveys.") || measure.startsWith("dialogues.") || measure.startsWith("feedback.");
    }

    static Map<String, String> parse(String filters) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String part : filters.trim().split("&")) {
            if (!part.isBlank()) {
                String[] kv = part.split("=", 2);
                map.put(kv[0].trim(), kv.length > 1 ? kv[1].trim() : "");
            }
        }
        return map;
    }
}

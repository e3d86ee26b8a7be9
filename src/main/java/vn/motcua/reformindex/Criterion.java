package vn.motcua.reformindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tiêu chí: a field of reform (rule FIELD, grouping the criteria below it), or a criterion scored either on
 * a scale of a figure computed from the records (COMPUTED: the measure, over a second measure when the
 * figure is a share in percent) or by a judgement the unit makes among stated levels (JUDGED).
 * The scale is written {@code 98=2;95=1;0=0} — the points of the first threshold the figure reaches — and
 * the levels {@code Đầy đủ=1|Một phần=0,5|Không=0}.
 */
public record Criterion(String key, String parentKey, int position, String label, BigDecimal max, Rule rule, String measure,
        String filters, String perMeasure, String perFilters, String scale, boolean evidenceRequired) {

    public enum Rule {
        FIELD, COMPUTED, JUDGED
    }

    /** A stated level of a judged criterion and its points. */
    public record Level(String label, BigDecimal points) {
    }

    public boolean field() {
        return rule == Rule.FIELD;
    }

    public boolean computed() {
        return rule == Rule.COMPUTED;
    }

    /** Whether the figure is a share of a second measure, written with "%". */
    public boolean percent() {
        return computed() && perMeasure != null;
    }

    /** The points a figure earns on the scale; no figure (nothing in the records to show) earns none. */
    public BigDecimal points(BigDecimal figure) {
        if (figure == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        List<Level> steps = new ArrayList<>(levels(scale, ";"));
        steps.sort(Comparator.comparing((Level step) -> new BigDecimal(step.label().replace(',', '.'))).reversed());
        for (Level step : steps) {
            if (figure.compareTo(new BigDecimal(step.label().replace(',', '.'))) >= 0) {
                return step.points().min(max).setScale(2, RoundingMode.HALF_UP);
            }
        }
        return BigDecimal.ZERO.setScale(2);
    }

    /** The levels a judged criterion is scored among, as stated. */
    public List<Level> levels() {
        return rule == Rule.JUDGED ? levels(scale, "\\|") : List.of();
    }

    /** Whether a score is one the criterion's rule allows: one of its levels' points, within its maximum. */
    public boolean allows(BigDecimal score) {
        return score.signum() >= 0 && score.compareTo(max) <= 0
                && levels().stream().anyMatch(level -> level.points().compareTo(score) == 0);
    }

    public Map<String, String> filterMap() {
        return parse(filters);
    }

    public Map<String, String> perFilterMap() {
        return parse(perFilters);
    }

    private static List<Level> levels(String text, String separator) {
        List<Level> levels = new ArrayList<>();
        if (text == null) {
            return levels;
        }
        for (String part : text.split(separator)) {
            int at = part.lastIndexOf('=');
            levels.add(new Level(part.substring(0, at).strip(), new BigDecimal(part.substring(at + 1).strip().replace(',', '.'))));
        }
        return levels;
    }

    /** {@code a=b&c=d}, as the report templates write a row's filters. */
    private static Map<String, String> parse(String filters) {
        Map<String, String> map = new LinkedHashMap<>();
        if (filters != null) {
            for (String part : filters.split("&")) {
                if (!part.isBlank()) {
                    String[] kv = part.split("=", 2);
                    map.put(kv[0].strip(), kv.length > 1 ? kv[1].strip() : "");
                }
            }
        }
        return map;
    }
}

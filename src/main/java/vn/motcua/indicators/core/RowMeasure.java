package vn.motcua.indicators.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.motcua.indicators.TemplateRow;
import vn.motcua.shared.MeasureWindow;

/**
 * Cách tính một chỉ tiêu: the measure a computed row maps to and its filters, written
 * {@code channel=DIRECT&level=COMMUNE}; a ratio row writes two sets of filters, {@code num / den},
 * and its figure is the percentage of the first over the second, computed from the two counts rather
 * than asked of the source, since a template's ratio is the template's business.
 */
public record RowMeasure(String measure, Map<String, String> filters, Map<String, String> denominator) {

    private static final String RATIO = " / ";

    public RowMeasure {
        filters = Map.copyOf(filters);
        denominator = denominator == null ? null : Map.copyOf(denominator);
    }

    public static RowMeasure of(TemplateRow row) {
        String filters = row.filters() == null ? "" : row.filters();
        if (!filters.contains(RATIO)) {
            return new RowMeasure(row.measure(), parse(filters), null);
        }
        String[] parts = filters.split(RATIO, 2);
        return new RowMeasure(row.measure(), parse(parts[0]), parse(parts[1]));
    }

    /** {@code a=b&c=d}; a filter without a value is kept with an empty one, for the source to refuse. */
    private static Map<String, String> parse(String filters) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String part : filters.trim().split("&")) {
            if (!part.isBlank()) {
                String[] kv = part.split("=", 2);
                map.put(kv[0].trim(), kv.length > 1 ? kv[1].trim() : "");
            }
        }
        return map;
    }

    public boolean ratio() {
        return denominator != null;
    }

    /** Every dimension the row filters by, on either side of a ratio. */
    public Set<String> dimensions() {
        Set<String> dimensions = new TreeSet<>(filters.keySet());
        if (ratio()) {
            dimensions.addAll(denominator.keySet());
        }
        return dimensions;
    }

    /** The row's figure in the window: the measure's value, or the ratio in percent (none when the denominator is none or 0). */
    public BigDecimal figure(MeasureWindow window) {
        BigDecimal numerator = window.value(measure, filters);
        if (!ratio()) {
            return numerator;
        }
        BigDecimal whole = window.value(measure, denominator);
        if (numerator == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return numerator.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** The records behind the figure: of the numerator, for a ratio. */
    public List<String> records(MeasureWindow window) {
        return window.records(measure, filters);
    }
}

package vn.motcua.indicators;

import java.math.BigDecimal;

/**
 * One row of a unit's report: its figure, where the figure came from (the template's source, or
 * MANUAL, or CONSOLIDATED from the units below), whether a computed figure was overridden, and for
 * comparison the previous period's and the same period of last year's figures when asked.
 */
public record ReportRow(String key, String code, String label, String unit, String type, BigDecimal value, String source,
        boolean overridden, String note, String codes, boolean computed, BigDecimal previous, BigDecimal lastYear, int depth) {
}

package vn.motcua.indicators;

/**
 * Chỉ tiêu: one row of a template. {@code type} is GROUP, COUNT, PERCENT or CODE; {@code aggregation}
 * SUM, STOCK, RATIO or CODE; {@code children} EQUAL, UNION or empty; {@code measure} and {@code filters}
 * name the operational module's measure that computes it, or are empty for an entered row.
 * {@code required}: the report cannot go up while the row has no value; an entered 0 is the unit's
 * declaration that nothing happened (không phát sinh), a blank is a figure not yet given.
 */
public record TemplateRow(String key, String printedCode, String parentKey, String label, String unit, String type,
        String codes, String aggregation, String children, String source, String measure, String filters, boolean required) {

    public boolean computed() {
        return measure != null && !measure.isBlank();
    }

    public boolean group() {
        return "GROUP".equals(type);
    }
}

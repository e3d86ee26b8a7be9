package vn.motcua.indicators;

/**
 * Chỉ tiêu: one row of a template. {@code type} is GROUP, COUNT, PERCENT or CODE; {@code aggregation}
 * SUM, STOCK, RATIO or CODE; {@code children} EQUAL, UNION or empty; {@code measure} and {@code filters}
 * name the operational module's measure that computes it, or are empty for an entered row.
 */
public record TemplateRow(String key, String printedCode, String parentKey, String label, String unit, String type,
        String codes, String aggregation, String children, String source, String measure, String filters) {

    public boolean computed() {
        return measure != null && !measure.isBlank();
    }

    public boolean group() {
        return "GROUP".equals(type);
    }
}

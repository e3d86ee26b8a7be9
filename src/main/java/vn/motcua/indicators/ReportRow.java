package vn.motcua.indicators;

import java.math.BigDecimal;

/**
 * One row of a unit's report: its figure, where the figure came from (the template's source, or
 * MANUAL, or CONSOLIDATED from the units below), whether a computed figure was overridden, and for
 * comparison the previous period's and the same period of last year's figures when asked.
 * {@code required}: the template wants a figure here before the report goes up (0 when nothing happened).
 */
public record ReportRow(String key, String code, String label, String unit, String type, BigDecimal value, String source,
        boolean overridden, String note, String codes, boolean computed, BigDecimal previous, BigDecimal lastYear, int depth,
        boolean required) {

    /**
     * The legend of a code row as the form prints it beside the figure, label first as officials read
     * it: "Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2". Empty for a row that is not a code.
     */
    public String legend() {
        if (!"CODE".equals(type) || codes == null || codes.isBlank()) {
            return "";
        }
        java.util.List<String> pairs = new java.util.ArrayList<>();
        for (String pair : codes.split("\\|")) {
            int equals = pair.indexOf('=');
            pairs.add(equals < 0 ? pair.trim() : pair.substring(equals + 1).trim() + " = " + pair.substring(0, equals).trim());
        }
        return String.join("; ", pairs);
    }

    /** The unit column of the printed appendix: the unit of measure, or a code row's legend, which the seed prints there. */
    public String unitOrLegend() {
        String legend = legend();
        return legend.isEmpty() ? (unit == null ? "" : unit) : legend;
    }

    /** The note column of the printed appendix: what the unit wrote beside the figure. */
    public String printedNote() {
        return note == null ? "" : note;
    }
}

package vn.motcua.serviceindex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Điểm Bộ chỉ số phục vụ of one unit and window: the set it is scored against (with its legal source),
 * the score out of 100 over the criteria that have records, the points earned and the points those
 * criteria carry, and each group with its criteria, their formulas and the figures behind them.
 * {@code to} is the day after the window. {@code agencyCode} and {@code agencyName} name the agency (cơ quan) of the unit the
 * card is restricted to, null for the whole unit.
 */
public record IndexCard(String unitCode, String unitName, String period, String periodLabel, LocalDate from, LocalDate to,
        String setCode, String setTitle, String source, BigDecimal score, BigDecimal earned, BigDecimal measurable,
        List<GroupScore> groups, String agencyCode, String agencyName) {

    /** The card of a whole unit. */
    public IndexCard(String unitCode, String unitName, String period, String periodLabel, LocalDate from, LocalDate to, String setCode,
            String setTitle, String source, BigDecimal score, BigDecimal earned, BigDecimal measurable, List<GroupScore> groups) {
        this(unitCode, unitName, period, periodLabel, from, to, setCode, setTitle, source, score, earned, measurable, groups, null, null);
    }

    /** Whether the card is of one agency of the unit rather than of the whole unit. */
    public boolean ofAgency() {
        return agencyCode != null;
    }

    /** Nhóm chỉ số: its points out of its maximum, and of the points its criteria with records carry. */
    public record GroupScore(String key, String label, BigDecimal max, BigDecimal points, BigDecimal measurable,
            List<CriterionScore> criteria) {

        /** The share of the group's maximum earned, for its bar; 0 when nothing is measured. */
        public BigDecimal share() {
            return points == null ? BigDecimal.ZERO
                    : points.multiply(BigDecimal.valueOf(100)).divide(max, 2, java.math.RoundingMode.HALF_UP);
        }
    }

    /**
     * Whether a criterion could be scored: from records, without records in the window, without a measure to read,
     * or — on an agency's card — with measures that cannot be split by agency (không tách theo cơ quan).
     */
    public enum Status {
        MEASURED, NO_RECORDS, NO_SOURCE, NOT_BY_AGENCY
    }

    /**
     * Tiêu chí: its formula in words, maximum, points (null unless measured), rate in percent and the
     * figures the formula takes.
     */
    public record CriterionScore(String key, String label, String formula, BigDecimal max, BigDecimal points, BigDecimal rate,
            Status status, List<Input> inputs) {
    }

    /** What a figure stands for in a formula. */
    public enum Role {
        /** Số đạt: what the rate counts. */
        NUMERATOR,
        /** Tổng số: what it is counted out of. */
        DENOMINATOR,
        /** Trễ hạn: the dossiers resolved late in the window. */
        LATE,
        /** Of the late dossiers, those that had an apology letter (phiếu xin lỗi và hẹn lại). */
        LATE_APOLOGISED,
        /** Of the late dossiers, those without one. */
        LATE_UNAPOLOGISED
    }

    /** A figure of a formula: the measure it reads with its filters, its value (null when the measure is not there), its records' kind. */
    public record Input(Role role, String measure, Map<String, String> filters, Long value, String recordKind) {
    }
}

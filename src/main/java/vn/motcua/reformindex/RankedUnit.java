package vn.motcua.reformindex;

import java.math.BigDecimal;

/** Xếp hạng: a published scorecard's place among the units of its kind below a province; equal scores share a place;
 * the share of the set's total points is what the ranking's bars show; {@code total} is that set's total. */
public record RankedUnit(int rank, SubjectKind kind, String unitCode, String unitName, BigDecimal finalScore,
        Classification classification, int percentOfTotal, BigDecimal total) {

    /** The index in percent of the set's total, to two decimals (90,17 of 100 is 90,17%). */
    public BigDecimal share() {
        return finalScore.multiply(BigDecimal.valueOf(100)).divide(total, 2, java.math.RoundingMode.HALF_UP);
    }
}

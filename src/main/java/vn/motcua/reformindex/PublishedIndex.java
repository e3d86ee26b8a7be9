package vn.motcua.reformindex;

import java.math.BigDecimal;

/**
 * Kết quả Chỉ số CCHC đã công bố of a unit: the year it scores, the final score out of the set's total, the
 * class, and its place among the units published under the same set (1 of {@code ranked}; equal scores share it).
 */
public record PublishedIndex(int year, String unitName, BigDecimal finalScore, BigDecimal total, Classification classification, int rank,
        int ranked) {

    /** The score as a share of the set's total, 0–100, for the bar that draws it. */
    public int percentOfTotal() {
        return total.signum() == 0 ? 0 : finalScore.multiply(BigDecimal.valueOf(100)).divide(total, 0, java.math.RoundingMode.HALF_UP).intValue();
    }
}

package vn.motcua.reformindex;

import java.math.BigDecimal;

/**
 * Kết quả Chỉ số CCHC đã công bố of a unit: the year it scores, the final score out of the set's total, the
 * class, and its place among the units published under the same set (1 of {@code ranked}; equal scores share it).
 */
public record PublishedIndex(int year, String unitName, BigDecimal finalScore, BigDecimal total, Classification classification, int rank,
        int ranked) {
}

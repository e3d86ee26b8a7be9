package vn.motcua.reformindex;

import java.math.BigDecimal;

/** Xếp hạng: a published scorecard's place among the units of its kind below a province; equal scores share a place;
 * the share of the set's total points is what the ranking's bars show. */
public record RankedUnit(int rank, SubjectKind kind, String unitCode, String unitName, BigDecimal finalScore,
        Classification classification, int percentOfTotal) {
}

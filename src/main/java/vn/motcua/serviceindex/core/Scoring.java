package vn.motcua.serviceindex.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Cách tính điểm: a criterion earns its points in proportion to its rate (a rate above 100% — results
 * published in the window for dossiers resolved before it — earns no more than the points); a
 * criterion without records earns nothing and counts for nothing. The score out of 100 is the points
 * earned over the points of the criteria that have records, so a criterion MotCua cannot measure never
 * reads as zero points earned.
 */
public final class Scoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A criterion's points and maximum, for the total; {@code points} null when it has no records. */
    public record Earned(BigDecimal points, BigDecimal max) {
    }

    private Scoring() {
    }

    /** The rate in percent with two decimals; null without a denominator. */
    public static BigDecimal rate(long numerator, long denominator) {
        if (denominator <= 0) {
            return null;
        }
        return BigDecimal.valueOf(Math.max(numerator, 0) * 100L).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    /** The points of a rate of {@code numerator} over {@code denominator} on {@code max} points, two decimals; null without a denominator. */
    public static BigDecimal points(BigDecimal max, long numerator, long denominator) {
        if (denominator <= 0) {
            return null;
        }
        long capped = Math.min(Math.max(numerator, 0), denominator);
        return max.multiply(BigDecimal.valueOf(capped)).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    /** The points earned by the criteria that have records. */
    public static BigDecimal earned(List<Earned> criteria) {
        return criteria.stream().filter(c -> c.points() != null).map(Earned::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The points the criteria with records could earn. */
    public static BigDecimal measurable(List<Earned> criteria) {
        return criteria.stream().filter(c -> c.points() != null).map(Earned::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The card's total: the score out of 100 once the criteria with records carry at least half of the
     * index's points, null before. A commune with no dossier in the window would otherwise be ranked on
     * one survey question scaled up to 100.
     */
    public static BigDecimal total(List<Earned> criteria) {
        BigDecimal all = criteria.stream().map(Earned::max).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (measurable(criteria).multiply(BigDecimal.valueOf(2)).compareTo(all) < 0) {
            return null;
        }
        return outOfHundred(criteria);
    }

    /** The score out of 100 over the criteria that have records, two decimals; null when none has. */
    public static BigDecimal outOfHundred(List<Earned> criteria) {
        BigDecimal measurable = measurable(criteria);
        if (measurable.signum() == 0) {
            return null;
        }
        return earned(criteria).multiply(HUNDRED).divide(measurable, 2, RoundingMode.HALF_UP);
    }
}

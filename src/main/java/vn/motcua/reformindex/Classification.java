package vn.motcua.reformindex;

import java.math.BigDecimal;

/** Xếp loại: by the share of the set's total points the final score reaches, against the set's thresholds. */
public enum Classification {
    EXCELLENT, GOOD, FAIR, AVERAGE, WEAK;

    /** The class of a score out of a total, with the thresholds in percent of the total, highest first. */
    public static Classification of(BigDecimal score, BigDecimal total, BigDecimal excellentFrom, BigDecimal goodFrom,
            BigDecimal fairFrom, BigDecimal averageFrom) {
        BigDecimal percent = total.signum() == 0 ? BigDecimal.ZERO
                : score.multiply(BigDecimal.valueOf(100)).divide(total, 4, java.math.RoundingMode.HALF_UP);
        if (percent.compareTo(excellentFrom) >= 0) {
            return EXCELLENT;
        }
        if (percent.compareTo(goodFrom) >= 0) {
            return GOOD;
        }
        if (percent.compareTo(fairFrom) >= 0) {
            return FAIR;
        }
        return percent.compareTo(averageFrom) >= 0 ? AVERAGE : WEAK;
    }
}

package vn.motcua.feedback;

import java.math.BigDecimal;

/** Tỷ lệ hài lòng of an agency over a window: answers, satisfied answers, their share in percent, the average score. */
public record AgencySatisfaction(String agencyCode, String agencyName, int answers, int satisfied, BigDecimal rate,
        BigDecimal averageScore) {
}

package vn.motcua.serviceindex;

import java.math.BigDecimal;
import java.util.List;

/** One quarter of a unit's trend: its score out of 100 and each group's points, null where nothing was measured or the unit did not exist. */
public record TrendPoint(String period, String periodLabel, BigDecimal score, List<BigDecimal> groupPoints) {
}

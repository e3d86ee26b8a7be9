package vn.motcua.serviceindex;

import java.math.BigDecimal;

/** A unit below in the ranking of a period: its score out of 100 (null without records) and its place (0 without a score). */
public record RankedUnit(int place, String unitCode, String unitName, String level, BigDecimal score, BigDecimal earned,
        BigDecimal measurable) {
}

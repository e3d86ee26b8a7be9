package vn.motcua.serviceindex;

import java.math.BigDecimal;
import java.util.List;

/**
 * A cơ quan of the unit in the ranking of a period: its score out of 100 over its own records (null without
 * records) and its place (0 without a score); {@code notByAgency} the criteria that cannot be split by agency and
 * are left out of its maximum.
 */
public record RankedAgency(int place, String agencyCode, String agencyName, String kind, String unitCode, BigDecimal score,
        BigDecimal earned, BigDecimal measurable, List<String> notByAgency) {
}

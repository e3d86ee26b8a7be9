package vn.motcua.serviceindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.motcua.serviceindex.IndexCard.CriterionScore;
import vn.motcua.serviceindex.IndexCard.Role;

/** What the index tests check of a criterion against counts they made themselves from the records. */
final class CriterionChecks {

    private CriterionChecks() {
    }

    static CriterionScore criterion(IndexCard card, String key) {
        return card.groups().stream().flatMap(g -> g.criteria().stream()).filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    /** The criterion's figures and points as the formula gives them from the counts. */
    static void assertCriterion(CriterionScore criterion, long numerator, long denominator) {
        assertThat(value(criterion, Role.NUMERATOR)).as(criterion.key() + " numerator").isEqualTo(numerator);
        assertThat(value(criterion, Role.DENOMINATOR)).as(criterion.key() + " denominator").isEqualTo(denominator);
        if (denominator == 0) {
            assertThat(criterion.points()).isNull();
            return;
        }
        BigDecimal expected = criterion.max().multiply(BigDecimal.valueOf(Math.min(numerator, denominator)))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        assertThat(criterion.points()).as(criterion.key() + " points").isEqualByComparingTo(expected);
    }

    static long value(CriterionScore criterion, Role role) {
        return criterion.inputs().stream().filter(i -> i.role() == role).findFirst().orElseThrow().value();
    }
}

package vn.motcua.reformindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Each kind of scoring rule at its boundaries, and the classification bands. */
class ScoringRulesTest {

    private static Criterion computed(String scale) {
        return new Criterion("2.1", "2", 1, "Tỷ lệ hồ sơ đúng hạn", new BigDecimal("2"), Criterion.Rule.COMPUTED, "dossiers.resolvedOnTime",
                null, "dossiers.resolved", null, scale, false);
    }

    private static BigDecimal points(Criterion criterion, String figure) {
        return criterion.points(figure == null ? null : new BigDecimal(figure));
    }

    @Test
    void aComputedCriterionEarnsThePointsOfTheHighestThresholdItsFigureReaches() {
        Criterion onTime = computed("98=2;95=1;0=0");
        assertThat(points(onTime, "98")).isEqualByComparingTo("2");
        assertThat(points(onTime, "100")).isEqualByComparingTo("2");
        assertThat(points(onTime, "97.99")).isEqualByComparingTo("1");
        assertThat(points(onTime, "95")).isEqualByComparingTo("1");
        assertThat(points(onTime, "94.99")).isEqualByComparingTo("0");
        assertThat(points(onTime, null)).as("no records, no points").isEqualByComparingTo("0");
        assertThat(points(computed("0=0;95=1;98=2"), "96")).as("thresholds in any order").isEqualByComparingTo("1");
    }

    @Test
    void aJudgedCriterionTakesOnlyItsStatedLevelsWithinItsMaximum() {
        Criterion plan = new Criterion("1.1", "1", 2, "Kế hoạch CCHC", BigDecimal.ONE, Criterion.Rule.JUDGED, null, null, null, null,
                "Ban hành đúng hạn=1|Ban hành chậm=0,5|Không ban hành=0", true);
        assertThat(plan.levels()).extracting(Criterion.Level::label).containsExactly("Ban hành đúng hạn", "Ban hành chậm", "Không ban hành");
        assertThat(plan.allows(new BigDecimal("0.5"))).isTrue();
        assertThat(plan.allows(new BigDecimal("1.00"))).isTrue();
        assertThat(plan.allows(new BigDecimal("0.75"))).isFalse();
        assertThat(plan.allows(new BigDecimal("1.5"))).isFalse();
        assertThat(plan.allows(new BigDecimal("-1"))).isFalse();
    }

    @Test
    void theClassIsTheBandTheShareOfTheTotalReaches() {
        BigDecimal total = new BigDecimal("57");
        assertThat(classify("51.30", total)).isEqualTo(Classification.EXCELLENT);
        assertThat(classify("51.29", total)).isEqualTo(Classification.GOOD);
        assertThat(classify("45.60", total)).isEqualTo(Classification.GOOD);
        assertThat(classify("39.90", total)).isEqualTo(Classification.FAIR);
        assertThat(classify("28.50", total)).isEqualTo(Classification.AVERAGE);
        assertThat(classify("28.49", total)).isEqualTo(Classification.WEAK);
        assertThat(classify("90.17", new BigDecimal("100"))).isEqualTo(Classification.EXCELLENT);
    }

    private static Classification classify(String score, BigDecimal total) {
        return Classification.of(new BigDecimal(score), total, new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("70"),
                new BigDecimal("50"));
    }
}

package vn.motcua.serviceindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.serviceindex.core.Scoring;
import vn.motcua.serviceindex.core.Scoring.Earned;

/** The edges of the index's scoring: no records, none achieved, all achieved, more than all, rounding, and unmeasured criteria. */
class ScoringTest {

    private static final BigDecimal SIX = BigDecimal.valueOf(6);

    @Test
    void aCriterionWithoutRecordsHasNoPointsRatherThanZero() {
        assertThat(Scoring.points(SIX, 0, 0)).isNull();
        assertThat(Scoring.rate(0, 0)).isNull();
    }

    @Test
    void pointsRunFromZeroToTheCriterionsMaximum() {
        assertThat(Scoring.points(SIX, 0, 40)).isEqualByComparingTo("0");
        assertThat(Scoring.points(SIX, 20, 40)).isEqualByComparingTo("3");
        assertThat(Scoring.points(SIX, 40, 40)).isEqualByComparingTo("6");
        assertThat(Scoring.rate(40, 40)).isEqualByComparingTo("100");
    }

    @Test
    void aRateAboveAHundredPercentEarnsNoMoreThanTheMaximum() {
        // Results published in the window for dossiers resolved before it.
        assertThat(Scoring.points(SIX, 45, 40)).isEqualByComparingTo("6");
        assertThat(Scoring.rate(45, 40)).isEqualByComparingTo("112.5");
        assertThat(Scoring.points(SIX, -3, 40)).isEqualByComparingTo("0");
    }

    @Test
    void pointsAndRatesAreRoundedHalfUpToTwoDecimals() {
        assertThat(Scoring.points(BigDecimal.valueOf(4), 1, 3)).isEqualByComparingTo("1.33");
        assertThat(Scoring.points(BigDecimal.valueOf(4), 2, 3)).isEqualByComparingTo("2.67");
        assertThat(Scoring.rate(1, 8)).isEqualByComparingTo("12.5");
        assertThat(Scoring.rate(2, 3)).isEqualByComparingTo("66.67");
    }

    @Test
    void theScoreOutOfAHundredCountsOnlyTheCriteriaWithRecords() {
        List<Earned> criteria = List.of(new Earned(new BigDecimal("14"), new BigDecimal("14")), new Earned(null, new BigDecimal("4")),
                new Earned(new BigDecimal("3"), SIX));
        assertThat(Scoring.earned(criteria)).isEqualByComparingTo("17");
        assertThat(Scoring.measurable(criteria)).isEqualByComparingTo("20");
        assertThat(Scoring.outOfHundred(criteria)).isEqualByComparingTo("85");
    }

    @Test
    void allCriteriaFullGiveAHundredAndNoneMeasuredGivesNoScore() {
        assertThat(Scoring.outOfHundred(List.of(new Earned(new BigDecimal("18"), new BigDecimal("18")),
                new Earned(new BigDecimal("82"), new BigDecimal("82"))))).isEqualByComparingTo("100");
        assertThat(Scoring.outOfHundred(List.of(new Earned(null, SIX), new Earned(null, BigDecimal.TEN)))).isNull();
        assertThat(Scoring.outOfHundred(List.of())).isNull();
    }

    @Test
    void theTotalWaitsUntilHalfThePointsHaveRecords() {
        Earned survey = new Earned(new BigDecimal("5"), new BigDecimal("6"));
        Earned unmeasured = new Earned(null, new BigDecimal("94"));
        assertThat(Scoring.outOfHundred(List.of(survey, unmeasured))).isEqualByComparingTo("83.33");
        assertThat(Scoring.total(List.of(survey, unmeasured))).as("6 of 100 points measured").isNull();
        assertThat(Scoring.total(List.of(new Earned(new BigDecimal("40"), new BigDecimal("50")), new Earned(null, new BigDecimal("50")))))
                .isEqualByComparingTo("80");
    }
}

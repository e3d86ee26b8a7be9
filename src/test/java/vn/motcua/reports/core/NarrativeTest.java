package vn.motcua.reports.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class NarrativeTest {

    private static final Function<BigDecimal, String> NUMBER = n -> n.stripTrailingZeros().toPlainString().replace('.', ',');

    private static final Map<String, BigDecimal> FIGURES = Map.of("3.3.1", new BigDecimal("8803"), "3.3.2", new BigDecimal("260"),
            "3.3.3", new BigDecimal("8366"), "investment.capitalShare", new BigDecimal("15.1"));

    @Test
    void figuresSumsAndRatesAreWrittenWithWhatFollowsThem() {
        assertThat(Narrative.fill("{3.3.1} hồ sơ; đúng hạn {3.3.2+3.3.3}, đạt {pct:3.3.2+3.3.3/3.3.1}; vốn: {investment.capitalShare|%}.",
                FIGURES, NUMBER)).isEqualTo("8803 hồ sơ; đúng hạn 8626, đạt 97,99%; vốn: 15,1%.");
    }

    @Test
    void aFigureTheReportDoesNotHaveReadsNoFigureYetAndIsNamed() {
        String text = "so với cùng kỳ: {investment.enterprisesChange|%}; tỷ lệ {pct:3.3.3/3.6}; tổng {3.3.2+3.9}; {3.3.1}.";
        String filled = Narrative.fill(text, FIGURES, NUMBER);
        assertThat(filled).isEqualTo("so với cùng kỳ: chưa có số liệu; tỷ lệ chưa có số liệu; tổng chưa có số liệu; 8803.")
                .doesNotContain("…").doesNotContain("{").doesNotContain("%");
        assertThat(Narrative.missing(text, FIGURES)).containsExactly("investment.enterprisesChange", "3.3.3/3.6", "3.3.2+3.9");
        assertThat(Narrative.missing("{3.3.1} và {3.3.1}", FIGURES)).isEmpty();
    }

    @Test
    void aRateOverNothingHasNoFigure() {
        assertThat(Narrative.fill("{pct:3.3.2/3.0}", Map.of("3.3.2", BigDecimal.ONE, "3.0", BigDecimal.ZERO), NUMBER))
                .isEqualTo(Narrative.NO_FIGURE);
    }
}

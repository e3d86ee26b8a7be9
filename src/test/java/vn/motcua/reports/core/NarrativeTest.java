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
    void aFigureThatIsItselfARateIsWrittenAsARate() {
        Function<BigDecimal, String> percent = n -> n.setScale(2).toPlainString().replace('.', ',') + "%";
        assertThat(Narrative.fill("đạt {pct:3.3.2+3.3.3/3.3.1}; vốn: {investment.capitalShare|%} kế hoạch; {3.3.1| hồ sơ}.", FIGURES, NUMBER,
                percent)).isEqualTo("đạt 97,99%; vốn: 15,10% kế hoạch; 8803 hồ sơ.");
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

    @Test
    void aDifferenceAndTheWordsOfACodeAreWrittenAsAnOfficialWouldReadThem() {
        Map<String, BigDecimal> figures = Map.of("1.1.1", new BigDecimal("48"), "1.1.2", new BigDecimal("25"), "1.5", BigDecimal.ONE,
                "1.4.2", new BigDecimal("2"));
        assertThat(Narrative.fill("còn {1.1.1-1.1.2| nhiệm vụ}; đối thoại: {code:1.5|1=có;0=không}; hình thức: {code:1.4.2|0=trực tuyến;"
                + "1=phát phiếu}.", figures, NUMBER)).isEqualTo("còn 23 nhiệm vụ; đối thoại: có; hình thức: 2.");
        assertThat(Narrative.fill("{code:5.3.1|1=đã thực hiện}", figures, NUMBER)).isEqualTo(Narrative.NO_FIGURE);
        assertThat(Narrative.missing("{code:5.3.1|1=đã thực hiện} {1.1.1-9.9}", figures)).containsExactly("5.3.1", "1.1.1-9.9");
        // A code list an officer mistyped names nothing: the figure prints as it is, and nothing breaks.
        assertThat(Narrative.fill("{code:1.5|có=1}", figures, NUMBER)).isEqualTo("1");
    }

    @Test
    void aRequestToTheOfficerIsFoundWhereverItIsLeft() {
        String body = "Đoạn đầu.\n\n" + Narrative.prompt("nêu nguyên nhân") + " Chú thích[^Kế hoạch 268/KH-UBND].";
        assertThat(body).contains("[Gợi ý: nêu nguyên nhân]");
        assertThat(Narrative.prompts(body)).containsExactly("nêu nguyên nhân");
        assertThat(Narrative.prompts("Đã viết xong[^Kế hoạch 268/KH-UBND].")).isEmpty();
        assertThat(Narrative.runs("Chú thích[^Kế hoạch 268/KH-UBND].")).extracting(Narrative.Run::footnote).contains("Kế hoạch 268/KH-UBND");
    }
}

package vn.motcua.indicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.motcua.indicators.Finding;
import vn.motcua.indicators.TemplateRow;

/** A reporter reads a finding in plain Vietnamese, the row named by its number and label, never "[2.1] = 3". */
class ValidationWordingTest {

    private static TemplateRow row(String key, String parent, String label, String type, String children, String measure) {
        return new TemplateRow(key, key, parent, label, "TTHC", type, null, "SUM", children, null, measure, null, false);
    }

    private static final List<TemplateRow> ROWS = List.of(
            row("2.1", null, "Số TTHC được rà soát, đánh giá", "COUNT", "EQUAL", null),
            row("2.1.1", "2.1", "Cấp tỉnh", "COUNT", null, null),
            row("2.1.2", "2.1", "Cấp xã", "COUNT", null, null),
            row("3.5", null, "Tỷ lệ hồ sơ giải quyết đúng hạn", "PERCENT", null, "dossiers.onTime"));

    @Test
    void aSumThatDoesNotAddUpNamesTheRowItsLabelAndItsParts() {
        List<Finding> findings = Validation.check(ROWS, List.of(), Map.of("2.1", new BigDecimal(3), "2.1.1", BigDecimal.ONE,
                "2.1.2", BigDecimal.ONE), Map.of());
        assertThat(findings).extracting(Finding::message).containsExactly(
                "Chỉ tiêu 2.1 (Số TTHC được rà soát, đánh giá) là 3 nhưng tổng các chỉ tiêu thành phần (2.1.1, 2.1.2) là 2");
    }

    @Test
    void noFindingSpeaksInBracketedCodes() {
        List<Finding> findings = Validation.check(ROWS, List.of(), Map.of("2.1.1", new BigDecimal("1.5"), "3.5", new BigDecimal(120)),
                Map.of("3.5", new BigDecimal(90)));
        assertThat(findings).hasSize(3).allSatisfy(f -> assertThat(f.message()).startsWith("Chỉ tiêu ").doesNotContain("[", "]"));
        assertThat(findings).extracting(Finding::message).contains("Chỉ tiêu 3.5 (Tỷ lệ hồ sơ giải quyết đúng hạn) là tỷ lệ phần trăm, phải từ 0 đến 100");
    }
}

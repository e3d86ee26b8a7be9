package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class VietnameseOrderTest {

    @Test
    void đComesAfterDAndTonedCapitalsStayWithTheirLetter() {
        List<String> fields = List.of("Xây dựng", "Đất đai", "Hộ tịch", "Dân tộc", "Ăn uống", "Bảo trợ xã hội", "Chứng thực", "An toàn");
        assertThat(fields.stream().sorted(VietnameseOrder.by(Function.identity())).toList())
                .containsExactly("An toàn", "Ăn uống", "Bảo trợ xã hội", "Chứng thực", "Dân tộc", "Đất đai", "Hộ tịch", "Xây dựng");
    }
}

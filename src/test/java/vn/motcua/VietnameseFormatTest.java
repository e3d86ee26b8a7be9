package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.VietnameseFormat;

class VietnameseFormatTest {

    private final VietnameseFormat format = new VietnameseFormat(new MotCuaZone("Asia/Ho_Chi_Minh", Clock.systemUTC()));

    @Test
    void groupsThousandsWithDotsAndWritesDecimalsAfterAComma() {
        assertThat(format.number(8803)).isEqualTo("8.803");
        assertThat(format.number(90.17)).isEqualTo("90,17");
        assertThat(format.number(1544.4)).isEqualTo("1.544,4");
        assertThat(format.number(0)).isEqualTo("0");
        assertThat(format.percent(85.75)).isEqualTo("85,75%");
    }

    @Test
    void writesDatesDayFirstInVietnamTime() {
        assertThat(format.date(LocalDate.of(2026, 11, 27))).isEqualTo("27/11/2026");
        // 20:00 UTC on the 26th is already the 27th in Vietnam.
        assertThat(format.date(OffsetDateTime.parse("2026-11-26T20:00:00Z"))).isEqualTo("27/11/2026");
        assertThat(format.dateTime(OffsetDateTime.parse("2026-11-26T20:05:00Z"))).isEqualTo("03:05 27/11/2026");
    }

    @Test
    void readsDatesAsTypedInVietnamOrInIsoForm() {
        assertThat(format.parseDate("27/11/2026")).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(format.parseDate("2026-11-27")).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(format.parseDate(" ")).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> format.parseDate("31/02/2024"))
                .isInstanceOf(java.time.format.DateTimeParseException.class);
    }
}

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

    @Test
    void writesADocumentsDateAsDecree30Does() {
        assertThat(VietnameseFormat.documentDate(LocalDate.of(2024, 3, 20))).isEqualTo("ngày 20 tháng 3 năm 2024");
        assertThat(VietnameseFormat.documentDate(LocalDate.of(2024, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2024");
        assertThat(VietnameseFormat.documentDate(LocalDate.of(2025, 1, 10))).isEqualTo("ngày 10 tháng 01 năm 2025");
        assertThat(VietnameseFormat.documentDate(LocalDate.of(2026, 12, 2))).isEqualTo("ngày 02 tháng 12 năm 2026");
    }
}

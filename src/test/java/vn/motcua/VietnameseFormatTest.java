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

    /** QA 02/12/2026: "56,4%" beside "59,04%" on the dashboard, "55,6" beside "56,37" on the service index. */
    @Test
    void percentagesAndPointsAlwaysCarryTwoDecimalsWhenTheyHaveAny() {
        assertThat(format.percent(new java.math.BigDecimal("56.4"))).isEqualTo("56,40%");
        assertThat(format.percent(new java.math.BigDecimal("59.04"))).isEqualTo("59,04%");
        assertThat(format.percent(new java.math.BigDecimal("100.00"))).isEqualTo("100%");
        assertThat(format.percent(99.999)).as("rounds to a whole one").isEqualTo("100%");
        assertThat(format.percent(0)).isEqualTo("0%");
        assertThat(format.percent(null)).isEmpty();
        assertThat(format.points(55.6)).isEqualTo("55,60");
        assertThat(format.points(new java.math.BigDecimal("56.37"))).isEqualTo("56,37");
        assertThat(format.points(3.9)).isEqualTo("3,90");
        assertThat(format.points(1234.5)).isEqualTo("1.234,50");
        assertThat(format.points(20)).isEqualTo("20");
        assertThat(format.number(1544.4)).as("other quantities keep their own decimals").isEqualTo("1.544,4");
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

package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.core.LunarCalendar;

/** The Vietnamese lunar calendar against published dates, leap months included, for 1900–2100. */
class LunarCalendarTest {

    private static LocalDate solar(int year, int month, int day) {
        return LunarCalendar.toSolar(new LunarDate(year, month, day, false));
    }

    @Test
    void tetFallsOnThePublishedDays() {
        assertThat(solar(2024, 1, 1)).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(solar(2025, 1, 1)).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(solar(2026, 1, 1)).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(solar(2023, 1, 1)).isEqualTo(LocalDate.of(2023, 1, 22));
        assertThat(solar(2000, 1, 1)).isEqualTo(LocalDate.of(2000, 2, 5));
    }

    @Test
    void theHungKingsDayFallsOnThePublishedDays() {
        assertThat(solar(2024, 3, 10)).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(solar(2025, 3, 10)).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(solar(2026, 3, 10)).isEqualTo(LocalDate.of(2026, 4, 26));
    }

    @Test
    void vietnamTimeGivesOtherNewYearsThanChinaInSomeYears() {
        // Tết 1985: 21 January in Vietnam (UTC+7), 20 February in China (UTC+8).
        assertThat(solar(1985, 1, 1)).isEqualTo(LocalDate.of(1985, 1, 21));
        // Tết 2007: 17 February in Vietnam, 18 February in China.
        assertThat(solar(2007, 1, 1)).isEqualTo(LocalDate.of(2007, 2, 17));
        // Tết Mậu Thân 1968: 29 January in the North's calendar, 30 January in China.
        assertThat(solar(1968, 1, 1)).isEqualTo(LocalDate.of(1968, 1, 29));
    }

    @Test
    void leapMonthsAreFoundAndConverted() {
        assertThat(LunarCalendar.leapMonth(2020)).isEqualTo(4);
        assertThat(LunarCalendar.leapMonth(2023)).isEqualTo(2);
        assertThat(LunarCalendar.leapMonth(2025)).isEqualTo(6);
        assertThat(LunarCalendar.leapMonth(2024)).isZero();
        assertThat(LunarCalendar.toSolar(new LunarDate(2023, 2, 1, true))).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(LunarCalendar.toSolar(new LunarDate(2025, 6, 1, true))).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(LunarCalendar.toSolar(new LunarDate(2020, 4, 1, true))).isEqualTo(LocalDate.of(2020, 5, 23));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 8, 1))).isEqualTo(new LunarDate(2025, 6, 8, true));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 7, 24))).isEqualTo(new LunarDate(2025, 6, 30, false));
        assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(2024, 5, 1, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLunarYearTurnsAtTetNotOnFirstJanuary() {
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 1, 1))).isEqualTo(new LunarDate(2024, 12, 2, false));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 1, 28))).isEqualTo(new LunarDate(2024, 12, 29, false));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 1, 29))).isEqualTo(new LunarDate(2025, 1, 1, false));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2024, 2, 9))).isEqualTo(new LunarDate(2023, 12, 30, false));
    }

    @Test
    void everyDayFrom1900To2100RoundTripsAndTheDaysFollowEachOther() {
        LocalDate date = LocalDate.of(1900, 1, 31);
        LunarDate previous = LunarCalendar.toLunar(date.minusDays(1));
        for (; date.getYear() <= 2100; date = date.plusDays(1)) {
            LunarDate lunar = LunarCalendar.toLunar(date);
            assertThat(LunarCalendar.toSolar(lunar)).as("round trip of %s (%s)", date, lunar).isEqualTo(date);
            if (lunar.day() == 1) {
                assertThat(previous.day()).as("month before %s", date).isIn(29, 30);
            } else {
                assertThat(lunar.day()).as("day after %s", previous).isEqualTo(previous.day() + 1);
            }
            previous = lunar;
        }
    }
}

package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.core.HolidayRule;
import vn.motcua.calendar.core.HolidayRule.Adjacent;
import vn.motcua.calendar.core.OfficeHours;
import vn.motcua.calendar.core.WorkingSchedule;

/** Deadline arithmetic on office hours 07:00–11:30 and 13:30–17:00, Monday to Friday, in Vietnam time. */
class WorkingScheduleTest {

    private static final HolidayRule NATIONAL_DAY = new HolidayRule("Quốc khánh", HolidayRule.Calendar.SOLAR, 9, 2, 0, 1,
            Adjacent.TOWARD_WEEKEND, 2021, 9999);
    private static final HolidayRule TET = new HolidayRule("Tết Âm lịch", HolidayRule.Calendar.LUNAR, 1, 1, -1, 5,
            Adjacent.NONE, 2021, 9999);

    private final WorkingSchedule schedule = new WorkingSchedule(OfficeHours.standard(), List.of(NATIONAL_DAY, TET),
            Map.of(LocalDate.of(2026, 1, 10), DayKind.WORKDAY, LocalDate.of(2026, 1, 9), DayKind.DAY_OFF), 2020, 2030);

    private static Instant at(String time) {
        return OffsetDateTime.parse(time).toInstant();
    }

    private static OffsetDateTime vn(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.ofHours(7));
    }

    @Test
    void aWorkingDayIsEightOfficeHoursFromTheReceipt() {
        // Monday 2025-03-03 09:00 + 1 working day = Tuesday 09:00.
        assertThat(vn(schedule.due(at("2025-03-03T09:00:00+07:00"), WorkingDuration.days(1))))
                .isEqualTo(OffsetDateTime.parse("2025-03-04T09:00:00+07:00"));
        // Friday 14:00 + 2 working days = Tuesday 14:00, over the weekend.
        assertThat(vn(schedule.due(at("2025-03-07T14:00:00+07:00"), WorkingDuration.days(2))))
                .isEqualTo(OffsetDateTime.parse("2025-03-11T14:00:00+07:00"));
    }

    @Test
    void aReceiptOutsideOfficeHoursCountsFromTheNextWorkingPeriod() {
        // Received at 18:30 on Monday: the clock starts at 07:00 on Tuesday, so one day ends at Tuesday's close.
        assertThat(vn(schedule.due(at("2025-03-03T18:30:00+07:00"), WorkingDuration.days(1))))
                .isEqualTo(OffsetDateTime.parse("2025-03-04T17:00:00+07:00"));
        // Received during lunch: counts from 13:30.
        assertThat(vn(schedule.due(at("2025-03-03T12:00:00+07:00"), WorkingDuration.hours(2))))
                .isEqualTo(OffsetDateTime.parse("2025-03-03T15:30:00+07:00"));
        // Received on Saturday: counts from Monday 07:00.
        assertThat(vn(schedule.due(at("2025-03-08T10:00:00+07:00"), WorkingDuration.hours(4))))
                .isEqualTo(OffsetDateTime.parse("2025-03-10T11:00:00+07:00"));
    }

    @Test
    void workingHoursSkipTheLunchBreakAndTheSameDayCutOff() {
        // 10:00 + 3 working hours: 1.5 h before lunch, 1.5 h after → 15:00.
        assertThat(vn(schedule.due(at("2025-03-03T10:00:00+07:00"), WorkingDuration.hours(3))))
                .isEqualTo(OffsetDateTime.parse("2025-03-03T15:00:00+07:00"));
        // Received at 15:20, after the cut-off: a same-day procedure starts the next working day.
        assertThat(vn(schedule.due(at("2025-03-03T15:20:00+07:00"), WorkingDuration.hours(8))))
                .isEqualTo(OffsetDateTime.parse("2025-03-04T17:00:00+07:00"));
        // Before the cut-off it is due the same day.
        assertThat(vn(schedule.due(at("2025-03-03T14:00:00+07:00"), WorkingDuration.hours(3))))
                .isEqualTo(OffsetDateTime.parse("2025-03-03T17:00:00+07:00"));
    }

    @Test
    void holidaysAndOverridesAreSkippedAndWorkedWeekendDaysCount() {
        // Tết 2026 (rule: 16–20/02): Thursday 12/02 10:00 + 3 days = Tuesday 24/02 10:00.
        assertThat(vn(schedule.due(at("2026-02-12T10:00:00+07:00"), WorkingDuration.days(3))))
                .isEqualTo(OffsetDateTime.parse("2026-02-24T10:00:00+07:00"));
        // Friday 09/01/2026 is off here and Saturday 10/01 worked.
        assertThat(schedule.isWorkingDay(LocalDate.of(2026, 1, 9))).isFalse();
        assertThat(schedule.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(vn(schedule.due(at("2026-01-08T09:00:00+07:00"), WorkingDuration.days(1))))
                .isEqualTo(OffsetDateTime.parse("2026-01-10T09:00:00+07:00"));
        // 2/9/2025 is a Tuesday: the adjacent day off is Monday 1/9; in 2024 (a Monday) it is Tuesday 3/9.
        assertThat(schedule.isWorkingDay(LocalDate.of(2025, 9, 1))).isFalse();
        assertThat(schedule.isWorkingDay(LocalDate.of(2025, 9, 3))).isTrue();
        assertThat(schedule.isWorkingDay(LocalDate.of(2024, 9, 3))).isFalse();
    }

    @Test
    void theClockStopsWhileWaitingForASupplement() {
        Instant received = at("2025-03-03T09:00:00+07:00");
        // Two working days, stopped from Monday 15:00 to Wednesday 15:00 (2 working days): due Thursday 09:00 + ... = Friday 09:00.
        List<StoppedInterval> stops = List.of(new StoppedInterval(at("2025-03-03T15:00:00+07:00"), at("2025-03-05T15:00:00+07:00")));
        assertThat(schedule.due(received, WorkingDuration.days(2), stops)).map(WorkingScheduleTest::vn)
                .contains(OffsetDateTime.parse("2025-03-07T09:00:00+07:00"));
        // While the supplement has not arrived there is no due time.
        assertThat(schedule.due(received, WorkingDuration.days(2),
                List.of(new StoppedInterval(at("2025-03-03T15:00:00+07:00"), null)))).isEmpty();
        // A stop after the due time changes nothing.
        assertThat(schedule.due(received, WorkingDuration.days(2),
                List.of(new StoppedInterval(at("2025-03-10T08:00:00+07:00"), at("2025-03-11T08:00:00+07:00")))))
                .map(WorkingScheduleTest::vn).contains(OffsetDateTime.parse("2025-03-05T09:00:00+07:00"));
    }

    @Test
    void workingTimeBetweenLeavesOutNightsWeekendsAndStops() {
        Instant monday = at("2025-03-03T09:00:00+07:00");
        Instant nextMonday = at("2025-03-10T09:00:00+07:00");
        assertThat(schedule.workingTimeBetween(monday, nextMonday, List.of())).isEqualTo(Duration.ofHours(40));
        assertThat(schedule.workingTimeBetween(monday, nextMonday,
                List.of(new StoppedInterval(at("2025-03-04T07:00:00+07:00"), at("2025-03-05T07:00:00+07:00")),
                        new StoppedInterval(at("2025-03-04T13:00:00+07:00"), at("2025-03-04T20:00:00+07:00")))))
                .isEqualTo(Duration.ofHours(32));
    }

    @Test
    void completionsAreEarlyOnTimeOrLate() {
        Instant due = at("2025-03-05T16:00:00+07:00");
        assertThat(schedule.classify(at("2025-03-04T16:00:00+07:00"), due)).isEqualTo(Timeliness.EARLY);
        assertThat(schedule.classify(at("2025-03-05T08:00:00+07:00"), due)).isEqualTo(Timeliness.ON_TIME);
        assertThat(schedule.classify(due, due)).isEqualTo(Timeliness.ON_TIME);
        assertThat(schedule.classify(at("2025-03-05T16:00:01+07:00"), due)).isEqualTo(Timeliness.LATE);
    }
}

package vn.motcua.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import vn.motcua.calendar.core.HolidayRule;
import vn.motcua.calendar.core.HolidayRule.Adjacent;
import vn.motcua.calendar.core.OfficeHours;
import vn.motcua.calendar.core.WorkingSchedule;

/**
 * How long one due-time computation takes: 15 working days from the Friday before Tết 2026 (over
 * the 14–22/02 break), the schedule built with the shipped rules over 2000–2080. Run by
 * bench/calendar.sh, not by ./mvnw verify.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DeadlineBenchmark {

    private WorkingSchedule schedule;
    private Instant beforeTet;
    private Instant march;
    private final WorkingDuration fifteenDays = WorkingDuration.days(15);

    @Setup
    public void build() {
        List<HolidayRule> rules = List.of(
                new HolidayRule("Tết Dương lịch", HolidayRule.Calendar.SOLAR, 1, 1, 0, 1, Adjacent.NONE, 2000, 9999),
                new HolidayRule("Tết Âm lịch", HolidayRule.Calendar.LUNAR, 1, 1, -1, 5, Adjacent.NONE, 2000, 9999),
                new HolidayRule("Giỗ Tổ Hùng Vương", HolidayRule.Calendar.LUNAR, 3, 10, 0, 1, Adjacent.NONE, 2000, 9999),
                new HolidayRule("Ngày Chiến thắng", HolidayRule.Calendar.SOLAR, 4, 30, 0, 1, Adjacent.NONE, 2000, 9999),
                new HolidayRule("Ngày Quốc tế lao động", HolidayRule.Calendar.SOLAR, 5, 1, 0, 1, Adjacent.NONE, 2000, 9999),
                new HolidayRule("Quốc khánh", HolidayRule.Calendar.SOLAR, 9, 2, 0, 1, Adjacent.TOWARD_WEEKEND, 2000, 9999));
        schedule = new WorkingSchedule(OfficeHours.standard(), rules,
                Map.of(LocalDate.of(2026, 1, 2), DayKind.DAY_OFF, LocalDate.of(2026, 1, 10), DayKind.WORKDAY), 2000, 2080);
        beforeTet = OffsetDateTime.parse("2026-02-13T10:15:00+07:00").toInstant();
        march = OffsetDateTime.parse("2026-03-10T15:40:00+07:00").toInstant();
    }

    @Benchmark
    public Instant fifteenWorkingDaysOverTet() {
        return schedule.due(beforeTet, fifteenDays);
    }

    @Benchmark
    public Instant fifteenWorkingDaysInMarch() {
        return schedule.due(march, fifteenDays);
    }
}

package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.core.HolidayRule;
import vn.motcua.calendar.core.LunarCalendar;
import vn.motcua.calendar.core.OfficeHours;
import vn.motcua.calendar.internal.CalendarRows;
import vn.motcua.calendar.internal.ScheduleHolder;
import vn.motcua.shared.InvalidInputException;

/**
 * Lịch làm việc: the one working-day calendar of the system. Every due time, every "on time" and
 * every working-time figure of every module is computed here.
 */
@Service
public class WorkingCalendar {

    private final ScheduleHolder holder;
    private final CalendarRows rows;

    WorkingCalendar(ScheduleHolder holder, CalendarRows rows) {
        this.holder = holder;
        this.rows = rows;
    }

    /** The due time of a processing time counted from the receipt. */
    public Instant due(Instant receivedAt, WorkingDuration duration) {
        return within(() -> holder.schedule().due(receivedAt, duration));
    }

    /** The due time with the clock stopped over some intervals; empty while it is still stopped. */
    public Optional<Instant> due(Instant receivedAt, WorkingDuration duration, List<StoppedInterval> stops) {
        return within(() -> holder.schedule().due(receivedAt, duration, stops));
    }

    /** Working time between two instants, the stopped intervals left out. */
    public Duration workingTimeBetween(Instant from, Instant to, List<StoppedInterval> stops) {
        return within(() -> holder.schedule().workingTimeBetween(from, to, stops));
    }

    /** The working time of one working day (8 hours under the standard office hours): what "N ngày làm việc" counts in. */
    public Duration workingDay() {
        return Duration.ofSeconds(holder.officeHours().secondsPerDay());
    }

    public Timeliness classify(Instant completedAt, Instant dueAt) {
        return holder.schedule().classify(completedAt, dueAt);
    }

    public boolean isWorkingDay(LocalDate date) {
        return within(() -> holder.schedule().isWorkingDay(date));
    }

    /** The zone office hours are kept in: the day a dossier was received, a report's window. */
    public java.time.ZoneId zone() {
        return holder.officeHours().zone();
    }

    public OfficeHours officeHours() {
        return holder.officeHours();
    }

    public LunarDate lunar(LocalDate date) {
        return LunarCalendar.toLunar(date);
    }

    /**
     * The special days of a year: holidays by rule, then the year's days off and worked weekend
     * days, by date. A day both a holiday and an override shows as the override, which decides.
     */
    public List<Holiday> holidays(int year) {
        if (year < 1900 || year > 2100) {
            throw new InvalidInputException("year", "calendar.year.range");
        }
        List<Holiday> days = new ArrayList<>();
        Set<LocalDate> overridden = new HashSet<>();
        for (Holiday override : rows.overrides()) {
            if (override.date().getYear() == year) {
                days.add(override);
                overridden.add(override.date());
            }
        }
        for (HolidayRule rule : rows.rules()) {
            for (LocalDate date : rule.datesIn(year)) {
                if (date.getYear() == year && overridden.add(date)) {
                    days.add(new Holiday(date, rule.name(), DayKind.HOLIDAY, ""));
                }
            }
        }
        days.sort(Comparator.comparing(Holiday::date));
        return days;
    }

    private static <T> T within(java.util.function.Supplier<T> computation) {
        try {
            return computation.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("from", "calendar.out-of-range", e.getMessage());
        }
    }
}

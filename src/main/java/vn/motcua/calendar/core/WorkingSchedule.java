package vn.motcua.calendar.core;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.StoppedInterval;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingDuration;

/**
 * Which days are worked over a range of years, and deadline arithmetic on them in constant time.
 * Every instant maps to a position: the working seconds elapsed since the range began. The working
 * days before each day are counted once, when the schedule is built, so a due time is a position
 * plus a duration mapped back to an instant — no walk through the days, however long the deadline.
 * Immutable: a change of overrides builds a new schedule.
 */
public final class WorkingSchedule {

    private final OfficeHours hours;
    private final int firstYear;
    private final int lastYear;
    private final long firstDay;
    private final boolean[] working;
    /** workingBefore[i]: working days in [firstDay, firstDay + i). One entry longer than the range. */
    private final int[] workingBefore;
    /** The n-th working day of the range, as an offset from firstDay. */
    private final int[] workingDays;
    private final long secondsPerDay;

    public WorkingSchedule(OfficeHours hours, List<HolidayRule> rules, Map<LocalDate, DayKind> overrides, int firstYear,
            int lastYear) {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("The schedule's last year comes before its first");
        }
        this.hours = hours;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.firstDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
        int days = (int) (LocalDate.of(lastYear, 12, 31).toEpochDay() - firstDay + 1);
        this.working = new boolean[days];
        for (int i = 0; i < days; i++) {
            working[i] = hours.workingWeekdays().contains(LocalDate.ofEpochDay(firstDay + i).getDayOfWeek());
        }
        for (int year = firstYear; year <= lastYear; year++) {
            for (HolidayRule rule : rules) {
                for (LocalDate date : rule.datesIn(year)) {
                    setWorking(date, false);
                }
            }
        }
        overrides.forEach((date, kind) -> setWorking(date, kind == DayKind.WORKDAY));
        this.workingBefore = new int[days + 1];
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            workingBefore[i + 1] = workingBefore[i] + (working[i] ? 1 : 0);
            if (working[i]) {
                list.add(i);
            }
        }
        this.workingDays = list.stream().mapToInt(Integer::intValue).toArray();
        this.secondsPerDay = hours.secondsPerDay();
    }

    private void setWorking(LocalDate date, boolean isWorking) {
        long index = date.toEpochDay() - firstDay;
        if (index >= 0 && index < working.length) {
            working[(int) index] = isWorking;
        }
    }

    public OfficeHours officeHours() {
        return hours;
    }

    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    public boolean isWorkingDay(LocalDate date) {
        return working[index(date)];
    }

    private int index(LocalDate date) {
        if (!covers(date)) {
            throw new IllegalArgumentException("Date " + date + " is outside the calendar's years " + firstYear + "–" + lastYear);
        }
        return (int) (date.toEpochDay() - firstDay);
    }

    /** Working seconds elapsed from the start of the range until the instant. */
    long position(Instant instant) {
        ZonedDateTime local = instant.atZone(hours.zone());
        int day = index(local.toLocalDate());
        long before = (long) workingBefore[day] * secondsPerDay;
        return working[day] ? before + hours.secondsBefore(local.toLocalTime().toSecondOfDay()) : before;
    }

    /** The start of the first working day after the instant's day. */
    private long startOfNextWorkingDay(Instant instant) {
        int day = index(instant.atZone(hours.zone()).toLocalDate());
        return (long) workingBefore[day + 1] * secondsPerDay;
    }

    /** The instant a position is reached; a position on a day's boundary is that day's close, not the next day's opening. */
    Instant instantAt(long position) {
        long day = position / secondsPerDay;
        long rest = position % secondsPerDay;
        if (rest == 0 && day > 0) {
            day -= 1;
            rest = secondsPerDay;
        }
        if (day >= workingDays.length) {
            throw new IllegalArgumentException("The deadline falls after the calendar's last year " + lastYear);
        }
        LocalDate date = LocalDate.ofEpochDay(firstDay + workingDays[(int) day]);
        return date.atTime(LocalTime.ofSecondOfDay(hours.secondAfter((int) rest))).atZone(hours.zone()).toInstant();
    }

    private long seconds(WorkingDuration duration) {
        return duration.unit() == WorkingDuration.Unit.DAYS ? duration.amount() * secondsPerDay
                : duration.amount() * 3600L;
    }

    /** Where the clock starts for a receipt: its own time, except that an hours-counted procedure received after the cut-off starts the next working day. */
    private long start(Instant receivedAt, WorkingDuration duration) {
        if (duration.unit() == WorkingDuration.Unit.HOURS) {
            ZonedDateTime local = receivedAt.atZone(hours.zone());
            if (isWorkingDay(local.toLocalDate()) && !local.toLocalTime().isBefore(hours.sameDayCutoff())) {
                return startOfNextWorkingDay(receivedAt);
            }
        }
        return position(receivedAt);
    }

    /** The due time of a processing time counted from a receipt. */
    public Instant due(Instant receivedAt, WorkingDuration duration) {
        if (duration.amount() == 0) {
            return receivedAt;
        }
        return instantAt(start(receivedAt, duration) + seconds(duration));
    }

    /**
     * The due time when the clock stood still over some intervals (waiting for a supplement): each
     * stop that began before the due time pushes it back by the working time it lasted. Empty while
     * the clock is still stopped (an open interval before the due time).
     */
    public Optional<Instant> due(Instant receivedAt, WorkingDuration duration, List<StoppedInterval> stops) {
        long target = start(receivedAt, duration) + seconds(duration);
        long from = position(receivedAt);
        for (long[] stop : merged(stops)) {
            long stopStart = Math.max(stop[0], from);
            if (stopStart >= target) {
                break;
            }
            if (stop[1] == Long.MAX_VALUE) {
                return Optional.empty();
            }
            target += Math.max(0, stop[1] - stopStart);
        }
        return Optional.of(duration.amount() == 0 && stops.isEmpty() ? receivedAt : instantAt(target));
    }

    /** Working time between two instants, leaving out the stopped intervals (negative if {@code to} is earlier). */
    public Duration workingTimeBetween(Instant from, Instant to, List<StoppedInterval> stops) {
        long start = position(from);
        long end = position(to);
        long total = end - start;
        if (total > 0) {
            for (long[] stop : merged(stops)) {
                long overlap = Math.min(stop[1], end) - Math.max(stop[0], start);
                if (overlap > 0) {
                    total -= overlap;
                }
            }
        }
        return Duration.ofSeconds(total);
    }

    /** Stops as sorted, merged [start, end) positions; an open stop ends at Long.MAX_VALUE. */
    private List<long[]> merged(List<StoppedInterval> stops) {
        List<long[]> positions = new ArrayList<>();
        for (StoppedInterval stop : stops) {
            positions.add(new long[] { position(stop.start()), stop.end() == null ? Long.MAX_VALUE : position(stop.end()) });
        }
        positions.sort(Comparator.comparingLong(p -> p[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] p : positions) {
            if (!merged.isEmpty() && p[0] <= merged.get(merged.size() - 1)[1]) {
                long[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], p[1]);
            } else {
                merged.add(p);
            }
        }
        return merged;
    }

    /** Early (before the due day), on time (on the due day, by the due time) or late. */
    public Timeliness classify(Instant completedAt, Instant dueAt) {
        if (completedAt.isAfter(dueAt)) {
            return Timeliness.LATE;
        }
        LocalDate completedOn = completedAt.atZone(hours.zone()).toLocalDate();
        LocalDate dueOn = dueAt.atZone(hours.zone()).toLocalDate();
        return completedOn.isBefore(dueOn) ? Timeliness.EARLY : Timeliness.ON_TIME;
    }
}

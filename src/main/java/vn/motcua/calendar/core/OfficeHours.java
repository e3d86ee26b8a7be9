package vn.motcua.calendar.core;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Giờ hành chính: the weekly working days and the working periods of a day (by default Monday to
 * Friday, 07:00–11:30 and 13:30–17:00 in Asia/Ho_Chi_Minh, as the province's systems use), and the
 * cut-off after which an hours-counted (same-day) procedure starts the next working day.
 */
public record OfficeHours(ZoneId zone, Set<DayOfWeek> workingWeekdays, List<Period> periods, LocalTime sameDayCutoff) {

    /** One working period of a day, [start, end). */
    public record Period(LocalTime start, LocalTime end) {

        public Period {
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("A working period must end after it starts: " + start + "-" + end);
            }
        }

        int startSecond() {
            return start.toSecondOfDay();
        }

        int endSecond() {
            return end.toSecondOfDay();
        }
    }

    public OfficeHours {
        workingWeekdays = Set.copyOf(workingWeekdays);
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("Office hours need at least one working period");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
                throw new IllegalArgumentException("Working periods must be in order and must not overlap");
            }
        }
    }

    public static OfficeHours standard() {
        return new OfficeHours(ZoneId.of("Asia/Ho_Chi_Minh"), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of(new Period(LocalTime.of(7, 0), LocalTime.of(11, 30)), new Period(LocalTime.of(13, 30), LocalTime.of(17, 0))),
                LocalTime.of(15, 0));
    }

    /** Parses "07:00-11:30,13:30-17:00". */
    public static List<Period> parsePeriods(String text) {
        List<Period> periods = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] bounds = part.trim().split("-");
            if (bounds.length != 2) {
                throw new IllegalArgumentException("A working period is written as 07:00-11:30, not '" + part.trim() + "'");
            }
            periods.add(new Period(LocalTime.parse(bounds[0].trim()), LocalTime.parse(bounds[1].trim())));
        }
        return periods;
    }

    /** Working seconds in one working day (28 800 for the standard 8 hours). */
    public int secondsPerDay() {
        return periods.stream().mapToInt(p -> p.endSecond() - p.startSecond()).sum();
    }

    /** Working seconds of a working day that lie before the second of day {@code second}. */
    int secondsBefore(int second) {
        int total = 0;
        for (Period period : periods) {
            if (second <= period.startSecond()) {
                break;
            }
            total += Math.min(second, period.endSecond()) - period.startSecond();
        }
        return total;
    }

    /** The second of day at which {@code workingSeconds} of a working day have elapsed (1 ≤ n ≤ secondsPerDay). */
    int secondAfter(int workingSeconds) {
        int remaining = workingSeconds;
        for (Period period : periods) {
            int length = period.endSecond() - period.startSecond();
            if (remaining <= length) {
                return period.startSecond() + remaining;
            }
            remaining -= length;
        }
        throw new IllegalArgumentException(workingSeconds + " seconds exceed a working day");
    }
}

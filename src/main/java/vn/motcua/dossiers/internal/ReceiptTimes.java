package vn.motcua.dossiers.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.motcua.calendar.WorkingCalendar;

/**
 * Giờ tiếp nhận of the demo's dossiers: the counter and the post take a dossier only in the office
 * hours of a working day, as the one calendar of the system has them. The portal takes a submission at
 * any hour, fewer at night, and the desk's clerk receives it as a dossier in office hours, within the
 * hour or at the next opening — a receipt is always a person's act at the desk.
 */
public final class ReceiptTimes {

    /** Relative numbers of online submissions by hour of the day, 00–23: the evening after work is busy too. */
    private static final int[] ONLINE_BY_HOUR = { 1, 1, 1, 1, 1, 2, 4, 7, 10, 10, 10, 9, 7, 7, 9, 10, 10, 9, 8, 9, 9, 7, 4, 2 };
    private static final int ONLINE_WEIGHT = java.util.Arrays.stream(ONLINE_BY_HOUR).sum();

    private final WorkingCalendar calendar;
    private final ZoneId zone;
    /** The office periods of a day as [start, end) in minutes after midnight. */
    private final List<int[]> periods = new ArrayList<>();
    private final int officeMinutes;

    /** @param officeHours the calendar's working periods, written as its setting is ("07:00-11:30,13:30-17:00") */
    public ReceiptTimes(WorkingCalendar calendar, String officeHours) {
        this.calendar = calendar;
        this.zone = calendar.zone();
        int minutes = 0;
        for (String period : officeHours.split(",")) {
            String[] bounds = period.trim().split("-");
            int start = LocalTime.parse(bounds[0].trim()).toSecondOfDay() / 60;
            int end = LocalTime.parse(bounds[1].trim()).toSecondOfDay() / 60;
            periods.add(new int[] { start, end });
            minutes += end - start;
        }
        this.officeMinutes = minutes;
    }

    ZoneId zone() {
        return zone;
    }

    /** True on a working day, when the one-stop desk is open. */
    boolean deskOpen(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    /** A moment of the day's office hours, any minute as likely as another. */
    Instant atCounter(LocalDate day, Random random) {
        int minute = random.nextInt(officeMinutes);
        for (int[] period : periods) {
            int length = period[1] - period[0];
            if (minute < length) {
                return day.atStartOfDay(zone).plusMinutes(period[0] + minute).plusSeconds(random.nextInt(60)).toInstant();
            }
            minute -= length;
        }
        throw new IllegalStateException("office minutes out of range");
    }

    /**
     * When the desk receives an online submission filed at {@code filed}: within the office period it came
     * in, or else in the first hour of the next one (next morning, after the weekend or the holiday), a few
     * minutes to an hour after it opens or the submission came — never outside office hours.
     */
    Instant takenUp(Instant filed, Random random) {
        java.time.ZonedDateTime local = filed.atZone(zone);
        LocalDate day = local.toLocalDate();
        int minute = local.getHour() * 60 + local.getMinute();
        for (int i = 0; i < 400; i++) {
            if (deskOpen(day)) {
                for (int[] period : periods) {
                    if (minute < period[1]) {
                        int from = Math.max(minute, period[0]);
                        int delay = Math.min(5 + random.nextInt(55), period[1] - from - 1);
                        return day.atStartOfDay(zone).plusMinutes(from + Math.max(0, delay)).plusSeconds(random.nextInt(60)).toInstant();
                    }
                }
            }
            day = day.plusDays(1);
            minute = 0;
        }
        throw new IllegalStateException("No working day within 400 days after " + filed);
    }

    /** A moment of the day an online submission arrives. */
    Instant online(LocalDate day, Random random) {
        int pick = random.nextInt(ONLINE_WEIGHT);
        int hour = 0;
        while (pick >= ONLINE_BY_HOUR[hour]) {
            pick -= ONLINE_BY_HOUR[hour];
            hour++;
        }
        return day.atStartOfDay(zone).plusHours(hour).plusSeconds(random.nextInt(3600)).toInstant();
    }
}

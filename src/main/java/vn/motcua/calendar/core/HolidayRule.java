package vn.motcua.calendar.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.calendar.LunarDate;

/**
 * A public holiday as the law states it (Labour Code 2019, Article 112): a solar or lunar day,
 * shifted by an offset, lasting a number of days, optionally with one adjacent day, in force for a
 * range of years. Rules are data: a change of law is a new row, not new code.
 */
public record HolidayRule(String name, Calendar calendar, int month, int day, int offsetDays, int spanDays,
        Adjacent adjacent, int fromYear, int toYear) {

    /** Which calendar the month and day are in. */
    public enum Calendar {
        SOLAR, LUNAR
    }

    /**
     * The "one day next to it" some holidays carry: before, after, or the side that joins the
     * weekend (the choice the government makes each year for 2 September, left to overrides when it differs).
     */
    public enum Adjacent {
        NONE, BEFORE, AFTER, TOWARD_WEEKEND
    }

    public boolean appliesTo(int year) {
        return year >= fromYear && year <= toYear;
    }

    /** The days the rule gives in a solar year; lunar rules take the lunar year of that number. */
    public List<LocalDate> datesIn(int year) {
        if (!appliesTo(year)) {
            return List.of();
        }
        LocalDate first = calendar == Calendar.SOLAR ? LocalDate.of(year, month, day)
                : LunarCalendar.toSolar(new LunarDate(year, month, day, false));
        first = first.plusDays(offsetDays);
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < spanDays; i++) {
            dates.add(first.plusDays(i));
        }
        LocalDate last = dates.get(dates.size() - 1);
        switch (adjacent) {
            case BEFORE -> dates.add(0, first.minusDays(1));
            case AFTER -> dates.add(last.plusDays(1));
            case TOWARD_WEEKEND -> {
                // Tuesday, Friday or Saturday: the day before joins the weekend; otherwise the day after does.
                DayOfWeek weekday = first.getDayOfWeek();
                if (weekday == DayOfWeek.TUESDAY || weekday == DayOfWeek.FRIDAY || weekday == DayOfWeek.SATURDAY) {
                    dates.add(0, first.minusDays(1));
                } else {
                    dates.add(last.plusDays(1));
                }
            }
            case NONE -> {
                // no adjacent day
            }
        }
        return dates;
    }
}

package vn.motcua.calendar.core;

import java.time.LocalDate;

import vn.motcua.calendar.LunarDate;

/**
 * The Vietnamese lunar calendar (âm lịch), computed astronomically for the Vietnamese time zone
 * (UTC+7) after Hồ Ngọc Đức's algorithm: new moons and solar terms from Meeus' formulae, months
 * starting on the day of the new moon in Vietnam, the 11th month holding the winter solstice, and
 * the first month without a major solar term of a 13-month year being the leap month. Because the
 * new moon is dated in UTC+7, some years differ from the Chinese calendar (UTC+8): Tết 1985 fell
 * on 21 January in Vietnam and on 20 February in China.
 */
public final class LunarCalendar {

    private static final double TIME_ZONE = 7.0;
    private static final long EPOCH_DAY_TO_JULIAN_DAY = 2440588L;
    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double NEW_MOON_1900 = 2415021.076998695;

    private LunarCalendar() {
    }

    public static LunarDate toLunar(LocalDate date) {
        long dayNumber = date.toEpochDay() + EPOCH_DAY_TO_JULIAN_DAY;
        long k = (long) Math.floor((dayNumber - NEW_MOON_1900) / SYNODIC_MONTH) + 1;
        // The mean-month estimate can be one month off near a new moon: step to the month holding the day.
        while (newMoonDay(k) > dayNumber) {
            k--;
        }
        while (newMoonDay(k + 1) <= dayNumber) {
            k++;
        }
        long monthStart = newMoonDay(k);
        int year = date.getYear();
        long a11 = lunarMonth11(year);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = year;
            a11 = lunarMonth11(year - 1);
        } else {
            lunarYear = year + 1;
            b11 = lunarMonth11(year + 1);
        }
        int lunarDay = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapMonthDiff = leapMonthOffset(a11);
            if (diff >= leapMonthDiff) {
                lunarMonth = diff + 10;
                if (diff == leapMonthDiff) {
                    leap = true;
                }
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, lunarMonth, lunarDay, leap);
    }

    /** The solar date of a lunar day; fails for a leap month the year does not have, or a 30th of a 29-day month. */
    public static LocalDate toSolar(LunarDate lunar) {
        long a11;
        long b11;
        if (lunar.month() < 11) {
            a11 = lunarMonth11(lunar.year() - 1);
            b11 = lunarMonth11(lunar.year());
        } else {
            a11 = lunarMonth11(lunar.year());
            b11 = lunarMonth11(lunar.year() + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC_MONTH);
        int offset = lunar.month() - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leapMonth = leapOffset - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (lunar.leap() && lunar.month() != leapMonth) {
                throw new IllegalArgumentException("Lunar year " + lunar.year() + " has no leap month " + lunar.month());
            } else if (lunar.leap() || offset >= leapOffset) {
                offset += 1;
            }
        } else if (lunar.leap()) {
            throw new IllegalArgumentException("Lunar year " + lunar.year() + " has no leap month");
        }
        long monthStart = newMoonDay(k + offset);
        if (lunar.day() == 30 && newMoonDay(k + offset + 1) - monthStart < 30) {
            throw new IllegalArgumentException("Lunar month " + lunar.month() + "/" + lunar.year() + " has 29 days");
        }
        return LocalDate.ofEpochDay(monthStart + lunar.day() - 1 - EPOCH_DAY_TO_JULIAN_DAY);
    }

    /** The leap month of a lunar year (1–12), or 0 when it has none. */
    public static int leapMonth(int lunarYear) {
        for (int month = 1; month <= 12; month++) {
            try {
                toSolar(new LunarDate(lunarYear, month, 1, true));
                return month;
            } catch (IllegalArgumentException noSuchLeapMonth) {
                // try the next month
            }
        }
        return 0;
    }

    private static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    private static int sunLongitudeSector(long dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    /** The day the lunar month containing the winter solstice of the solar year starts. */
    private static long lunarMonth11(int year) {
        long off = LocalDate.of(year, 12, 31).toEpochDay() + EPOCH_DAY_TO_JULIAN_DAY - 2415021;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        if (sunLongitudeSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    private static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - 2415021.076998695) / SYNODIC_MONTH + 0.5);
        int last;
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    /** Julian day of the k-th new moon after 1 January 1900 (Meeus, Astronomical Algorithms). */
    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        return jd1 + c1 - deltaT;
    }

    /** The sun's apparent longitude in radians, 0..2π, at a Julian day. */
    private static double sunLongitude(double julianDay) {
        double t = (julianDay - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }
}

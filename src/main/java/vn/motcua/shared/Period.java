package vn.motcua.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kỳ báo cáo: a quarter ({@code 2024-Q1}), the first six months ({@code 2024-H1}), the first nine
 * months ({@code 2024-9M}) or the year ({@code 2024}). Its standard data window is the one Decree
 * 09/2019/NĐ-CP (Article 12) sets for periodic reports: from the 15th of the month before the period
 * to the 14th of its last month; a report template may set another.
 */
public record Period(int year, Kind kind) {

    /** The span of a period, by the months it covers. */
    public enum Kind {
        Q1(1, 3), Q2(4, 6), Q3(7, 9), Q4(10, 12), H1(1, 6), NINE_MONTHS(1, 9), YEAR(1, 12);

        private final int firstMonth;
        private final int lastMonth;

        Kind(int firstMonth, int lastMonth) {
            this.firstMonth = firstMonth;
            this.lastMonth = lastMonth;
        }

        public int firstMonth() {
            return firstMonth;
        }

        public int lastMonth() {
            return lastMonth;
        }
    }

    private static final Pattern NAME = Pattern.compile("(\\d{4})(?:-(Q[1-4]|H1|9M))?");

    public static Period parse(String name) {
        Matcher matcher = name == null ? null : NAME.matcher(name.trim());
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("A period is written 2024-Q1, 2024-H1, 2024-9M or 2024, not '" + name + "'");
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("The year of a period must be between 2000 and 2100");
        }
        String part = matcher.group(2);
        Kind kind = part == null ? Kind.YEAR : part.equals("9M") ? Kind.NINE_MONTHS : Kind.valueOf(part);
        return new Period(year, kind);
    }

    /** The last day of the period's last month: a template in force on that day serves the period. */
    public LocalDate lastDay() {
        return YearMonth.of(year, kind.lastMonth()).atEndOfMonth();
    }

    /** The first day of the standard window: the 15th of the month before the period's first month. */
    public LocalDate windowStart() {
        return LocalDate.of(year, kind.firstMonth(), 15).minusMonths(1);
    }

    /** The day after the standard window: the 15th of the period's last month. */
    public LocalDate windowEnd() {
        return LocalDate.of(year, kind.lastMonth(), 15);
    }

    /** The quarter's number (1–4), or 0 for a longer period. */
    public int quarterNumber() {
        return quarter() ? kind.lastMonth() / 3 : 0;
    }

    public boolean quarter() {
        return kind == Kind.Q1 || kind == Kind.Q2 || kind == Kind.Q3 || kind == Kind.Q4;
    }

    /** The quarters a longer period is made of, in order; a quarter is made of itself. */
    public List<Period> quarters() {
        List<Kind> all = List.of(Kind.Q1, Kind.Q2, Kind.Q3, Kind.Q4);
        return all.stream().filter(q -> q.firstMonth() >= kind.firstMonth() && q.lastMonth() <= kind.lastMonth())
                .map(q -> new Period(year, q)).toList();
    }

    /** The same period one step back: the previous quarter, or the same span of the previous year. */
    public Period previous() {
        return switch (kind) {
            case Q1 -> new Period(year - 1, Kind.Q4);
            case Q2 -> new Period(year, Kind.Q1);
            case Q3 -> new Period(year, Kind.Q2);
            case Q4 -> new Period(year, Kind.Q3);
            default -> new Period(year - 1, kind);
        };
    }

    /** The same kind of period one step forward: the next quarter, or the same span of the next year. */
    public Period next() {
        return switch (kind) {
            case Q1 -> new Period(year, Kind.Q2);
            case Q2 -> new Period(year, Kind.Q3);
            case Q3 -> new Period(year, Kind.Q4);
            case Q4 -> new Period(year + 1, Kind.Q1);
            default -> new Period(year + 1, kind);
        };
    }

    public Period sameLastYear() {
        return new Period(year - 1, kind);
    }

    public String name() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case NINE_MONTHS -> year + "-9M";
            default -> year + "-" + kind.name();
        };
    }

    @Override
    public String toString() {
        return name();
    }
}

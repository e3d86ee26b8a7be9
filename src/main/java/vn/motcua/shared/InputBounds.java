package vn.motcua.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Giới hạn dữ liệu vào: what a value from a request may be before any service sees it. A date's year
 * lies between 1 and 9999 — the years PostgreSQL and the calendar arithmetic handle, and far wider than
 * any record of a one-stop desk — no text holds a NUL character, which PostgreSQL cannot store, and
 * no number has more than a thousand digits or decimal places ({@code 1e-999999999} is refused).
 * Checked where requests are read (parameters and JSON alike), so a value outside them is a 400
 * naming the field instead of a failure deep inside.
 */
public final class InputBounds {

    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;
    /** Digits a number may have, and decimal places (either way): far beyond any figure, within what PostgreSQL keeps. */
    public static final int LARGEST_SCALE = 1000;

    private InputBounds() {
    }

    /** Whether values of the type are checked here. */
    public static boolean checks(Class<?> type) {
        return TemporalAccessor.class.isAssignableFrom(type) || type == String.class || type == BigDecimal.class;
    }

    /** The value if it is within bounds; an IllegalArgumentException saying what is wrong otherwise. */
    public static <T> T checked(T value) {
        if (value instanceof TemporalAccessor temporal) {
            Integer year = year(temporal);
            if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
                throw new IllegalArgumentException("the year " + year + " is outside " + FIRST_YEAR + "–" + LAST_YEAR);
            }
        } else if (value instanceof String text && text.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException("the text holds a NUL character");
        } else if (value instanceof BigDecimal number && (Math.abs(number.scale()) > LARGEST_SCALE || number.precision() > LARGEST_SCALE)) {
            throw new IllegalArgumentException("the number has more digits than " + LARGEST_SCALE);
        }
        return value;
    }

    private static Integer year(TemporalAccessor temporal) {
        if (temporal.isSupported(ChronoField.YEAR)) {
            return temporal.get(ChronoField.YEAR);
        }
        if (temporal.isSupported(ChronoField.INSTANT_SECONDS)) {
            long seconds = temporal.getLong(ChronoField.INSTANT_SECONDS);
            return Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.UTC).getYear();
        }
        return null;
    }
}

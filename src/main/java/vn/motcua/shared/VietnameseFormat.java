package vn.motcua.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.stereotype.Component;

/**
 * Numbers and dates as Vietnamese documents print them: 8.803 (dot groups thousands), 90,17
 * (comma before decimals), 27/11/2026. JSON keeps plain numbers; this is for pages and documents.
 * Registered as the bean {@code fmt} so page templates write {@code ${@fmt.number(x)}}.
 */
@Component("fmt")
public class VietnameseFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Strict, so that 31/02/2024 is refused rather than read as 29/02/2024. */
    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final ZoneId zone;

    public VietnameseFormat(MotCuaZone zone) {
        this.zone = zone.id();
    }

    /** A number with Vietnamese separators and at most two decimals: 8803 → 8.803; 90.17 → 90,17. */
    public String number(Number value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString()));
    }

    /** A day kept as 2026-11-27 (a form's date answer), written 27/11/2026; anything else as it is. */
    public String isoDate(String iso) {
        try {
            return iso == null ? "" : date(LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    /** A file's size as people read it: 532 B, 120 KB, 1,5 MB. */
    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return number(Math.round(bytes / 1024.0)) + " KB";
        }
        return number(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP)) + " MB";
    }

    /**
     * A percentage, with the two decimals the seed report prints whenever it has any, so that rates side by side
     * read alike: 85.75 → 85,75%; 56.4 → 56,40%; 100 → 100%.
     */
    public String percent(Number value) {
        return value == null ? "" : twoDecimals(value) + "%";
    }

    /** Points of an index (điểm), as the index is published: 90.17 → 90,17; 55.6 → 55,60; 3.9 → 3,90; 20 → 20. */
    public String points(Number value) {
        return value == null ? "" : twoDecimals(value);
    }

    /** A whole number as it is; any other rounded to exactly two decimals (a value that rounds to a whole one prints whole). */
    private String twoDecimals(Number value) {
        BigDecimal rounded = (value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString())).setScale(2,
                RoundingMode.HALF_UP);
        if (rounded.stripTrailingZeros().scale() <= 0) {
            return number(rounded);
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(rounded);
    }

    /**
     * The date line of an official document as Decree 30/2020/NĐ-CP writes it: "ngày 20 tháng 3 năm 2024",
     * with a leading zero only for days below 10 and for months 1 and 2 ("ngày 05 tháng 02 năm 2024"),
     * so that a day or month cannot be altered by adding a digit in front of it.
     */
    public static String documentDate(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** A date as a Vietnamese reader writes it in running text: 15/12/2023. */
    public String date(TemporalAccessor value) {
        if (value == null) {
            return "";
        }
        if (value instanceof OffsetDateTime time) {
            return DATE.format(time.atZoneSameInstant(zone));
        }
        if (value instanceof java.time.Instant instant) {
            return DATE.format(instant.atZone(zone));
        }
        return DATE.format(value);
    }

    public String dateTime(TemporalAccessor value) {
        if (value == null) {
            return "";
        }
        if (value instanceof OffsetDateTime time) {
            return DATE_TIME.format(time.atZoneSameInstant(zone));
        }
        if (value instanceof java.time.Instant instant) {
            return DATE_TIME.format(instant.atZone(zone));
        }
        if (value instanceof ZonedDateTime time) {
            return DATE_TIME.format(time.withZoneSameInstant(zone));
        }
        return DATE_TIME.format(value);
    }

    /** Parses a date typed as 27/11/2026 or as 2026-11-27; null for blank input; a year outside 1–9999 does not parse. */
    public LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        LocalDate date = trimmed.contains("/") ? LocalDate.parse(trimmed, STRICT_DATE) : LocalDate.parse(trimmed);
        if (date.getYear() < InputBounds.FIRST_YEAR || date.getYear() > InputBounds.LAST_YEAR) {
            throw new java.time.format.DateTimeParseException("The year is outside " + InputBounds.FIRST_YEAR + "–" + InputBounds.LAST_YEAR,
                    trimmed, 0);
        }
        return date;
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return symbols;
    }
}

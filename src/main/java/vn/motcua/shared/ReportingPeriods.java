package vn.motcua.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The reporting periods as officials name them ("Quý IV năm 2026", "6 tháng đầu năm 2025", "9 tháng
 * năm 2025", "Năm 2024"), and the ones a page offers: from the first year MotCua holds data for to
 * the current one, newest first, each with its standard window. A page's default is the latest
 * period whose window has ended.
 */
@Component
public class ReportingPeriods {

    private static final String[] ROMAN = { "", "I", "II", "III", "IV" };

    /** A period a chooser offers: its code, its name in the reader's language, its window [from, to) and whether it has ended. */
    public record Choice(String code, String label, LocalDate from, LocalDate to, boolean ended) {
    }

    private final MessageSource messages;
    private final MotCuaZone zone;
    private final int firstYear;

    ReportingPeriods(MessageSource messages, MotCuaZone zone, @Value("${motcua.reports.first-year:2024}") int firstYear) {
        this.messages = messages;
        this.zone = zone;
        this.firstYear = firstYear;
    }

    /** The period's name in the reader's language. */
    public String label(Period period) {
        return label(period, LocaleContextHolder.getLocale());
    }

    /** The period's name in the given language: an official document is Vietnamese whoever prints it. */
    public String label(Period period, Locale locale) {
        String year = String.valueOf(period.year());
        return switch (period.kind()) {
            case YEAR -> messages.getMessage("period.year", new Object[] { year }, locale);
            case H1 -> messages.getMessage("period.half", new Object[] { year }, locale);
            case NINE_MONTHS -> messages.getMessage("period.nine-months", new Object[] { year }, locale);
            default -> messages.getMessage("period.quarter",
                    new Object[] { ROMAN[period.quarterNumber()], year, String.valueOf(period.quarterNumber()) }, locale);
        };
    }

    /** The name of a period written as the API writes it ({@code 2026-Q4}); the text itself when it names none. */
    public String label(String code) {
        try {
            return label(Period.parse(code));
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    /** The latest quarter whose window has ended by today. */
    public Period latestEnded() {
        return latestEndedBy(zone.today());
    }

    /** The latest quarter whose window has ended by the day: the one before the quarter whose window holds the day. */
    public Period latestEndedBy(LocalDate day) {
        return quarterHolding(day).previous();
    }

    /** Every period from the first year to the current one, newest first; the current year's future ones left out. */
    public List<Choice> choices() {
        LocalDate today = zone.today();
        List<Choice> choices = new ArrayList<>();
        for (int year = Math.max(firstYear, quarterHolding(today).year()); year >= firstYear; year--) {
            for (Period.Kind kind : List.of(Period.Kind.YEAR, Period.Kind.NINE_MONTHS, Period.Kind.Q4, Period.Kind.Q3,
                    Period.Kind.H1, Period.Kind.Q2, Period.Kind.Q1)) {
                Period period = new Period(year, kind);
                if (period.windowStart().isAfter(today)) {
                    continue;
                }
                choices.add(new Choice(period.name(), label(period), period.windowStart(), period.windowEnd(),
                        !period.windowEnd().isAfter(today)));
            }
        }
        return choices;
    }

    private static Period quarterHolding(LocalDate day) {
        // A day from the 15th of a quarter's last month on belongs to the next quarter's window.
        LocalDate shifted = day.plusMonths(day.getDayOfMonth() >= 15 ? 1 : 0);
        return new Period(shifted.getYear(), Period.Kind.values()[(shifted.getMonthValue() - 1) / 3]);
    }
}

package vn.motcua.calendar;

import java.time.LocalDate;

/** A day the calendar treats specially, with its name and, for a yearly decision, the notice it comes from. */
public record Holiday(LocalDate date, String name, DayKind kind, String source) {
}

package vn.motcua.calendar;

/** What a listed day is: a public holiday by law, an extra or compensatory day off, or a weekend day worked. */
public enum DayKind {
    /** Ngày lễ, Tết by the Labour Code's rules. */
    HOLIDAY,
    /** Ngày nghỉ bù, nghỉ hoán đổi: a day off decided for the year. */
    DAY_OFF,
    /** Ngày làm bù: a day that is worked although it would not be (a Saturday swapped, usually). */
    WORKDAY
}

package vn.motcua.calendar;

/** How a completion compares with its due time: trước hạn, đúng hạn, quá hạn. */
public enum Timeliness {
    /** Completed on a working day before the day it was due. */
    EARLY,
    /** Completed on the day it was due, by the due time. */
    ON_TIME,
    /** Completed after the due time. */
    LATE
}

package vn.motcua.calendar;

/**
 * A processing time in working days or working hours (thời hạn giải quyết). A working day is one
 * day's office hours, so N working days are N × (hours per day) working hours.
 */
public record WorkingDuration(int amount, Unit unit) {

    /** The unit a processing time is counted in. */
    public enum Unit {
        DAYS, HOURS
    }

    public WorkingDuration {
        if (amount < 0) {
            throw new IllegalArgumentException("A processing time cannot be negative: " + amount);
        }
        if (unit == null) {
            throw new IllegalArgumentException("A processing time needs a unit");
        }
    }

    public static WorkingDuration days(int days) {
        return new WorkingDuration(days, Unit.DAYS);
    }

    public static WorkingDuration hours(int hours) {
        return new WorkingDuration(hours, Unit.HOURS);
    }
}

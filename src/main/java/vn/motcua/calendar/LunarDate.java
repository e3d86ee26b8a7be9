package vn.motcua.calendar;

/** Ngày âm lịch: a day of the Vietnamese lunar calendar; {@code leap} marks a day of a leap month (tháng nhuận). */
public record LunarDate(int year, int month, int day, boolean leap) {

    public LunarDate {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("No lunar day " + day + "/" + month);
        }
    }
}

package vn.motcua.domain.calendar;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch).
 *
 * @param year      the lunar year, numbered as the solar year in which its first day (Tết) falls
 * @param month     1–12
 * @param day       1–30
 * @param leapMonth true in a leap month (tháng nhuận), which repeats the number of the month before it
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

    public LunarDate {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("invalid lunar date " + day + "/" + month + "/" + year);
        }
    }

    /** Vietnamese notation, e.g. "10/3 âm lịch năm 2025", "01/6 (nhuận) âm lịch năm 2025". */
    @Override
    public String toString() {
        return String.format("%02d/%d%s âm lịch năm %d", day, month, leapMonth ? " (nhuận)" : "", year);
    }
}

package vn.motcua.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates a calendar year that has not been officially announced from the statutory rules (Labour Code Art. 112,
 * DOMAIN.md §4.3): 1/1; Tết 5 days (the last day of the old lunar year and the 1st–4th of the new one); Giỗ Tổ Hùng
 * Vương 10/3 lunar; 30/4; 1/5; Quốc khánh 2/9 plus one adjacent day. A holiday on a weekly rest day is compensated
 * on the next working day(s) not already off. Swaps (hoán đổi) decided each year by the Ministry cannot be foreseen,
 * so the result is marked provisional.
 *
 * <p>Only non-working weekdays are listed (as in the official tables): a holiday on a rest day appears through its
 * compensation day.
 */
public final class ProvisionalCalendar {

    /** The source string of generated years. */
    public static final String SOURCE = "provisional (statutory rules)";

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    private final Set<DayOfWeek> restDays;
    private final LunarCalendar lunar;

    /** Generator for an office whose weekly rest days are Saturday and Sunday. */
    public ProvisionalCalendar() {
        this(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    /** Generator for an office with the given weekly rest days. */
    public ProvisionalCalendar(Set<DayOfWeek> restDays) {
        this.restDays = restDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(restDays);
        this.lunar = LunarCalendar.VIETNAM;
    }

    /** The provisional calendar table of a solar year (supported: the range of {@link LunarCalendar}). */
    public CalendarYear generate(int year) {
        Map<LocalDate, String> holidays = statutoryHolidays(year);
        Map<LocalDate, String> off = new TreeMap<>();
        holidays.forEach((date, text) -> {
            if (!isRestDay(date)) {
                off.put(date, text);
            }
        });
        holidays.forEach((date, text) -> {
            if (isRestDay(date)) {
                LocalDate comp = nextFreeWorkingDay(date, holidays, off);
                off.put(comp, "Nghỉ bù " + text + " (" + weekdayVi(date) + " " + date.format(DAY_MONTH) + ")");
            }
        });
        List<CalendarEntry> entries = new ArrayList<>();
        off.forEach((date, text) -> entries.add(CalendarEntry.dayOff(date, text)));
        return new CalendarYear(year, true, SOURCE, entries);
    }

    /** All statutory holiday dates of the year, in date order, whatever day of the week they fall on. */
    Map<LocalDate, String> statutoryHolidays(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        add(days, LocalDate.of(year, 1, 1), "Tết Dương lịch");
        LocalDate tet = lunar.solarDate(year, 1, 1);
        for (LocalDate d = tet.minusDays(1); d.isBefore(tet.plusDays(4)); d = d.plusDays(1)) {
            add(days, d, "Tết Nguyên đán");
        }
        add(days, lunar.solarDate(year, 3, 10), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        add(days, LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)");
        add(days, LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)");
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        add(days, nationalDay, "Quốc khánh (2/9)");
        add(days, nationalDayCompanion(nationalDay), "Quốc khánh (ngày liền kề)");
        return days;
    }

    /**
     * The day next to 2/9 that is also off: the adjacent weekday that joins the break to a weekend when there is one
     * (1/9 first), otherwise 1/9 if it is a weekday, otherwise 3/9.
     */
    LocalDate nationalDayCompanion(LocalDate nationalDay) {
        LocalDate before = nationalDay.minusDays(1);
        LocalDate after = nationalDay.plusDays(1);
        boolean nationalDayOnRest = isRestDay(nationalDay);
        if (!isRestDay(before) && (nationalDayOnRest || isRestDay(before.minusDays(1)))) {
            return before;
        }
        if (!isRestDay(after) && (nationalDayOnRest || isRestDay(after.plusDays(1)))) {
            return after;
        }
        return isRestDay(before) ? after : before;
    }

    private static void add(Map<LocalDate, String> days, LocalDate date, String text) {
        days.merge(date, text, (a, b) -> a + "; " + b);
    }

    private LocalDate nextFreeWorkingDay(LocalDate date, Map<LocalDate, String> holidays, Map<LocalDate, String> off) {
        LocalDate d = date.plusDays(1);
        while (isRestDay(d) || holidays.containsKey(d) || off.containsKey(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private boolean isRestDay(LocalDate date) {
        return restDays.contains(date.getDayOfWeek());
    }

    private static final String[] WEEKDAYS_VI =
            {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};

    private static String weekdayVi(LocalDate date) {
        return WEEKDAYS_VI[date.getDayOfWeek().ordinal()];
    }
}

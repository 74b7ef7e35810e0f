package vn.motcua.domain.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The 2025 and 2026 tables of DOMAIN.md §4.3 typed in by hand, independent of the shipped JSON resource (which is
 * compared against this in {@code OfficialCalendarResourceTest}).
 */
public final class TestCalendars {

    private TestCalendars() {
    }

    public static CalendarYear year2025() {
        return new CalendarYear(2025, false, "DOMAIN.md §4.3", List.of(
                off("2025-01-01"),
                off("2025-01-27"), off("2025-01-28"), off("2025-01-29"), off("2025-01-30"), off("2025-01-31"),
                off("2025-04-07"),
                work("2025-04-26"),
                off("2025-04-30"), off("2025-05-01"), off("2025-05-02"),
                off("2025-09-01"), off("2025-09-02")));
    }

    public static CalendarYear year2026() {
        return new CalendarYear(2026, false, "DOMAIN.md §4.3", List.of(
                off("2026-01-01"), off("2026-01-02"), work("2026-01-10"),
                off("2026-02-16"), off("2026-02-17"), off("2026-02-18"), off("2026-02-19"), off("2026-02-20"),
                off("2026-04-27"),
                off("2026-04-30"), off("2026-05-01"),
                work("2026-08-22"),
                off("2026-08-31"), off("2026-09-01"), off("2026-09-02")));
    }

    /** Saturday/Sunday rest days with the official 2025 and 2026 tables. */
    public static WorkingCalendar official() {
        return WorkingCalendar.of(List.of(year2025(), year2026()));
    }

    private static CalendarEntry off(String date) {
        return CalendarEntry.dayOff(LocalDate.parse(date), "nghỉ");
    }

    private static CalendarEntry work(String date) {
        return CalendarEntry.workingDay(LocalDate.parse(date), "làm bù");
    }
}

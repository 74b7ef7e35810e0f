package vn.motcua.domain.calendar;

import java.time.LocalDate;

/**
 * One line of the calendar table: an extra day off (holiday, compensation) or a make-up working day (ngày làm bù)
 * on a weekly rest day, with the Vietnamese description shown to the clerk.
 */
public record CalendarEntry(LocalDate date, DayKind kind, String description) {

    public CalendarEntry {
        if (date == null || kind == null) {
            throw new IllegalArgumentException("calendar entry needs a date and a kind");
        }
        description = description == null ? "" : description.strip();
    }

    /** An extra day off. */
    public static CalendarEntry dayOff(LocalDate date, String description) {
        return new CalendarEntry(date, DayKind.DAY_OFF, description);
    }

    /** A make-up working day. */
    public static CalendarEntry workingDay(LocalDate date, String description) {
        return new CalendarEntry(date, DayKind.WORKING_DAY, description);
    }
}

package vn.motcua.domain.calendar;

import java.time.LocalTime;

/**
 * The office's settings for computing appointments (DOMAIN.md §4.2).
 *
 * @param sessions                 the daily working sessions
 * @param sameDayCutoff            papers received after this time count from the next working day (15:00)
 * @param sameDayLateMode          due time of a same-day procedure received after the cut-off
 * @param calendarDaysSkipHolidays for "ngày" (calendar days): official days off are not counted (§4.1 variant)
 */
public record AppointmentRules(WorkingSessions sessions, LocalTime sameDayCutoff, SameDayLateMode sameDayLateMode,
                               boolean calendarDaysSkipHolidays) {

    /** Default sessions, cut-off 15:00, end of day for late same-day papers, calendar days count holidays. */
    public static final AppointmentRules DEFAULT = new AppointmentRules(
            WorkingSessions.DEFAULT, LocalTime.of(15, 0), SameDayLateMode.END_OF_DAY, false);

    public AppointmentRules {
        if (sessions == null || sameDayCutoff == null || sameDayLateMode == null) {
            throw new IllegalArgumentException("sessions, cut-off and same-day mode are required");
        }
        if (sameDayCutoff.isBefore(sessions.morningStart()) || sameDayCutoff.isAfter(sessions.afternoonEnd())) {
            throw new IllegalArgumentException("Giờ chốt tiếp nhận trong ngày (" + sameDayCutoff
                    + ") phải nằm trong giờ làm việc");
        }
    }

    public AppointmentRules withSessions(WorkingSessions value) {
        return new AppointmentRules(value, sameDayCutoff, sameDayLateMode, calendarDaysSkipHolidays);
    }

    public AppointmentRules withSameDayCutoff(LocalTime value) {
        return new AppointmentRules(sessions, value, sameDayLateMode, calendarDaysSkipHolidays);
    }

    public AppointmentRules withSameDayLateMode(SameDayLateMode value) {
        return new AppointmentRules(sessions, sameDayCutoff, value, calendarDaysSkipHolidays);
    }

    public AppointmentRules withCalendarDaysSkipHolidays(boolean value) {
        return new AppointmentRules(sessions, sameDayCutoff, sameDayLateMode, value);
    }
}

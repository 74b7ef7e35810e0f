package vn.motcua.domain.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import vn.motcua.domain.catalog.ProcessingTime;
import vn.motcua.domain.catalog.TimeUnit;

/**
 * Computes appointments (ngày hẹn trả) and working time on a {@link WorkingCalendar} (DOMAIN.md §4.2):
 * <ol>
 *   <li>the receipt is normalised to the next working moment;</li>
 *   <li>"Trong ngày": received up to the cut-off → end of the afternoon session that day, else the next working day
 *       (end of day or same clock time, see {@link SameDayLateMode});</li>
 *   <li>n working days: the start date advanced by n working days, same clock time;</li>
 *   <li>n calendar days: start + n days, moved to the next working day when it lands on a non-working day;</li>
 *   <li>h working hours: walk the sessions.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class AppointmentCalculator {

    private final WorkingCalendar calendar;
    private final AppointmentRules rules;
    private final WorkingSessions sessions;

    public AppointmentCalculator(WorkingCalendar calendar, AppointmentRules rules) {
        if (calendar == null || rules == null) {
            throw new IllegalArgumentException("calendar and rules are required");
        }
        this.calendar = calendar;
        this.rules = rules;
        this.sessions = rules.sessions();
    }

    /**
     * The appointment for papers received at {@code receivedAt}.
     *
     * @param cutoffApplies for units other than "Trong ngày": papers received after the cut-off start counting at
     *                      the next working day's morning start. "Trong ngày" always applies the cut-off (it is part
     *                      of its definition).
     */
    public Appointment compute(LocalDateTime receivedAt, ProcessingTime time, boolean cutoffApplies) {
        if (receivedAt == null || time == null) {
            throw new IllegalArgumentException("receipt time and processing time are required");
        }
        LocalDateTime start = nextWorkingMoment(receivedAt);
        if (cutoffApplies && time.unit() != TimeUnit.SAME_DAY && afterCutoff(start)) {
            start = calendar.nextWorkingDay(start.toLocalDate()).atTime(sessions.morningStart());
        }
        LocalDateTime due = switch (time.unit()) {
            case SAME_DAY -> sameDay(start);
            case WORKING_DAY -> plusWorkingDays(start.toLocalDate(), time.value()).atTime(start.toLocalTime());
            case CALENDAR_DAY -> time.value() == 0 ? start
                    : calendar.workingDayOnOrAfter(plusCalendarDays(start.toLocalDate(), time.value()))
                            .atTime(start.toLocalTime());
            case WORKING_HOUR -> addWorkingMinutes(start, time.value() * 60L);
        };
        return new Appointment(start, due, touchesProvisionalYear(receivedAt.getYear(), due.getYear()));
    }

    /**
     * The moment working time next runs from {@code t}: {@code t} itself inside a session; the morning start before
     * it; the afternoon start during lunch; the next working day's morning start after the afternoon end or on a
     * non-working day.
     */
    public LocalDateTime nextWorkingMoment(LocalDateTime t) {
        LocalDate date = t.toLocalDate();
        LocalTime time = t.toLocalTime();
        if (!calendar.isWorkingDay(date) || !time.isBefore(sessions.afternoonEnd())) {
            return calendar.nextWorkingDay(date).atTime(sessions.morningStart());
        }
        if (time.isBefore(sessions.morningStart())) {
            return date.atTime(sessions.morningStart());
        }
        if (!time.isBefore(sessions.morningEnd()) && time.isBefore(sessions.afternoonStart())) {
            return date.atTime(sessions.afternoonStart());
        }
        return t;
    }

    /**
     * Working minutes between two moments; negative when {@code to} is before {@code from}
     * ({@code workingMinutesBetween(a, b) == -workingMinutesBetween(b, a)}).
     */
    public long workingMinutesBetween(LocalDateTime from, LocalDateTime to) {
        if (to.isBefore(from)) {
            return -workingMinutesBetween(to, from);
        }
        long total = 0;
        for (LocalDate d = from.toLocalDate(); !d.isAfter(to.toLocalDate()); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                LocalTime lo = d.equals(from.toLocalDate()) ? from.toLocalTime() : LocalTime.MIN;
                LocalTime hi = d.equals(to.toLocalDate()) ? to.toLocalTime() : null;
                total += sessions.minutesInside(lo, hi);
            }
        }
        return total;
    }

    /**
     * The earliest moment at which {@code minutes} of working time have passed since {@code from}. A result that
     * falls exactly on the end of a session stays there (e.g. 17:00, not 07:00 the next day). Zero minutes gives
     * {@code from} unchanged.
     *
     * @throws IllegalArgumentException for negative minutes
     */
    public LocalDateTime addWorkingMinutes(LocalDateTime from, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative, was " + minutes);
        }
        if (minutes == 0) {
            return from;
        }
        long remaining = minutes;
        LocalDateTime t = nextWorkingMoment(from);
        while (true) {
            LocalTime sessionEnd = sessions.inMorning(t.toLocalTime()) ? sessions.morningEnd() : sessions.afternoonEnd();
            long available = Duration.between(t.toLocalTime(), sessionEnd).toMinutes();
            if (remaining <= available) {
                return t.plusMinutes(remaining);
            }
            remaining -= available;
            t = nextWorkingMoment(t.toLocalDate().atTime(sessionEnd));
        }
    }

    /** The rules this calculator applies. */
    public AppointmentRules rules() {
        return rules;
    }

    /** The calendar this calculator uses. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    private boolean afterCutoff(LocalDateTime start) {
        return start.toLocalTime().isAfter(rules.sameDayCutoff());
    }

    private LocalDateTime sameDay(LocalDateTime start) {
        if (!afterCutoff(start)) {
            return start.toLocalDate().atTime(sessions.afternoonEnd());
        }
        LocalDate next = calendar.nextWorkingDay(start.toLocalDate());
        return switch (rules.sameDayLateMode()) {
            case END_OF_DAY -> next.atTime(sessions.afternoonEnd());
            case SAME_CLOCK_TIME -> next.atTime(start.toLocalTime());
        };
    }

    private LocalDate plusWorkingDays(LocalDate date, int n) {
        LocalDate d = date;
        for (int i = 0; i < n; i++) {
            d = calendar.nextWorkingDay(d);
        }
        return d;
    }

    private LocalDate plusCalendarDays(LocalDate date, int n) {
        if (!rules.calendarDaysSkipHolidays()) {
            return date.plusDays(n);
        }
        LocalDate d = date;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (!calendar.isHoliday(d)) {
                counted++;
            }
        }
        return d;
    }

    private boolean touchesProvisionalYear(int fromYear, int toYear) {
        for (int y = fromYear; y <= toYear; y++) {
            if (calendar.isProvisional(y)) {
                return true;
            }
        }
        return false;
    }
}

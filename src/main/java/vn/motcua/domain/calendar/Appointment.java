package vn.motcua.domain.calendar;

import java.time.LocalDateTime;

/**
 * The result of an appointment computation.
 *
 * @param start               the moment the processing time starts counting (normalised receipt, after the cut-off
 *                            rule)
 * @param appointmentAt       the appointment (ngày hẹn trả)
 * @param provisionalCalendar true when a day between receipt and appointment lies in a year whose calendar is
 *                            provisional (not officially announced): the UI should warn
 */
public record Appointment(LocalDateTime start, LocalDateTime appointmentAt, boolean provisionalCalendar) {

    public Appointment {
        if (start == null || appointmentAt == null) {
            throw new IllegalArgumentException("start and appointment are required");
        }
        if (appointmentAt.isBefore(start)) {
            throw new IllegalArgumentException("appointment " + appointmentAt + " before start " + start);
        }
    }
}

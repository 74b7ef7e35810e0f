package vn.motcua.domain.dossier;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Computes the lateness flags of DOMAIN.md §2.4: live flags for the queues (against the effective appointment,
 * i.e. an apology's new date when there is one) and statistics flags (against the statutory appointment, at date
 * granularity). "Quá hạn" is a flag, never a status.
 */
public final class TimeFlags {

    private TimeFlags() {
    }

    /**
     * The flag shown in live queues at {@code now}. Open dossiers (2, 4, 6): overdue after the effective appointment,
     * due soon within {@code dueSoonWindow} of it, else within time. Waiting for a supplement (5): within time, the
     * clock is paused. Finished (9, 10): early / on time / late per §2.4. Withdrawn (7): on time. 1, 3, 8: none.
     */
    public static TimeFlag of(Dossier d, LocalDateTime now, Duration dueSoonWindow) {
        Objects.requireNonNull(now, "now");
        if (dueSoonWindow == null || dueSoonWindow.isNegative()) {
            throw new IllegalArgumentException("due-soon window must be zero or positive, was " + dueSoonWindow);
        }
        return switch (d.status()) {
            case NEW, PROCESSING, PAYING -> liveFlag(d.effectiveAppointment(), now, dueSoonWindow);
            case WAITING -> TimeFlag.WITHIN_TIME;
            case RELEASING, DONE -> finishedFlag(d);
            case CANCELLED -> TimeFlag.ON_TIME;
            case RECEIVING, DENIED, UNRESOLVED -> TimeFlag.NONE;
        };
    }

    /**
     * How late a dossier is, in calendar days. Open (2, 4, 6): days from the effective appointment's date to
     * {@code now}'s date, at least 1 once the appointment time has passed. Finished (9, 10): days the end of
     * processing is past the statutory appointment's date. Otherwise, or when not late: 0.
     */
    public static long daysLate(Dossier d, LocalDateTime now) {
        Objects.requireNonNull(now, "now");
        return switch (d.status()) {
            case NEW, PROCESSING, PAYING -> openDaysLate(d.effectiveAppointment(), now);
            case RELEASING, DONE -> d.appointmentAt() == null ? 0
                    : Math.max(0, ChronoUnit.DAYS.between(d.appointmentAt().toLocalDate(), finishDate(d)));
            default -> 0;
        };
    }

    /**
     * The flag for a periodic report ending on {@code periodEnd} (§2.4, Biểu II.06a). Finished by the period end
     * (9, 10): early / on time / late; withdrawn by then (7): on time. Still open at the period end (including ones
     * finished later): overdue when the statutory appointment's date is before {@code periodEnd}, else within time;
     * waiting for a supplement at the period end, or stopped by then: within time. Received after the period, or
     * never received (1, 3): none.
     */
    public static TimeFlag statisticsFlag(Dossier d, LocalDate periodEnd) {
        Objects.requireNonNull(periodEnd, "periodEnd");
        DossierStatus s = d.status();
        if (s == DossierStatus.RECEIVING || s == DossierStatus.DENIED
                || d.receivedAt().toLocalDate().isAfter(periodEnd)) {
            return TimeFlag.NONE;
        }
        boolean endedByPeriodEnd = s.isClosed() && !finishDate(d).isAfter(periodEnd);
        if (endedByPeriodEnd) {
            return switch (s) {
                case RELEASING, DONE -> finishedFlag(d);
                case CANCELLED -> TimeFlag.ON_TIME;
                default -> TimeFlag.WITHIN_TIME;
            };
        }
        if (waitingAt(d, periodEnd)) {
            return TimeFlag.WITHIN_TIME;
        }
        LocalDateTime due = appointmentAsOf(d, periodEnd);
        return due != null && due.toLocalDate().isBefore(periodEnd) ? TimeFlag.OVERDUE : TimeFlag.WITHIN_TIME;
    }

    /**
     * The one definition of "Sắp đến hạn" (the side bar's queue, the time flag, the supervisor's figure): an open
     * dossier whose effective appointment is from {@code now} up to {@code now + window} inclusive. Returns the first
     * instant after that range (appointments are kept to the second).
     */
    public static LocalDateTime dueSoonEnd(LocalDateTime now, Duration window) {
        return now.plus(window).plusSeconds(1);
    }

    private static TimeFlag liveFlag(LocalDateTime due, LocalDateTime now, Duration window) {
        if (due == null) {
            return TimeFlag.WITHIN_TIME;
        }
        if (now.isAfter(due)) {
            return TimeFlag.OVERDUE;
        }
        return now.plus(window).isBefore(due) ? TimeFlag.WITHIN_TIME : TimeFlag.DUE_SOON;
    }

    /** §2.4 at date granularity against the statutory appointment; no appointment counts as on time. */
    private static TimeFlag finishedFlag(Dossier d) {
        if (d.appointmentAt() == null) {
            return TimeFlag.ON_TIME;
        }
        int cmp = finishDate(d).compareTo(d.appointmentAt().toLocalDate());
        return cmp < 0 ? TimeFlag.EARLY : cmp == 0 ? TimeFlag.ON_TIME : TimeFlag.LATE;
    }

    private static long openDaysLate(LocalDateTime due, LocalDateTime now) {
        if (due == null || !now.isAfter(due)) {
            return 0;
        }
        return Math.max(1, ChronoUnit.DAYS.between(due.toLocalDate(), now.toLocalDate()));
    }

    private static LocalDate finishDate(Dossier d) {
        if (d.finishedAt() == null) {
            throw new IllegalStateException("dossier " + d.code() + " in status " + d.status().code()
                    + " has no end-of-processing time (finishedAt)");
        }
        return d.finishedAt().toLocalDate();
    }

    /** A supplement was requested by the period end and not completed by then. */
    private static boolean waitingAt(Dossier d, LocalDate periodEnd) {
        return d.supplements().stream().anyMatch(round -> !round.requestedAt().toLocalDate().isAfter(periodEnd)
                && (round.completedAt() == null || round.completedAt().toLocalDate().isAfter(periodEnd)));
    }

    /** The statutory appointment as it stood at the period end: before any supplement completed after it. */
    private static LocalDateTime appointmentAsOf(Dossier d, LocalDate periodEnd) {
        return d.supplements().stream()
                .filter(round -> round.completedAt() != null && round.completedAt().toLocalDate().isAfter(periodEnd))
                .findFirst()
                .map(SupplementRound::dueBefore)
                .orElse(d.appointmentAt());
    }
}

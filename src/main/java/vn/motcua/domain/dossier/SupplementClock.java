package vn.motcua.domain.dossier;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.domain.catalog.SupplementClockPolicy;

/** Opens and closes supplement rounds and moves the appointment when processing resumes (DOMAIN.md §2.3). */
final class SupplementClock {

    private final AppointmentClock clock;

    SupplementClock(AppointmentClock clock) {
        this.clock = clock;
    }

    /** Status 4 → 5: appends round n+1 with the appointment as it stood before the pause. */
    void pause(Dossier d, Dossier.Builder b, ActionRequest r, String content) {
        List<SupplementRound> rounds = new ArrayList<>(d.supplements());
        rounds.add(new SupplementRound(rounds.size() + 1, r.at(), r.actor().fullName(), content,
                r.supplementDeadline(), null, d.appointmentAt(), null));
        b.supplements(rounds);
    }

    /** Status 5 → 4: closes the open round and sets the new appointment per {@code policy}. */
    void resume(Dossier d, Dossier.Builder b, LocalDateTime resumedAt, SupplementClockPolicy policy) {
        List<SupplementRound> rounds = new ArrayList<>(d.supplements());
        int last = rounds.size() - 1;
        SupplementRound open = openRound(d);
        LocalDateTime newDue = newAppointment(d, open, resumedAt, policy);
        rounds.set(last, new SupplementRound(open.round(), open.requestedAt(), open.requestedBy(), open.content(),
                open.deadline(), resumedAt, open.dueBefore(), newDue));
        b.supplements(rounds).appointmentAt(newDue).rescheduledAt(newRescheduled(d, open, resumedAt, newDue, policy));
    }

    /** The round a dossier in status 5 is waiting on: always the last one. */
    static SupplementRound openRound(Dossier d) {
        List<SupplementRound> rounds = d.supplements();
        if (rounds.isEmpty() || !rounds.get(rounds.size() - 1).isOpen()) {
            throw new IllegalStateException("dossier " + d.code() + " is waiting for a supplement but has no open"
                    + " supplement round");
        }
        return rounds.get(rounds.size() - 1);
    }

    private LocalDateTime newAppointment(Dossier d, SupplementRound open, LocalDateTime resumedAt,
            SupplementClockPolicy policy) {
        LocalDateTime oldDue = d.appointmentAt();
        if (oldDue == null) {
            return null;
        }
        if (recomputes(d, policy)) {
            return clock.dueFrom(resumedAt, d.processingTime());
        }
        return clock.shiftByPause(oldDue, open.requestedAt(), resumedAt);
    }

    /**
     * An apology's new date follows the clock: shifted by the pause, or dropped under recomputation when the
     * recomputed statutory appointment is not earlier than it (a promise earlier than the new clock would show
     * the dossier overdue for no fault). Without a statutory appointment the promise is kept.
     */
    private LocalDateTime newRescheduled(Dossier d, SupplementRound open, LocalDateTime resumedAt,
            LocalDateTime newDue, SupplementClockPolicy policy) {
        LocalDateTime promised = d.rescheduledAt();
        if (promised == null) {
            return null;
        }
        if (!recomputes(d, policy)) {
            return clock.shiftByPause(promised, open.requestedAt(), resumedAt);
        }
        return newDue == null || promised.isAfter(newDue) ? promised : null;
    }

    /** Recomputation needs the statutory time; without one the old appointment is shifted instead. */
    private static boolean recomputes(Dossier d, SupplementClockPolicy policy) {
        return policy != SupplementClockPolicy.SHIFT_BY_PAUSE && d.processingTime() != null;
    }
}

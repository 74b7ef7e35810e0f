package vn.motcua.domain.dossier;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The states a dossier has been in, from its progress log, so that a report for a closed period can use the status
 * each dossier had at the end of that period (DOMAIN.md §2.4) whatever happened to it since.
 *
 * <p>Each progress entry starts a state: its status, from its time until the next entry's time. The last entry's
 * state is the dossier's current one (its own row); only the earlier, superseded states are returned. Per state:
 * <ul>
 *   <li>finished at: the time of the latest entry up to it that ended processing (7, 8 or 9) — a returned dossier (10)
 *       keeps the time it was finished;</li>
 *   <li>appointment: the statutory appointment in force then. It moves only with the supplement clock: while a
 *       supplement round had not been completed by the state's start, the appointment was that round's
 *       {@code dueBefore}; once every round was completed, it is the dossier's current appointment.</li>
 * </ul>
 */
public final class StatusHistory {

    /** One superseded state: {@code [since, until)}. */
    public record State(LocalDateTime since, LocalDateTime until, DossierStatus status, LocalDateTime appointmentAt,
                        LocalDateTime finishedAt) {
    }

    private StatusHistory() {
    }

    /** When the current state began: the last entry's time, or for a dossier without a log its latest own date. */
    public static LocalDateTime currentSince(Dossier d, List<ProgressEntry> log) {
        if (log != null && !log.isEmpty()) {
            return log.get(log.size() - 1).at();
        }
        LocalDateTime t = d.receivedAt();
        for (LocalDateTime x : new LocalDateTime[] {d.finishedAt(), d.returnedAt()}) {
            if (x != null && x.isAfter(t)) {
                t = x;
            }
        }
        return t;
    }

    /** The superseded states of {@code d}, oldest first, from its log in the order it was written. */
    public static List<State> superseded(Dossier d, List<ProgressEntry> log) {
        List<State> out = new ArrayList<>();
        LocalDateTime finished = null;
        for (int i = 0; i + 1 < (log == null ? 0 : log.size()); i++) {
            ProgressEntry e = log.get(i);
            if (e.status() == DossierStatus.CANCELLED || e.status() == DossierStatus.UNRESOLVED
                    || e.status() == DossierStatus.RELEASING) {
                finished = e.at();
            }
            LocalDateTime until = log.get(i + 1).at();
            // a clock that went backwards between two entries: the state lasted no time (it never covers a moment)
            out.add(new State(e.at(), until.isBefore(e.at()) ? e.at() : until, e.status(), appointmentAt(d, e.at()),
                    finished));
        }
        return out;
    }

    /** The statutory appointment in force at {@code t} (see the class comment). */
    static LocalDateTime appointmentAt(Dossier d, LocalDateTime t) {
        for (SupplementRound r : d.supplements()) {
            if (r.completedAt() == null || r.completedAt().isAfter(t)) {
                return r.dueBefore() != null ? r.dueBefore() : d.appointmentAt();
            }
        }
        return d.appointmentAt();
    }
}

package vn.motcua.domain.dossier;

import java.time.LocalDateTime;
import vn.motcua.domain.catalog.ProcessingTime;

/**
 * The appointment arithmetic the lifecycle needs, implemented over the working calendar (DOMAIN.md §4).
 * Kept as an interface so the status machine does not depend on the calendar's data.
 */
public interface AppointmentClock {

    /** The due time when processing of {@code time} starts at {@code start} (e.g. on completion of a supplement). */
    LocalDateTime dueFrom(LocalDateTime start, ProcessingTime time);

    /**
     * The old due time moved later by the time the clock was paused (from {@code pausedAt} to {@code resumedAt}),
     * snapped to a working moment (DOMAIN.md §2.3, policy (a)).
     */
    LocalDateTime shiftByPause(LocalDateTime oldDue, LocalDateTime pausedAt, LocalDateTime resumedAt);
}

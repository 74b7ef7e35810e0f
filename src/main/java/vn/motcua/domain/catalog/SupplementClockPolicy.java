package vn.motcua.domain.catalog;

/** What happens to the appointment when a supplemented dossier resumes processing (DOMAIN.md §2.3). */
public enum SupplementClockPolicy {
    /** (b), the default "per the Decree": recompute the due date from the moment the supplement is complete, full time. */
    RECOMPUTE_FROM_COMPLETION,
    /** (a): shift the old due date by the time spent waiting, then snap to a working moment. */
    SHIFT_BY_PAUSE
}

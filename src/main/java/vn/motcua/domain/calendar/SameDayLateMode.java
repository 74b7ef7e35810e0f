package vn.motcua.domain.calendar;

/**
 * What a same-day ("Trong ngày") procedure received after the cut-off gets on the next working day
 * (DOMAIN.md §4.2 step 2, configurable).
 */
public enum SameDayLateMode {
    /** The end of the afternoon session of the next working day. */
    END_OF_DAY,
    /** The same clock time as the (normalised) receipt, on the next working day. */
    SAME_CLOCK_TIME
}

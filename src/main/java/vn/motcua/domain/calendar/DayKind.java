package vn.motcua.domain.calendar;

/** What an entry of the calendar table does to its date (DOMAIN.md §4.1: "Danh mục ngày nghỉ", plus make-up days). */
public enum DayKind {
    /** An extra day off on what would be a working day: a holiday, a compensation day, a swapped day. */
    DAY_OFF,
    /** A make-up working day (ngày làm bù) on what would be a weekly rest day. */
    WORKING_DAY
}

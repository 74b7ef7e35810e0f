package vn.motcua.domain.dossier;

/** Computed lateness flag (DOMAIN.md §2.4): "overdue" is a flag, never a status. */
public enum TimeFlag {
    /** Finished before the due date (trước hạn). */
    EARLY("Trước hạn"),
    /** Finished on the due date, or without a due date (đúng hạn). */
    ON_TIME("Đúng hạn"),
    /** Finished after the due date (quá hạn). */
    LATE("Quá hạn"),
    /** Open, due later than the due-soon window (trong hạn). */
    WITHIN_TIME("Trong hạn"),
    /** Open and due within the due-soon window (sắp đến hạn). */
    DUE_SOON("Sắp đến hạn"),
    /** Open and past the due time (quá hạn). */
    OVERDUE("Quá hạn"),
    /** Not subject to a clock (refused, online not yet accepted). */
    NONE("");

    private final String labelVi;

    TimeFlag(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}

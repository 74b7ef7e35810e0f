package vn.motcua.domain.rating;

/** The overall satisfaction question asked on the rating page and at the counter (DOMAIN.md §5.1). */
public enum RatingLevel {
    VERY_SATISFIED("Rất hài lòng"),
    SATISFIED("Hài lòng"),
    DISSATISFIED("Không hài lòng");

    private final String labelVi;

    RatingLevel(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }

    /** A reason is required for a negative rating. */
    public boolean reasonRequired() {
        return this == DISSATISFIED;
    }
}

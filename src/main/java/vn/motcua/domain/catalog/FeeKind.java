package vn.motcua.domain.catalog;

/** MAPHILEPHI: 1 = phí (service charge), 2 = lệ phí (administrative fee). */
public enum FeeKind {
    PHI(1, "Phí"),
    LE_PHI(2, "Lệ phí");

    private final int code;
    private final String labelVi;

    FeeKind(int code, String labelVi) {
        this.code = code;
        this.labelVi = labelVi;
    }

    public int code() {
        return code;
    }

    public String labelVi() {
        return labelVi;
    }
}

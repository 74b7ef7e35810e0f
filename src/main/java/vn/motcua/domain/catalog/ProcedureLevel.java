package vn.motcua.domain.catalog;

/** CAPTHUCHIEN: the level of government that carries a procedure out. */
public enum ProcedureLevel {
    MINISTRY(0, "Cấp Bộ"),
    PROVINCE(1, "Cấp tỉnh"),
    DISTRICT(2, "Cấp huyện"),
    COMMUNE(3, "Cấp xã");

    private final int code;
    private final String labelVi;

    ProcedureLevel(int code, String labelVi) {
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

package vn.motcua.domain.account;

/** Who manages a desk account: the desk's own administrator, or the province (the account comes down by sync). */
public enum AccountSource {
    /** Made and changed at this desk by its administrator. */
    LOCAL("Tại quầy"),
    /**
     * Made at the province's central server; the desk holds a copy that the next pull replaces. It cannot be edited
     * at the desk (name, role, enabling, password).
     */
    PROVINCE("Do tỉnh quản lý");

    private final String labelVi;

    AccountSource(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}

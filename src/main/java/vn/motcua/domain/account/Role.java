package vn.motcua.domain.account;

/** What a signed-in user may do at the desk (DOMAIN.md §9, Roles). */
public enum Role {
    /** Cán bộ một cửa: receives, forwards and returns dossiers. */
    CLERK("Cán bộ một cửa"),
    /** Lãnh đạo/Giám sát: everything a clerk does, plus the supervisor views. */
    SUPERVISOR("Lãnh đạo/Giám sát"),
    /** Quản trị: configuration and corrective actions such as revoking a hand-over. */
    ADMIN("Quản trị");

    private final String labelVi;

    Role(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}

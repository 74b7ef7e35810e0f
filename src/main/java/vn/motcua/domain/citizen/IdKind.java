package vn.motcua.domain.citizen;

/** Kind of identity paper a number belongs to (DOMAIN.md §6.1). */
public enum IdKind {
    /** 12-digit personal identification number, the number printed on a CCCD / căn cước card. */
    PERSONAL_ID("Số định danh cá nhân/CCCD"),
    /** Old 9-digit identity card (chứng minh nhân dân); accepted for legacy records only. */
    CMND("CMND"),
    /** Vietnamese passport: one letter and seven digits. */
    PASSPORT("Hộ chiếu");

    private final String labelVi;

    IdKind(String labelVi) {
        this.labelVi = labelVi;
    }

    /** The label a clerk sees, e.g. "Hộ chiếu". */
    public String labelVi() {
        return labelVi;
    }
}

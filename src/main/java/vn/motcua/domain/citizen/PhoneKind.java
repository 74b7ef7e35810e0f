package vn.motcua.domain.citizen;

/** Whether a Vietnamese phone number is a mobile (10 digits) or a landline (02xx area code, 11 digits). */
public enum PhoneKind {
    MOBILE("Di động"),
    LANDLINE("Cố định");

    private final String labelVi;

    PhoneKind(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}

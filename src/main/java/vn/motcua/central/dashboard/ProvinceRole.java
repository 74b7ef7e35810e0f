package vn.motcua.central.dashboard;

import java.util.Locale;
import java.util.Optional;

/** Roles of the province's dashboard accounts: the administrator also manages the accounts. */
public enum ProvinceRole {
    PROVINCE_ADMIN("province-admin", "Quản trị"),
    PROVINCE_VIEWER("province-viewer", "Xem số liệu");

    private final String cliName;
    private final String labelVi;

    ProvinceRole(String cliName, String labelVi) {
        this.cliName = cliName;
        this.labelVi = labelVi;
    }

    /** {@code province-admin} / {@code province-viewer}: the name on the command line and in forms. */
    public String cliName() {
        return cliName;
    }

    public String labelVi() {
        return labelVi;
    }

    /** The role named {@code province-admin}, {@code PROVINCE_ADMIN} (any case), or empty. */
    public static Optional<ProvinceRole> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ProvinceRole r : values()) {
            if (r.cliName.equals(s)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}

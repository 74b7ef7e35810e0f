package vn.motcua.domain.citizen;

import java.util.Locale;
import java.util.Optional;
import vn.motcua.domain.text.Text;

/** Sex as printed on an identity card ("Nam" / "Nữ"). */
public enum Sex {
    MALE("Nam"),
    FEMALE("Nữ");

    private final String labelVi;

    Sex(String labelVi) {
        this.labelVi = labelVi;
    }

    /** "Nam" or "Nữ". */
    public String labelVi() {
        return labelVi;
    }

    /**
     * Reads "Nam"/"Nữ" in any case, with or without the diacritic ("NU"), or the enum name.
     *
     * @return empty for anything else (blank included)
     */
    public static Optional<Sex> parse(String text) {
        String t = Text.nfc(text);
        if (t == null || t.isEmpty()) {
            return Optional.empty();
        }
        String folded = Text.fold(t);
        if (folded.equals("nam") || t.equalsIgnoreCase("MALE")) {
            return Optional.of(MALE);
        }
        if (folded.equals("nu") || t.toUpperCase(Locale.ROOT).equals("FEMALE")) {
            return Optional.of(FEMALE);
        }
        return Optional.empty();
    }
}

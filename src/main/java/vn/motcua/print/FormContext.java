package vn.motcua.print;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import vn.motcua.domain.office.OfficeProfile;

/**
 * What every form needs besides its dossier: the office (header texts), the template set, when it is printed and by
 * whom.
 *
 * @param clerkName full name of the person printing (signs as receiver / guide / refuser)
 */
public record FormContext(OfficeProfile office, TemplateSet templates, LocalDateTime printedAt, String clerkName) {
    private static final Locale VI = Locale.forLanguageTag("vi");

    public FormContext {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(printedAt, "printedAt");
        templates = templates == null ? TemplateSet.DEFAULT : templates;
        clerkName = clerkName == null ? "" : clerkName;
    }

    /** Header line 1, upper case: "ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ". */
    public String governingBody() {
        return upper(office.governingBody());
    }

    /** Header line 2, upper case: "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG". */
    public String unitUpper() {
        return upper(office.unitName());
    }

    /** The unit as a sentence subject: "Trung tâm phục vụ hành chính công". */
    public String unitSentence() {
        String u = office.unitName() == null || office.unitName().isBlank() ? "Bộ phận Một cửa" : office.unitName();
        String lower = u.strip().toLowerCase(VI);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String upper(String s) {
        return s == null ? "" : s.strip().toUpperCase(VI);
    }
}

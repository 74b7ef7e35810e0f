package vn.motcua.domain.office;

import java.util.List;
import java.util.Locale;

/**
 * The official header of the forms from the office's name, as a clerk types it: "UBND xã Quảng Phú", "Ủy ban nhân
 * dân xã Quảng Phú" and "Xã Quảng Phú" all give "ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ" (never "ỦY BAN NHÂN DÂN UBND XÃ …").
 */
public final class OfficeHeaders {
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Prefixes naming the people's committee or the centre; the usual spellings, compared without case. */
    private static final List<String> COMMITTEE = List.of("ủy ban nhân dân ", "uỷ ban nhân dân ", "ubnd ",
            "u.b.n.d ", "trung tâm phục vụ hành chính công ", "bộ phận một cửa ");

    private OfficeHeaders() {
    }

    /** Header line 1: "ỦY BAN NHÂN DÂN " and the commune (ward, special zone) in capitals. */
    public static String governingBody(String officeName) {
        String place = commune(officeName);
        return "ỦY BAN NHÂN DÂN " + place.toUpperCase(VI);
    }

    /** The office's name without the committee's or the centre's prefix: "UBND xã Quảng Phú" → "xã Quảng Phú". */
    public static String commune(String officeName) {
        String n = officeName == null ? "" : java.text.Normalizer.normalize(officeName, java.text.Normalizer.Form.NFC)
                .strip().replaceAll("\\s+", " ");
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            String lower = n.toLowerCase(VI);
            for (String p : COMMITTEE) {
                if (lower.startsWith(p) && n.length() > p.length()) {
                    n = n.substring(p.length()).strip();
                    stripped = true;
                    break;
                }
            }
        }
        return n;
    }
}

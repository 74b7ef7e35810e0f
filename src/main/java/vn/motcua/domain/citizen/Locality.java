package vn.motcua.domain.citizen;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Địa bàn phát sinh" of the logbook (DOMAIN.md §1.2): the commune-level unit (xã, phường, thị trấn, đặc khu) named in
 * an applicant's address. Centres receive dossiers regardless of administrative boundary (§0.1), so the column tells
 * where a dossier comes from. Blank when the address names none.
 */
public final class Locality {
    private static final Pattern UNIT = Pattern.compile(
            "(?iu)(?:^|[,;\\-–]\\s*|\\s)((?:xã|phường|thị trấn|đặc khu|tt\\.|p\\.|x\\.)\\s+[^,;]+)");

    private Locality() {
    }

    public static String of(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        Matcher m = UNIT.matcher(address);
        if (!m.find()) {
            return "";
        }
        String unit = m.group(1).strip();
        String lower = unit.toLowerCase(Locale.forLanguageTag("vi"));
        if (lower.startsWith("p.")) {
            unit = "Phường " + unit.substring(2).strip();
        } else if (lower.startsWith("x.")) {
            unit = "Xã " + unit.substring(2).strip();
        } else if (lower.startsWith("tt.")) {
            unit = "Thị trấn " + unit.substring(3).strip();
        } else {
            unit = Character.toUpperCase(unit.charAt(0)) + unit.substring(1);
        }
        return unit;
    }
}

package vn.motcua.domain.citizen;

import java.util.regex.Pattern;
import vn.motcua.domain.text.Msg;

/**
 * Checks Vietnamese phone numbers typed at the counter (DOMAIN.md §6.2) and brings them to national form:
 * a leading 0 and digits only. Spaces, dots, dashes, brackets and the country code {@code +84}, {@code 0084} or
 * {@code 84} are accepted.
 */
public final class PhoneNumbers {

    /** Mobile numbers, permissive list of network prefixes (DOMAIN.md §6.2). */
    private static final Pattern MOBILE = Pattern.compile("^0(3[2-9]|5[2-9]|7[06-9]|8[1-9]|9[0-9])\\d{7}$");
    /** Landlines: area code 02xx and a 7-digit subscriber number. */
    private static final Pattern LANDLINE = Pattern.compile("^02\\d{9}$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PhoneNumbers() {
    }

    /** Checks a typed phone number. */
    public static PhoneCheck check(String raw) {
        String s = Separators.strip(raw, ".()");
        if (s.isEmpty()) {
            return PhoneCheck.refused(Msg.of("phone.empty"));
        }
        if (s.startsWith("+") && !s.startsWith("+84")) {
            return PhoneCheck.refused(Msg.of("phone.foreign"));
        }
        String national = withoutCountryCode(s);
        if (!DIGITS.matcher(national).matches()) {
            return PhoneCheck.refused(Msg.of("phone.digits"));
        }
        return classify(national);
    }

    /**
     * Masks a phone number for screens, logs and public pages, keeping the last 3 digits
     * ({@code 0912345678} → {@code *******678}). Separators are removed first.
     *
     * @return the masked number, or {@code null} for {@code null}
     */
    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        String s = Separators.strip(phone, ".()+");
        if (s.length() <= 3) {
            return "*".repeat(s.length());
        }
        return "*".repeat(s.length() - 3) + s.substring(s.length() - 3);
    }

    private static String withoutCountryCode(String s) {
        String rest;
        if (s.startsWith("+84")) {
            rest = s.substring(3);
        } else if (s.startsWith("0084")) {
            rest = s.substring(4);
        } else if (s.startsWith("84") && (s.length() == 11 || s.length() == 12)) {
            rest = s.substring(2);
        } else {
            return s;
        }
        return rest.startsWith("0") ? rest : "0" + rest;
    }

    private static PhoneCheck classify(String n) {
        if (!n.startsWith("0")) {
            return PhoneCheck.refused(n.length() == 9 ? Msg.of("phone.leadingZero.missing")
                    : Msg.of("phone.leadingZero"));
        }
        if (n.length() == 10) {
            if (MOBILE.matcher(n).matches()) {
                return PhoneCheck.accepted(n, PhoneKind.MOBILE);
            }
            if (n.startsWith("02")) {
                return PhoneCheck.refused(Msg.of("phone.landline.length"));
            }
            return PhoneCheck.refused(Msg.of("phone.prefix.invalid", n.substring(0, 3)));
        }
        if (n.length() == 11) {
            if (LANDLINE.matcher(n).matches()) {
                return PhoneCheck.accepted(n, PhoneKind.LANDLINE);
            }
            if (n.startsWith("01")) {
                return PhoneCheck.refused(Msg.of("phone.prefix.old", n.substring(0, 4)));
            }
        }
        return PhoneCheck.refused(Msg.of("phone.length", n.length()));
    }
}

package vn.motcua.domain.citizen;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.motcua.domain.text.Text;

/**
 * A simple, sensible check of e-mail addresses typed at the counter: one {@code @}, a plain local part and a
 * domain with a dot and a letter top-level domain. No quoted local parts, IP-literal or internationalised domains.
 */
public final class Emails {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[A-Za-z]{2,63}");

    private Emails() {
    }

    /** True when {@code email} looks like a deliverable address, e.g. {@code ten.ho@gmail.com}. */
    public static boolean isValid(String email) {
        if (email == null || email.length() > 254) {
            return false;
        }
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || at > 64) {
            return false;
        }
        return LOCAL.matcher(email.substring(0, at)).matches() && isValidDomain(email.substring(at + 1));
    }

    /**
     * The address as it should be stored: cleaned with {@link Text#nfc(String)}, spaces removed and lower case.
     *
     * @return the normalised address, or {@code null} for {@code null}
     */
    public static String normalize(String email) {
        String clean = Text.nfc(email);
        return clean == null ? null : clean.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static boolean isValidDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
    }
}

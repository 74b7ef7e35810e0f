package vn.motcua.domain.citizen;

import java.util.Objects;
import vn.motcua.domain.text.Msg;

/**
 * Result of checking a phone number typed at the counter.
 *
 * @param valid      true when the number can be stored
 * @param normalized national form with leading 0 and digits only (e.g. {@code 0912345678}); null when invalid
 * @param kind       mobile or landline; null when invalid
 * @param error      the reason (a message key) the number was refused; null when valid
 */
public record PhoneCheck(boolean valid, String normalized, PhoneKind kind, Msg error) {

    public PhoneCheck {
        if (valid && (normalized == null || kind == null || error != null)) {
            throw new IllegalArgumentException("a valid PhoneCheck needs normalized and kind and no error");
        }
        if (!valid && (error == null || normalized != null || kind != null)) {
            throw new IllegalArgumentException("an invalid PhoneCheck needs an error and no number or kind");
        }
    }

    /** An accepted number in national form. */
    public static PhoneCheck accepted(String normalized, PhoneKind kind) {
        return new PhoneCheck(true, Objects.requireNonNull(normalized), Objects.requireNonNull(kind), null);
    }

    /** A refused number with the reason shown to the clerk. */
    public static PhoneCheck refused(Msg error) {
        return new PhoneCheck(false, null, null, Objects.requireNonNull(error));
    }
}

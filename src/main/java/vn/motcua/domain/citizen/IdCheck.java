package vn.motcua.domain.citizen;

import java.util.List;
import java.util.Objects;
import vn.motcua.domain.text.Msg;

/**
 * Result of checking an identity number typed at the counter.
 *
 * @param valid      true when the number can be stored (warnings do not make it invalid)
 * @param kind       what the number is; null when invalid
 * @param normalized the number to store (separators removed, letters upper case); null when invalid
 * @param warnings   notes (message keys, decision 0009) for the clerk that do not block saving (unknown province, birth year mismatch, …)
 * @param error      the reason (a message key) the number was refused; null when valid
 */
public record IdCheck(boolean valid, IdKind kind, String normalized, List<Msg> warnings, Msg error) {

    public IdCheck {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        if (valid && (kind == null || normalized == null || error != null)) {
            throw new IllegalArgumentException("a valid IdCheck needs kind and normalized and no error");
        }
        if (!valid && (error == null || kind != null || normalized != null)) {
            throw new IllegalArgumentException("an invalid IdCheck needs an error and no kind or number");
        }
    }

    /** An accepted number, possibly with warnings. */
    public static IdCheck accepted(IdKind kind, String normalized, List<Msg> warnings) {
        return new IdCheck(true, Objects.requireNonNull(kind), Objects.requireNonNull(normalized), warnings, null);
    }

    /** A refused number with the reason shown to the clerk. */
    public static IdCheck refused(Msg error) {
        return new IdCheck(false, null, null, List.of(), Objects.requireNonNull(error));
    }

    /** True when the number was accepted without any warning. */
    public boolean clean() {
        return valid && warnings.isEmpty();
    }
}

package vn.motcua.domain.citizen;

import java.util.List;
import java.util.Objects;

/**
 * Result of checking an identity number typed at the counter.
 *
 * @param valid      true when the number can be stored (warnings do not make it invalid)
 * @param kind       what the number is; null when invalid
 * @param normalized the number to store (separators removed, letters upper case); null when invalid
 * @param warnings   Vietnamese notes for the clerk that do not block saving (unknown province, birth year mismatch, …)
 * @param error      Vietnamese reason the number was refused; null when valid
 */
public record IdCheck(boolean valid, IdKind kind, String normalized, List<String> warnings, String error) {

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
    public static IdCheck accepted(IdKind kind, String normalized, List<String> warnings) {
        return new IdCheck(true, Objects.requireNonNull(kind), Objects.requireNonNull(normalized), warnings, null);
    }

    /** A refused number with the reason shown to the clerk. */
    public static IdCheck refused(String error) {
        return new IdCheck(false, null, null, List.of(), Objects.requireNonNull(error));
    }

    /** True when the number was accepted without any warning. */
    public boolean clean() {
        return valid && warnings.isEmpty();
    }
}

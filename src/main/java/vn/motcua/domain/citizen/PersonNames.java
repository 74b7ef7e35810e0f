package vn.motcua.domain.citizen;

import java.util.Optional;
import vn.motcua.domain.text.Msg;
import vn.motcua.domain.text.Text;

/**
 * The rule for a person's full name typed at the counter (applicant or submitter): written as on papers
 * ({@link Text#personName}), at most {@value #MAX_LENGTH} characters, no digits. The one home of this rule: the
 * registration step and the desk's live check both use it.
 */
public final class PersonNames {
    /** The longest name accepted. */
    public static final int MAX_LENGTH = 100;

    private PersonNames() {
    }

    /** The name as written on papers, or {@code null} when nothing (or only white space) was typed. */
    public static String normalize(String raw) {
        String name = Text.personName(raw);
        return name == null || name.isEmpty() ? null : name;
    }

    /**
     * What is wrong with a name already {@link #normalize normalised}; empty when it is fine. A missing name is not a
     * problem here: whether a name is required is the caller's business.
     */
    public static Optional<Msg> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of(Msg.of("registration.name.tooLong", MAX_LENGTH));
        }
        if (name.codePoints().anyMatch(Character::isDigit)) {
            return Optional.of(Msg.of("registration.name.digits"));
        }
        return Optional.empty();
    }
}

package vn.motcua.service;

import java.util.List;
import java.util.stream.Collectors;
import vn.motcua.domain.text.Msg;

/**
 * The user's input was refused; nothing was changed. Carries every problem found, each a message key with arguments
 * ({@link Problem#msg()}); {@link #getMessage()} is the Vietnamese text.
 */
public class ValidationException extends RuntimeException {
    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** One problem whose text has no key yet (prefer the {@link Msg} form). */
    public ValidationException(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    public ValidationException(String field, Msg message) {
        this(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}

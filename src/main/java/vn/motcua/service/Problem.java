package vn.motcua.service;

import vn.motcua.domain.text.Msg;

/**
 * One thing wrong with the user's input: the field (JSON path or form field) and the message, a key with arguments
 * that each front end renders in its language ({@link #message()} is the Vietnamese text; decision 0009).
 */
public record Problem(String field, Msg msg) {

    /** A problem whose text has no key yet: shown as it is in every language. Prefer {@link #of}. */
    public Problem(String field, String message) {
        this(field, Msg.text(message));
    }

    /** The problem of {@code field} with message {@code key} and its arguments. */
    public static Problem of(String field, String key, Object... args) {
        return new Problem(field, Msg.of(key, args));
    }

    /** A domain rule's refusal (the field and the message as they are). */
    public static Problem of(vn.motcua.domain.text.InputProblem p) {
        return new Problem(p.field(), p.msg());
    }

    /** The Vietnamese text. */
    public String message() {
        return msg.vi();
    }

    @Override
    public String toString() {
        return field + ": " + message();
    }
}

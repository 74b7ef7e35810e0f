package vn.motcua.domain.text;

/**
 * One thing wrong with (or worth a second look in) what a user typed, found by a domain rule: the field (a JSON
 * path such as {@code applicant.idNumber} or {@code documents[2].name}) and the message, a key with arguments
 * (decision 0009). The services turn refusals into their {@code Problem}s one to one; the desk shows them beside
 * the field.
 *
 * @param field   where the value was given
 * @param msg     what is wrong, in any language
 * @param missing true when a required value was not given at all (the desk lists those as "still to fill" instead
 *                of showing an error under an empty field)
 */
public record InputProblem(String field, Msg msg, boolean missing) {

    /** A value that was given but is wrong. */
    public static InputProblem of(String field, String key, Object... args) {
        return new InputProblem(field, Msg.of(key, args), false);
    }

    /** A required value that was not given. */
    public static InputProblem missing(String field, String key, Object... args) {
        return new InputProblem(field, Msg.of(key, args), true);
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

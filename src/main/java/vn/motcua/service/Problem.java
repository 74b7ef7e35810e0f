package vn.motcua.service;

/** One thing wrong with the user's input: the field (JSON path or form field) and a Vietnamese message. */
public record Problem(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}

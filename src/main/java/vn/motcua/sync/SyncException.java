package vn.motcua.sync;

/**
 * Why a sync step did not go through. {@link #retryable()} is true for network errors, 5xx answers and garbled
 * bodies (try again with backoff); false for a refusal the server named (4xx) — retrying the same request cannot help.
 */
public class SyncException extends RuntimeException {
    private final int status;
    private final String code;
    private final boolean retryable;
    private final java.util.UUID eventId;

    public SyncException(String message, Throwable cause, int status, String code, boolean retryable,
                         java.util.UUID eventId) {
        super(message, cause);
        this.status = status;
        this.code = code;
        this.retryable = retryable;
        this.eventId = eventId;
    }

    /** A network error, a 5xx or an unreadable answer. */
    public static SyncException transport(String message, Throwable cause, int status) {
        return new SyncException(message, cause, status, status >= 500 ? "SERVER_ERROR" : "NETWORK", true, null);
    }

    /** A 4xx the server explained. */
    public static SyncException refused(int status, String code, String message, java.util.UUID eventId) {
        return new SyncException(message, null, status, code, false, eventId);
    }

    /** HTTP status, 0 when no answer came. */
    public int status() {
        return status;
    }

    /** The server's machine code ({@code UNAUTHORIZED}, …), or NETWORK / SERVER_ERROR / NOT_ENROLLED. */
    public String code() {
        return code;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The event a whole-batch refusal names, or null. */
    public java.util.UUID eventId() {
        return eventId;
    }
}

package vn.motcua.sync;

import vn.motcua.domain.text.Msg;

/**
 * Why a sync step did not go through. {@link #retryable()} is true for network errors, 5xx answers and garbled
 * bodies (try again with backoff); false for a refusal the server named (4xx) — retrying the same request cannot help.
 * The reason is a {@link Msg} (decision 0009): {@link #msg()} for a front end's language, {@link #getMessage()} the
 * Vietnamese text (the server's own refusals arrive as its Vietnamese text).
 */
public class SyncException extends RuntimeException {
    private final int status;
    private final String code;
    private final boolean retryable;
    private final java.util.UUID eventId;
    private final transient Msg msg;

    public SyncException(Msg msg, Throwable cause, int status, String code, boolean retryable,
                         java.util.UUID eventId) {
        super(msg.vi(), cause);
        this.msg = msg;
        this.status = status;
        this.code = code;
        this.retryable = retryable;
        this.eventId = eventId;
    }

    public SyncException(String message, Throwable cause, int status, String code, boolean retryable,
                         java.util.UUID eventId) {
        this(Msg.text(message), cause, status, code, retryable, eventId);
    }

    /** A network error, a 5xx or an unreadable answer. */
    public static SyncException transport(Msg msg, Throwable cause, int status) {
        return new SyncException(msg, cause, status, status >= 500 ? "SERVER_ERROR" : "NETWORK", true, null);
    }

    /** A network error … whose text has no key (prefer {@link #transport(Msg, Throwable, int)}). */
    public static SyncException transport(String message, Throwable cause, int status) {
        return transport(Msg.text(message), cause, status);
    }

    /** A 4xx the server explained, or a refusal of the desk itself (status 0). */
    public static SyncException refused(int status, String code, Msg msg, java.util.UUID eventId) {
        return new SyncException(msg, null, status, code, false, eventId);
    }

    /** A refusal in the server's own words. */
    public static SyncException refused(int status, String code, String message, java.util.UUID eventId) {
        return refused(status, code, Msg.text(message), eventId);
    }

    /** The reason, to render in a front end's language. */
    public Msg msg() {
        return msg;
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

package vn.motcua.central;

import java.util.UUID;
import vn.motcua.domain.text.Msg;
import vn.motcua.sync.wire.ErrorBody;

/**
 * A refusal of an API request: becomes a 4xx answer with an {@link ErrorBody}; nothing is stored. The reason is a
 * {@link Msg} (decision 0009); the answer's {@code message} is its Vietnamese text, as before.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final transient Msg msg;
    private final UUID eventId;
    private final Integer index;

    /** A refusal whose text has no key yet (shown as it is). Prefer the {@link Msg} constructors. */
    public ApiException(int status, String error, String message) {
        this(status, error, Msg.text(message), null, null);
    }

    public ApiException(int status, String error, Msg msg) {
        this(status, error, msg, null, null);
    }

    public ApiException(int status, String error, String message, UUID eventId, Integer index) {
        this(status, error, Msg.text(message), eventId, index);
    }

    public ApiException(int status, String error, Msg msg, UUID eventId, Integer index) {
        super(msg.vi());
        this.status = status;
        this.error = error;
        this.msg = msg;
        this.eventId = eventId;
        this.index = index;
    }

    public int status() {
        return status;
    }

    /** The reason as a key with arguments. */
    public Msg msg() {
        return msg;
    }

    /** The answer: the Vietnamese {@code message} for old desks and the CLI, and the key and args for new desks. */
    public ErrorBody body() {
        return body(error, msg, eventId, index);
    }

    /**
     * The answer for {@code msg}: its Vietnamese text, plus its key and arguments when it has a key and every
     * argument is text (what desks of issue 19 read), and the whole message with nested ones as {@code msg} (decision
     * 0030). A message with a message as an argument goes without flat key, so a desk of issue 19 shows the Vietnamese
     * text whole rather than a sentence half in one language; newer desks render {@code msg}.
     */
    public static ErrorBody body(String error, Msg msg, UUID eventId, Integer index) {
        String key = msg.key();
        java.util.List<String> args = null;
        if (key != null) {
            args = new java.util.ArrayList<>(msg.args().size());
            for (Object a : msg.args()) {
                if (!(a instanceof String text)) {
                    key = null;
                    args = null;
                    break;
                }
                args.add(text);
            }
        }
        return new ErrorBody(error, msg.vi(), eventId, index, key, args, vn.motcua.sync.wire.WireMsg.of(msg));
    }

    public static ApiException badRequest(String error, String message) {
        return new ApiException(400, error, message);
    }

    public static ApiException badRequest(String error, Msg msg) {
        return new ApiException(400, error, msg);
    }
}

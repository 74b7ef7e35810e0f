package vn.motcua.sync.wire;

import java.util.List;
import java.util.UUID;

/**
 * The body of every 4xx/5xx answer of the API.
 *
 * @param error   a stable machine code, e.g. {@code MALFORMED_JSON}, {@code UNAUTHORIZED}, {@code PAYLOAD_TOO_LARGE}
 * @param message the reason in Vietnamese (what old desks and the command line show)
 * @param eventId the offending event when a whole batch is refused because of one event, else null
 * @param index   that event's position in the batch (0-based), else null
 * @param key     the reason's message key in the shared bundle ({@code vn/motcua/domain/text/messages_*.properties}),
 *                so a desk renders it in its clerk's language (issue 19); null when the reason has no key or has
 *                an argument that is itself a message (then {@code message} is the only text). Absent from answers
 *                of older servers; older desks ignore it.
 * @param args    the key's arguments, as text ({@code {0}}, {@code {1}} …); null when {@code key} is null
 * @param msg     the reason whole as a message, nested messages included (decision 0030): what a desk renders first;
 *                null when the reason has no key. Absent from answers of servers before it; older desks ignore it.
 */
public record ErrorBody(String error, String message, UUID eventId, Integer index, String key, List<String> args,
                        WireMsg msg) {

    public ErrorBody {
        args = args == null ? null : List.copyOf(args);
    }

    /** An answer without a key (the reason as Vietnamese text only). */
    public ErrorBody(String error, String message, UUID eventId, Integer index) {
        this(error, message, eventId, index, null, null, null);
    }

    /** An answer with a flat key (text arguments only) and no whole message: what servers of issue 19 sent. */
    public ErrorBody(String error, String message, UUID eventId, Integer index, String key, List<String> args) {
        this(error, message, eventId, index, key, args, null);
    }

    public static ErrorBody of(String error, String message) {
        return new ErrorBody(error, message, null, null);
    }
}

package vn.motcua.sync.wire;

import java.util.UUID;

/**
 * The body of every 4xx/5xx answer of the API.
 *
 * @param error   a stable machine code, e.g. {@code MALFORMED_JSON}, {@code UNAUTHORIZED}, {@code PAYLOAD_TOO_LARGE}
 * @param message the reason in Vietnamese
 * @param eventId the offending event when a whole batch is refused because of one event, else null
 * @param index   that event's position in the batch (0-based), else null
 */
public record ErrorBody(String error, String message, UUID eventId, Integer index) {

    public static ErrorBody of(String error, String message) {
        return new ErrorBody(error, message, null, null);
    }
}

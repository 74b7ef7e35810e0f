package vn.motcua.central;

import java.util.UUID;
import vn.motcua.sync.wire.ErrorBody;

/** A refusal of an API request: becomes a 4xx answer with an {@link ErrorBody}; nothing is stored. */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final UUID eventId;
    private final Integer index;

    public ApiException(int status, String error, String message) {
        this(status, error, message, null, null);
    }

    public ApiException(int status, String error, String message, UUID eventId, Integer index) {
        super(message);
        this.status = status;
        this.error = error;
        this.eventId = eventId;
        this.index = index;
    }

    public int status() {
        return status;
    }

    public ErrorBody body() {
        return new ErrorBody(error, getMessage(), eventId, index);
    }

    public static ApiException badRequest(String error, String message) {
        return new ApiException(400, error, message);
    }
}

package vn.motcua.central.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.central.ApiException;
import vn.motcua.domain.text.Msg;
import vn.motcua.sync.wire.WireJson;

/** Reading JSON bodies and writing JSON answers the same way on every route. */
final class HttpIo {
    private static final Logger LOG = LoggerFactory.getLogger(HttpIo.class);
    static final String JSON = "application/json; charset=utf-8";
    /** Set once a route wrote its own answer, so the status handlers leave it alone. */
    static final String ANSWERED = "motcua.answered";
    /** Reading at most this much of a refused body lets the client finish sending and read the 413. */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    private HttpIo() {
    }

    /** The media type without parameters, lower case ("" when none). */
    static String baseType(Context c) {
        return baseType(c.contentType());
    }

    /** The media type of a {@code Content-Type} value without parameters, lower case ("" when none). */
    static String baseType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    /** A request body, opened only when it is read (so a refusal before that leaves it unread). */
    interface Body {
        InputStream open() throws IOException;
    }

    /** Reads a JSON body of at most {@code max} bytes into {@code type}; 413 above, 415 for other media, 400 bad JSON. */
    static <T> T read(Context c, long max, Class<T> type) {
        return read(c.contentType(), c.req().getContentLengthLong(), () -> c.req().getInputStream(), max, type);
    }

    /**
     * {@link #read(Context, long, Class)} for any server API: the request's {@code Content-Type}, its declared length
     * (-1 when none) and its body.
     */
    static <T> T read(String contentType, long declared, Body request, long max, Class<T> type) {
        if (!"application/json".equals(baseType(contentType))) {
            throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", Msg.of("central.body.notJson"));
        }
        if (declared > max) {
            drain(request);
            throw tooLarge(max);
        }
        byte[] body;
        try (InputStream in = request.open()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) {
                drain(in);
                throw tooLarge(max);
            }
        } catch (IOException e) {
            throw new ApiException(400, "UNREADABLE_BODY", Msg.of("central.body.unreadable"));
        }
        if (body.length == 0) {
            throw new ApiException(400, "EMPTY_BODY", Msg.of("central.body.empty"));
        }
        try {
            T value = WireJson.mapper().readValue(body, type);
            if (value == null) {
                throw new ApiException(400, "MALFORMED_JSON", Msg.of("central.json.null"));
            }
            return value;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ApiException(400, "MALFORMED_JSON", loc == null ? Msg.of("central.json.malformed")
                    : Msg.of("central.json.malformedAt", loc.getLineNr(), loc.getColumnNr()));
        } catch (IOException e) {
            throw new ApiException(400, "UNREADABLE_BODY", Msg.of("central.body.unreadable"));
        }
    }

    /** The bytes of {@code body} as JSON (an answer). */
    static byte[] jsonBytes(Object body) {
        try {
            return WireJson.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON answer", e);
        }
    }

    /** Writes {@code body} as the JSON answer with {@code status}. */
    static void json(Context c, int status, Object body) {
        byte[] bytes = jsonBytes(body);
        c.attribute(ANSWERED, true);
        c.status(status).contentType(JSON).result(bytes);
    }

    /**
     * Sends {@code len} bytes of {@code bytes} as the JSON answer with {@code status}, in one write. The length is
     * declared when the client asked for no compression (a desk never does), so the answer goes out with its
     * {@code Content-Length} instead of in chunks; otherwise Javalin may compress it, as on every route.
     */
    static void send(Context c, int status, byte[] bytes, int len) {
        c.attribute(ANSWERED, true);
        c.status(status).contentType(JSON);
        if (c.req().getHeader("Accept-Encoding") == null) {
            c.res().setContentLength(len);
        }
        try {
            OutputStream out = c.outputStream();
            out.write(bytes, 0, len);
        } catch (IOException e) {
            // the client went away while the answer was being written: nothing to tell it
            LOG.debug("Answer not fully written: {}", e.toString());
        }
    }

    /**
     * Reads and drops the rest of a refused body, up to {@link #DRAIN_LIMIT}: answering while the client is still
     * sending makes it see a reset connection instead of the answer (and a desk would retry the same batch instead of
     * halving it). A body larger than the limit is cut off.
     */
    static void drain(Context c) {
        drain(() -> c.req().getInputStream());
    }

    /** {@link #drain(Context)} for any server API. */
    static void drain(Body request) {
        try (InputStream in = request.open()) {
            drain(in);
        } catch (IOException e) {
            LOG.debug("Client stopped sending a refused body: {}", e.toString());
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] sink = new byte[64 * 1024];
        long left = DRAIN_LIMIT;
        for (int n; left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0; ) {
            left -= n;
        }
    }

    private static ApiException tooLarge(long max) {
        return new ApiException(413, "PAYLOAD_TOO_LARGE", Msg.of("central.body.tooLarge", max));
    }
}

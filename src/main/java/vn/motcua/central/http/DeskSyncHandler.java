package vn.motcua.central.http;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.central.ApiException;
import vn.motcua.central.store.Device;
import vn.motcua.central.sync.DeviceAuth;
import vn.motcua.sync.wire.PushBatch;

/**
 * The desks' two hot routes, {@code GET /api/v1/pull} and {@code POST /api/v1/push}, answered by a plain Jetty
 * {@link Handler} in front of Javalin's servlet (issue 18, decision 0041): a desk's sync request skips the servlet
 * layers and Javalin's per-request task chain, which were more than half of a pull's server CPU. The work is the same
 * code as the Javalin routes' ({@link SyncApiRoutes#push}, {@link SyncApiRoutes#pull}, {@link HttpIo#read}) and so
 * are the checks around it, in the same order: the device gate before the body is read ({@link DeviceAuth}), the
 * refusals' JSON and their counter ({@link ErrorMapping}), the answer's count and time ({@link HealthRoutes}).
 *
 * <p>Only the exact request the desks send is taken here: that method on that exact path, no
 * {@code Accept-Encoding} (a desk never asks for compression; Javalin compresses, so such a request is left to it),
 * and for the pull no {@code Content-Type} (whose charset Javalin would use for the query). Everything else — a
 * trailing slash, another method, {@code HEAD}, an encoded path — goes on to Javalin unchanged and is answered as it
 * always was, so 404, 405 and every other route cannot differ.
 */
final class DeskSyncHandler extends Handler.Wrapper {
    /** Failures are logged as {@link ErrorMapping} logs them on the Javalin routes: same logger, same lines. */
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    static final String PULL = "/api/v1/pull";
    static final String PUSH = "/api/v1/push";
    /** {@link HttpIo#JSON} as Jetty's servlet response writes it on the wire (it drops the space before the charset). */
    private static final HttpField CONTENT_TYPE = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE,
            "application/json;charset=utf-8");

    private final DeviceAuth auth;
    private final SyncApiRoutes routes;
    private final Metrics metrics;

    DeskSyncHandler(DeviceAuth auth, SyncApiRoutes routes, Metrics metrics) {
        this.auth = auth;
        this.routes = routes;
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields headers = request.getHeaders();
        String path = request.getHttpURI().getPath();
        String method = request.getMethod();
        if (headers.contains(HttpHeader.ACCEPT_ENCODING)) {
            return super.handle(request, response, callback);
        }
        if (PULL.equals(path) && "GET".equals(method) && !headers.contains(HttpHeader.CONTENT_TYPE)) {
            answer(request, response, callback, true);
            return true;
        }
        if (PUSH.equals(path) && "POST".equals(method)) {
            answer(request, response, callback, false);
            return true;
        }
        return super.handle(request, response, callback);
    }

    /** One sync request, answered as the Javalin route with its before/after handlers and error mapping would. */
    private void answer(Request request, Response response, Callback callback, boolean pull) {
        long t0 = System.nanoTime();
        Body body = new Body(request);
        try {
            // the device gate: before the body or the parameters are looked at
            Device device = auth.authenticate(request.getHeaders().get(HttpHeader.AUTHORIZATION));
            if (pull) {
                String query = request.getHttpURI().getQuery();
                PullTurns.Answer page = routes.pull(device, queryParam(query, "since"), queryParam(query, "limit"));
                sendPage(response, callback, page, t0);
            } else {
                PushBatch batch = HttpIo.read(request.getHeaders().get(HttpHeader.CONTENT_TYPE),
                        request.getLength(), body, routes.maxBody(), PushBatch.class);
                send(request, response, callback, 200, HttpIo.jsonBytes(routes.push(device, batch)), t0);
            }
        } catch (ApiException e) {
            ErrorMapping.countRefusal(metrics, e);
            // as on every route: read and drop what is left of the body, so the client reads the answer, not a reset
            HttpIo.drain(body);
            send(request, response, callback, e.status(), HttpIo.jsonBytes(e.body()), t0);
        } catch (Exception e) {
            if (ErrorMapping.clientGone(e)) {
                LOG.debug("Client went away on {} {}: {}", request.getMethod(), request.getHttpURI().getPath(),
                        e.toString());
                // counted as Javalin counted it: the status so far, 200 when none was set
                int status = response.getStatus();
                HealthRoutes.answered(metrics, t0, status == 0 ? 200 : status);
                callback.failed(e);
                return;
            }
            LOG.error("Unexpected failure on {} {}", request.getMethod(), request.getHttpURI().getPath(), e);
            send(request, response, callback, 500, HttpIo.jsonBytes(ErrorMapping.internalError()), t0);
        }
    }

    /**
     * Sends a JSON answer and counts it, framed as Javalin's servlet framed {@code json(...)}: with its length up to
     * the connection's output aggregation size (8 KiB), in chunks when larger (the servlet wrote a larger answer
     * through at once, before it was closed, so without a length) — measured byte for byte in DeskSyncHandlerTest.
     */
    private void send(Request request, Response response, Callback callback, int status, byte[] bytes, long t0) {
        int buffer = request.getConnectionMetaData().getHttpConfiguration().getOutputAggregationSize();
        HealthRoutes.answered(metrics, t0, status);
        if (bytes.length <= buffer) {
            head(response, status, bytes.length);
            response.write(true, ByteBuffer.wrap(bytes), callback);
            return;
        }
        response.setStatus(status);
        response.getHeaders().put(CONTENT_TYPE);
        // two writes without a length: the first commits the answer, chunked
        response.write(false, ByteBuffer.wrap(bytes, 0, buffer),
                Callback.from(() -> response.write(true, ByteBuffer.wrap(bytes, buffer, bytes.length - buffer), callback),
                        callback::failed));
    }

    /** Sends a pull's page from its pooled buffer, which goes back to the pool once the write is over. */
    private void sendPage(Response response, Callback callback, PullTurns.Answer page, long t0) {
        head(response, 200, page.size());
        HealthRoutes.answered(metrics, t0, 200);
        response.write(true, ByteBuffer.wrap(page.bytes(), 0, page.size()), Callback.from(callback, () -> {
            routes.recycle(page);
        }));
    }

    private static void head(Response response, int status, int length) {
        response.setStatus(status);
        HttpFields.Mutable h = response.getHeaders();
        h.put(CONTENT_TYPE);
        h.put(HttpHeader.CONTENT_LENGTH, length);
    }

    /**
     * A query parameter's first value, read as Javalin reads it (so a page's cursor means the same on both): the raw
     * query split at {@code &}, each pair at its first {@code =} (no {@code =}: the empty string), names and values
     * URL-decoded as UTF-8; a pair whose value does not decode is skipped, a name that does not decode matches nothing.
     */
    static String queryParam(String query, String name) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (name.equals(key)) {
                String value = decode(eq < 0 ? "" : pair.substring(eq + 1));
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The request's body as one stream, opened when first read (and again by a drain after a refusal). */
    private static final class Body implements HttpIo.Body {
        private final Request request;
        private InputStream in;

        Body(Request request) {
            this.request = request;
        }

        @Override
        public InputStream open() {
            if (in == null) {
                in = Content.Source.asInputStream(request);
            }
            return new java.io.FilterInputStream(in) {
                @Override
                public void close() {
                    // the request's stream stays open for a drain after a refusal; Jetty ends it with the request
                }
            };
        }
    }
}

package vn.motcua.central.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.central.ApiException;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.store.BlobRepository;
import vn.motcua.central.store.Device;
import vn.motcua.central.web.Csrf;
import vn.motcua.central.web.LookupPage;
import vn.motcua.central.web.Pages;
import vn.motcua.central.web.RatingPage;
import vn.motcua.sync.wire.AttachmentMeta;
import vn.motcua.sync.wire.BlobStatus;
import vn.motcua.sync.wire.EnrollRequest;
import vn.motcua.sync.wire.ErrorBody;
import vn.motcua.sync.wire.EventResult;
import vn.motcua.sync.wire.PullPage;
import vn.motcua.sync.wire.PushBatch;
import vn.motcua.sync.wire.PushResult;
import vn.motcua.sync.wire.WireJson;

/**
 * One central server node: Javalin 7 on Jetty 12, all routes declared up front. Stateless apart from in-memory rate
 * limits and counters, so any number of nodes can serve one PostgreSQL database.
 *
 * <pre>
 * GET  /health               database reachable?           GET  /metrics         Prometheus text
 * POST /api/v1/enroll        enrollment code → token       POST /api/v1/push     ordered event batch
 * GET  /api/v1/pull          changes after a cursor        GET/POST /r/{code}    rating page (?t=token)
 * PUT  /api/v1/blobs/{sha}   one chunk of a file           GET  /api/v1/blobs/{sha}[/status]  file, upload state
 * POST /api/v1/attachments   file ↔ document line
 * GET/POST /tra-cuu/{code}   status lookup, second factor  GET /static/{font}    bundled Noto Sans
 * </pre>
 */
public final class CentralServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CentralServer.class);
    private static final String JSON = "application/json; charset=utf-8";
    private static final String ANSWERED = "motcua.answered";
    private static final String STARTED = "motcua.t0";
    /** The client's address as the rate limiter sees it (read by the rating page for its keyed hash). */
    public static final String CLIENT_ADDRESS = "motcua.client";
    private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();

    private final Javalin app;
    private final String baseUrl;

    private CentralServer(Javalin app, String baseUrl) {
        this.app = app;
        this.baseUrl = baseUrl;
    }

    /** Builds the routes and starts listening. */
    public static CentralServer start(CentralContext ctx, CentralConfig cfg) {
        Metrics metrics = new Metrics();
        describe(metrics);
        var clock = ctx.clock();
        var limits = cfg.limits();
        RateLimiter pages = new RateLimiter(limits.pagesPerMinute(), Duration.ofMinutes(1), clock);
        RateLimiter ratingPosts = new RateLimiter(limits.ratingPostsPer10Min(), Duration.ofMinutes(10), clock);
        RateLimiter lookupPosts = new RateLimiter(limits.lookupPostsPer10Min(), Duration.ofMinutes(10), clock);
        RateLimiter enrolls = new RateLimiter(limits.enrollPer10Min(), Duration.ofMinutes(10), clock);
        boolean https = cfg.tlsKeystore() != null || cfg.baseUrl() != null && cfg.baseUrl().startsWith("https:");
        Csrf csrf = new Csrf(https);
        var publicBase = new java.util.concurrent.atomic.AtomicReference<String>();
        RatingPage rating = new RatingPage(ctx.ratings(), csrf, metrics);
        LookupPage lookup = new LookupPage(ctx.lookups(), csrf, metrics);
        ClientAddress address = new ClientAddress(cfg.trustProxy());
        long maxBody = cfg.maxBodyBytes();

        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = cfg.host();
            config.jetty.port = cfg.port();
            config.http.maxRequestSize = maxBody;
            config.jetty.modifyServletContextHandler(h -> {
                for (String path : java.util.List.of("/r/*", "/tra-cuu/*")) {
                    h.addFilter(new CitizenFormLimit(), path, java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
                }
            });
            config.router.ignoreTrailingSlashes = true;
            config.http.prefer405over404 = true;
            if (cfg.tlsKeystore() != null) {
                // With a keystore the node speaks HTTPS only (Javalin adds no plain connector beside a custom one).
                config.jetty.addConnector((server, httpConfig) -> {
                    SslContextFactory.Server ssl = new SslContextFactory.Server();
                    ssl.setKeyStorePath(cfg.tlsKeystore().toAbsolutePath().toString());
                    ssl.setKeyStorePassword(cfg.tlsKeystorePassword());
                    httpConfig.addCustomizer(new SecureRequestCustomizer(false));
                    ServerConnector c = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                            new HttpConnectionFactory(httpConfig));
                    c.setHost(cfg.host());
                    c.setPort(cfg.tlsPort());
                    return c;
                });
            }
            var r = config.routes;
            r.before(c -> c.attribute(STARTED, System.nanoTime()));
            r.after(c -> {
                Long t0 = c.attribute(STARTED);
                if (t0 != null) {
                    metrics.observeRequest((System.nanoTime() - t0) / 1000);
                }
                metrics.inc("motcua_http_responses_total", "code=\"" + (c.statusCode() / 100) + "xx\"");
            });

            r.get("/health", c -> {
                boolean up = ctx.database().ping();
                json(c, up ? 200 : 503, Map.of("status", up ? "UP" : "DOWN", "database",
                        ctx.database().dialect().name().toLowerCase(java.util.Locale.ROOT)));
            });
            r.get("/metrics", c -> {
                c.contentType("text/plain; version=0.0.4; charset=utf-8");
                c.attribute(ANSWERED, true);
                c.result(metrics.render(gauges(ctx)));
            });

            r.post("/api/v1/enroll", c -> {
                if (!enrolls.tryAcquire(address.of(c))) {
                    metrics.inc("motcua_rate_limited_total", "endpoint=\"enroll\"");
                    throw new ApiException(429, "TOO_MANY_REQUESTS", "Quá nhiều lần đăng ký; thử lại sau 10 phút.");
                }
                EnrollRequest req = read(c, maxBody, EnrollRequest.class);
                // the desk prints this address in its receipts' QR codes
                json(c, 201, ctx.enrollment().enroll(req).withPublicBaseUrl(publicBase.get()));
                metrics.inc("motcua_enrollments_total", "");
            });
            r.post("/api/v1/push", c -> {
                Device device = ctx.auth().authenticate(c.header("Authorization"));
                PushBatch batch = read(c, maxBody, PushBatch.class);
                PushResult result = ctx.push().push(device, batch);
                for (EventResult e : result.results()) {
                    metrics.inc("motcua_push_events_total", "outcome=\"" + e.outcome().wireName() + "\"");
                }
                json(c, 200, result);
            });
            r.get("/api/v1/pull", c -> {
                Device device = ctx.auth().authenticate(c.header("Authorization"));
                PullPage page = ctx.pull().pull(device, c.queryParam("since"), c.queryParam("limit"));
                metrics.inc("motcua_pull_requests_total", "");
                metrics.add("motcua_pull_changes_total", "", page.changes().size());
                json(c, 200, page);
            });
            r.get("/api/v1/audit-head", c -> {
                Device device = ctx.auth().authenticate(c.header("Authorization"));
                var head = ctx.auditHead(device.id()).orElseThrow();
                Map<String, Object> body = new java.util.LinkedHashMap<>();
                body.put("protocol", vn.motcua.sync.wire.WireJson.PROTOCOL);
                if (head.headId() != null) {
                    body.put("id", head.headId());
                    body.put("hash", head.headHash());
                    body.put("reportedAt", head.reportedAt().toString());
                }
                if (head.regressedAt() != null) {
                    body.put("regressedAt", head.regressedAt().toString());
                    body.put("problem", head.problem());
                }
                json(c, 200, body);
            });
            r.post("/api/v1/rating-key", c -> {
                Device device = ctx.auth().authenticate(c.header("Authorization"));
                vn.motcua.sync.wire.RatingKeyRequest req = read(c, maxBody, vn.motcua.sync.wire.RatingKeyRequest.class);
                String keyId = ctx.ratingKeys().rotate(device, req == null ? null : req.ratingSecret());
                json(c, 200, Map.of("protocol", vn.motcua.sync.wire.WireJson.PROTOCOL, "keyId", keyId));
            });
            r.get("/api/v1/blobs/{sha256}/status", c -> {
                Device device = ctx.auth().authenticate(c.header("Authorization"));
                json(c, 200, ctx.blobs().status(device, c.pathParam("sha256")));
            });
            r.put("/api/v1/blobs/{sha256}", c -> {
                Device device = ctx.auth().authenticate(c.header("Authorization"));
                if (!"application/octet-stream".equals(baseType(c))) {
                    throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", "Phần tệp phải gửi dạng "
                            + "application/octet-stream.");
                }
                BlobStatus status = ctx.blobs().upload(device, c.pathParam("sha256"), c.queryParam("offset"),
                        c.queryParam("size"), c.queryParam("type"), c.req().getInputStream());
                metrics.inc("motcua_blob_chunks_total", "");
                json(c, 200, status);
            });
            r.get("/api/v1/blobs/{sha256}", c -> {
                Device device = ctx.auth().authenticate(c.header("Authorization"));
                BlobRepository.Blob blob = ctx.blobs().downloadable(device, c.pathParam("sha256"));
                c.attribute(ANSWERED, true);
                c.status(200).contentType(blob.mediaType());
                c.header("Content-Length", Long.toString(blob.sizeBytes()));
                c.header("Cache-Control", "private, max-age=31536000, immutable");
                ctx.blobs().copy(blob, c.res().getOutputStream());
                metrics.inc("motcua_blob_downloads_total", "");
            });
            r.post("/api/v1/attachments", c -> {
                Device device = ctx.auth().authenticate(c.header("Authorization"));
                AttachmentMeta meta = read(c, maxBody, AttachmentMeta.class);
                boolean stored = ctx.blobs().register(device, meta);
                json(c, stored ? 201 : 200, Map.of("id", meta.id().toString(), "outcome",
                        stored ? "accepted" : "duplicate"));
            });

            r.get("/r/{code}", c -> limited(c, pages, address, metrics, "rating", rating::show));
            r.post("/r/{code}", c -> limitedPost(c, ratingPosts, address, metrics, "rating", rating::submit));
            r.get("/tra-cuu/{code}", c -> limited(c, pages, address, metrics, "lookup", lookup::show));
            r.post("/tra-cuu/{code}", c -> limitedPost(c, lookupPosts, address, metrics, "lookup", lookup::submit));
            r.get("/static/{file}", CentralServer::font);
            new vn.motcua.central.dashboard.DashboardRoutes(ctx, https, address::of).register(r); // issue 16
            r.get("/", c -> Pages.message(c, 200, "Quầy Một Cửa", "Máy chủ trung tâm", Pages.ICON_OK,
                    "Máy chủ đang hoạt động", "Quét mã QR trên giấy tiếp nhận hồ sơ để tra cứu hoặc đánh giá.",
                    null, null));

            r.exception(ApiException.class, (e, c) -> {
                metrics.inc("motcua_api_refusals_total", "status=\"" + e.status() + "\"");
                // a refusal can come before the body was read (bad parameters, a hash mismatch mid-file): read and
                // drop what is left so the connection stays usable and the client reads the answer, not a reset
                drain(c);
                json(c, e.status(), e.body());
            });
            r.exception(HttpResponseException.class, (e, c) -> answerStatus(c, e.getStatus()));
            r.exception(Exception.class, (e, c) -> {
                if (clientGone(e)) {
                    // the client closed the connection: there is no one to answer, and writing would fail again
                    LOG.debug("Client went away on {} {}: {}", c.method(), c.path(), e.toString());
                    c.attribute(ANSWERED, true);
                    return;
                }
                LOG.error("Unexpected failure on {} {}", c.method(), c.path(), e);
                if (isApi(c)) {
                    json(c, 500, ErrorBody.of("INTERNAL_ERROR", "Lỗi máy chủ; đã ghi nhật ký."));
                } else {
                    Pages.message(c, 500, "Quầy Một Cửa", "Lỗi", Pages.ICON_STOP, "Xin lỗi, máy chủ gặp sự cố",
                            "Vui lòng thử lại sau ít phút.", null, null);
                    c.attribute(ANSWERED, true);
                }
            });
            for (int status : new int[] {400, 404, 405, 413, 415, 500}) {
                r.error(status, c -> {
                    if (c.attribute(ANSWERED) == null) {
                        answerStatus(c, status);
                    }
                });
            }
        });
        app.start();
        String scheme = cfg.tlsKeystore() != null ? "https://" : "http://";
        String base = cfg.baseUrl() != null ? stripSlash(cfg.baseUrl())
                : scheme + ("0.0.0.0".equals(cfg.host()) ? "localhost" : cfg.host()) + ":" + app.port();
        publicBase.set(base);
        LOG.info("Central server listening on {}:{} (database {}), public base URL {}", cfg.host(), app.port(),
                ctx.database().dialect(), base);
        return new CentralServer(app, base);
    }

    public int port() {
        return app.port();
    }

    /** True when the failure is the client's connection going away (an I/O error anywhere in the cause chain). */
    static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    /** The URL receipts point at: {@code {baseUrl}/r/{code}?t=...} and {@code {baseUrl}/tra-cuu/{code}}. */
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        app.stop();
    }

    /** The gauges of /metrics: database up, and per office the rating figures the province watches. */
    private static Map<String, Number> gauges(CentralContext ctx) {
        Map<String, Number> g = new java.util.HashMap<>();
        boolean up = ctx.database().ping();
        g.put("motcua_db_up", up ? 1 : 0);
        if (!up) {
            return g;
        }
        for (var o : ctx.ratingFigures()) {
            String label = "{office=\"" + o.officeCode() + "\"}";
            g.put("motcua_office_ratings_counted" + label, o.counted());
            g.put("motcua_office_ratings_pending" + label, o.pending());
            g.put("motcua_office_ratings_void" + label, o.voided());
            g.put("motcua_office_rating_top_address_share" + label,
                    Math.round(o.topAddressShare() * 10_000) / 10_000.0);
        }
        g.put("motcua_audit_chains_regressed", ctx.regressedAuditChains().size());
        return g;
    }

    private interface PageHandler {
        void handle(Context c) throws Exception;
    }

    private static void limited(Context c, RateLimiter limiter, ClientAddress address, Metrics metrics, String name,
                                PageHandler page) throws Exception {
        c.attribute(ANSWERED, true);
        c.attribute(CLIENT_ADDRESS, address.of(c));
        java.time.Duration wait = limiter.acquire(address.of(c));
        if (!wait.isZero()) {
            metrics.inc("motcua_rate_limited_total", "endpoint=\"" + name + "\"");
            Pages.tooManyRequests(c, name.equals("rating") ? "Đánh giá sự hài lòng" : "Tra cứu hồ sơ", wait);
            return;
        }
        page.handle(c);
    }

    /** A citizen form POST: small bodies only (a rating is well under 4 KiB), then the budget, then the page. */
    private static void limitedPost(Context c, RateLimiter limiter, ClientAddress address, Metrics metrics,
                                    String name, PageHandler page) throws Exception {
        c.attribute(ANSWERED, true);
        long length = c.req().getContentLengthLong();
        if (length > CitizenFormLimit.MAX_BYTES || c.req().getAttribute(CitizenFormLimit.TOO_LARGE) != null
                || c.req().getAttribute(CitizenFormLimit.CHUNKED) != null
                        && !"application/x-www-form-urlencoded".equals(baseType(c))) {
            Pages.message(c, 413, "Quầy Một Cửa", "Quầy Một Cửa", Pages.ICON_STOP, "Nội dung gửi quá lớn",
                    "Vui lòng rút gọn nội dung góp ý rồi gửi lại.", null, null);
            return;
        }
        limited(c, limiter, address, metrics, name, page);
    }

    private static String baseType(Context c) {
        String t = c.contentType();
        return t == null ? "" : t.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static void font(Context c) {
        String file = c.pathParam("file");
        if (!file.equals("NotoSans-Regular.ttf") && !file.equals("NotoSans-Bold.ttf")) {
            throw new HttpResponseException(404, "Not found");
        }
        byte[] bytes = FONTS.computeIfAbsent(file, f -> {
            try (InputStream in = CentralServer.class.getResourceAsStream("/vn/motcua/fonts/" + f)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing: " + f);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        c.attribute(ANSWERED, true);
        c.header("Cache-Control", "public, max-age=31536000, immutable");
        c.contentType("font/ttf").result(bytes);
    }

    /** Reads a JSON body of at most {@code max} bytes into {@code type}; 413 above, 415 for other media, 400 bad JSON. */
    private static <T> T read(Context c, long max, Class<T> type) {
        if (!"application/json".equals(baseType(c))) {
            throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", "Nội dung phải là JSON (Content-Type: application/json).");
        }
        long declared = c.req().getContentLengthLong();
        if (declared > max) {
            drain(c);
            throw tooLarge(max);
        }
        byte[] body;
        try (InputStream in = c.req().getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) {
                drain(in);
                throw tooLarge(max);
            }
        } catch (IOException e) {
            throw new ApiException(400, "UNREADABLE_BODY", "Không đọc được nội dung yêu cầu.");
        }
        if (body.length == 0) {
            throw ApiException.badRequest("EMPTY_BODY", "Yêu cầu không có nội dung.");
        }
        try {
            T value = WireJson.mapper().readValue(body, type);
            if (value == null) {
                throw ApiException.badRequest("MALFORMED_JSON", "Nội dung JSON rỗng (null).");
            }
            return value;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw ApiException.badRequest("MALFORMED_JSON", "Nội dung không phải JSON hợp lệ theo giao thức"
                    + (loc == null ? "" : " (dòng " + loc.getLineNr() + ", cột " + loc.getColumnNr() + ")") + ".");
        } catch (IOException e) {
            throw new ApiException(400, "UNREADABLE_BODY", "Không đọc được nội dung yêu cầu.");
        }
    }

    /** Reading at most this much of a refused body lets the client finish sending and read the 413. */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    /**
     * Reads and drops the rest of a body refused as too large, up to {@link #DRAIN_LIMIT}: answering while the client
     * is still sending makes it see a reset connection instead of the 413 (and a desk would retry the same batch
     * instead of halving it). A body larger than the limit is cut off.
     */
    private static void drain(Context c) {
        try (InputStream in = c.req().getInputStream()) {
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
        return new ApiException(413, "PAYLOAD_TOO_LARGE", "Nội dung vượt quá giới hạn " + max + " byte; hãy gửi "
                + "lô nhỏ hơn.");
    }

    private static void json(Context c, int status, Object body) {
        byte[] bytes;
        try {
            bytes = WireJson.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON answer", e);
        }
        c.attribute(ANSWERED, true);
        c.status(status).contentType(JSON).result(bytes);
    }

    private static boolean isApi(Context c) {
        String p = c.path();
        return p.startsWith("/api/") || p.equals("/health") || p.equals("/metrics");
    }

    /** The answer for a bare status (no route, wrong method, Javalin's own refusals): JSON on the API, a page else. */
    private static void answerStatus(Context c, int status) {
        String code = switch (status) {
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 400 -> "BAD_REQUEST";
            default -> "HTTP_" + status;
        };
        String message = switch (status) {
            case 404 -> "Không có địa chỉ này.";
            case 405 -> "Phương thức không được hỗ trợ cho địa chỉ này.";
            case 413 -> "Nội dung gửi quá lớn.";
            default -> "Yêu cầu không hợp lệ.";
        };
        if (isApi(c)) {
            json(c, status, ErrorBody.of(code, message));
        } else {
            Pages.message(c, status, "Quầy Một Cửa", status == 404 ? "Không tìm thấy trang" : "Yêu cầu không hợp lệ",
                    Pages.ICON_INFO, message,
                    "Vui lòng quét lại mã QR trên giấy tiếp nhận hồ sơ.", null, null);
            c.attribute(ANSWERED, true);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static void describe(Metrics m) {
        m.describe("motcua_http_responses_total", "HTTP answers by status class.");
        m.describe("motcua_push_events_total", "Pushed events by outcome.");
        m.describe("motcua_pull_requests_total", "Pull requests answered.");
        m.describe("motcua_pull_changes_total", "Changes handed out by pull.");
        m.describe("motcua_enrollments_total", "Desks enrolled.");
        m.describe("motcua_blob_chunks_total", "File chunks stored.");
        m.describe("motcua_blob_downloads_total", "Files sent to desks.");
        m.describe("motcua_ratings_total", "Rating page submissions by result.");
        m.describe("motcua_lookups_total", "Lookup attempts by result.");
        m.describe("motcua_rate_limited_total", "Requests refused by the per-address budgets.");
        m.describe("motcua_api_refusals_total", "API requests refused with a 4xx, by status.");
    }
}

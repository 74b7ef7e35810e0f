package vn.motcua.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.motcua.central.http.CentralServer;
import vn.motcua.central.security.Secrets;
import vn.motcua.sync.wire.EnrollRequest;
import vn.motcua.sync.wire.EnrollResponse;
import vn.motcua.sync.wire.PushBatch;
import vn.motcua.sync.wire.PushEvent;
import vn.motcua.sync.wire.WireJson;

/** A started central server on an ephemeral port plus a real HTTP client (java.net.http) to talk to it. */
final class CentralFixture implements AutoCloseable {
    static final String OFFICE_A = "000.00.01.H22";
    static final String OFFICE_B = "000.00.02.H22";

    final MutableClock clock = new MutableClock(Instant.parse("2026-04-29T08:30:00Z"));
    final CentralContext ctx;
    final CentralServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final String base;
    private final CentralConfig cfg;

    /** A desk as the tests drive it: its token and rating secret. */
    record Desk(String office, int desk, String token, String ratingSecret, String deviceId) {
    }

    CentralFixture(String dbUrl, String user, String password, CentralConfig.RateLimits limits) {
        this(CentralConfig.defaults(dbUrl).withDatabase(dbUrl, user, password, 4)
                .withHost("127.0.0.1").withPort(0).withLimits(limits).withMaxBodyBytes(256 * 1024)
                .withRatingWindow(Duration.ofHours(24)).withKeyFile(keyFile(dbUrl)));
        ctx.admin().addOffice(OFFICE_A, "Xã Quảng Phú", false);
        ctx.admin().addOffice(OFFICE_B, "Xã Quảng Tâm", false);
    }

    private CentralFixture(CentralConfig cfg) {
        this.cfg = cfg;
        this.ctx = CentralContext.open(cfg, clock);
        this.server = CentralServer.start(ctx, cfg);
        this.base = server.baseUrl();
    }

    /** Another node serving the same database with the same key file (the multi-node tests). */
    CentralFixture secondNode() {
        return new CentralFixture(cfg);
    }

    /** A fresh key file per server (beside the SQLite file; in a temporary folder for PostgreSQL). */
    private static Path keyFile(String dbUrl) {
        try {
            return dbUrl.startsWith("jdbc:sqlite:") ? null
                    : java.nio.file.Files.createTempDirectory("motcua-central-key-").resolve("central.key");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static CentralFixture sqlite(Path dir) {
        return new CentralFixture(TestDatabases.sqlite(dir), null, null, generous());
    }

    static CentralConfig.RateLimits generous() {
        return new CentralConfig.RateLimits(10_000, 10_000, 10_000, 10_000);
    }

    Desk enroll(String office, int desk) throws Exception {
        String code = ctx.enrollment().issue(office, desk, Duration.ofHours(1)).enrollmentCode();
        String secret = Secrets.randomToken(32);
        HttpResponse<String> r = postJson("/api/v1/enroll", null, WireJson.mapper().writeValueAsString(
                new EnrollRequest(1, code, secret, "Quầy " + desk, "test")));
        if (r.statusCode() != 201) {
            throw new AssertionError("enroll: " + r.statusCode() + " " + r.body());
        }
        EnrollResponse e = WireJson.mapper().readValue(r.body(), EnrollResponse.class);
        return new Desk(office, desk, e.deviceToken(), secret, e.deviceId());
    }

    HttpResponse<String> push(Desk d, List<PushEvent> events) throws Exception {
        return postJson("/api/v1/push", d.token(), WireJson.mapper().writeValueAsString(new PushBatch(1, events)));
    }

    HttpResponse<String> pull(Desk d, String query) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/v1/pull" + query)).header("Authorization", "Bearer " + d.token())
                .GET().build());
    }

    HttpResponse<String> postJson(String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return send(b.build());
    }

    HttpResponse<String> postForm(String path, String cookie, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest r) throws Exception {
        return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return WireJson.mapper().readTree(r.body());
    }

    /** The {@code name=value} of the CSRF cookie the response set, and the hidden field's value. */
    static String[] csrf(HttpResponse<String> page) {
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("mc_csrf="))
                .map(h -> h.split(";")[0]).findFirst().orElseThrow(() -> new AssertionError("no csrf cookie"));
        var m = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no csrf field");
        }
        return new String[] {cookie, m.group(1)};
    }

    long count(String table) {
        return ctx.database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The liên thông agency the server holds for a dossier (its column, what the push judges by). */
    String interopAgency(UUID dossierId) {
        return ctx.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT interop_agency FROM dossier WHERE id = ?")) {
                ps.setString(1, dossierId.toString());
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "(no such dossier)";
                }
            }
        });
    }

    /** Opens the database once more, as a restarted server does: Flyway applies what is missing. */
    void migrateAgain() {
        vn.motcua.central.store.CentralDatabase.open(cfg.dbUrl(), cfg.dbUser(), cfg.dbPassword(), 2).close();
    }

    @Override
    public void close() {
        server.close();
        ctx.close();
    }
}

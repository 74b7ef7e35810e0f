package vn.motcua.central.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.bench.SyntheticDossiers;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.sync.wire.EnrollRequest;
import vn.motcua.sync.wire.PushBatch;
import vn.motcua.sync.wire.PushEvent;
import vn.motcua.sync.wire.WireJson;

/**
 * The plain Jetty handler of the desks' pull and push ({@link DeskSyncHandler}, decision 0041) answers on the wire
 * exactly as the Javalin routes did: the same requests — good, empty, paged, and every failure — go to a server with
 * the handler and to one without it, and the status line, the headers (all but {@code Date}), the framing
 * ({@code Content-Length} or chunked) and the body bytes must be equal, and so must {@code /metrics} afterwards.
 *
 * <p>Pulls are compared on one database served by both kinds of server; pushes (which write) on two databases built
 * the same way, the same batches pushed to each.
 */
class DeskSyncHandlerTest {
    private static final String OFFICE_A = "000.00.01.H22";
    private static final String OFFICE_B = "000.00.02.H22";
    /** Large enough for a batch whose answer is larger than Jetty's output buffer (32 KiB). */
    private static final int MAX_BODY = 1024 * 1024;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-29T08:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Node plain;
    private Node javalin;
    private CentralServer javalinOnPlainsData;

    /** One database, its desks, and a server on it. */
    private static final class Node implements AutoCloseable {
        final CentralContext ctx;
        final CentralServer server;
        final String tokenA;
        final String tokenB;
        final String revoked;

        Node(Path dir, boolean plainSyncRoutes) throws Exception {
            java.nio.file.Files.createDirectories(dir);
            CentralConfig cfg = CentralConfig.defaults("jdbc:sqlite:" + dir.resolve("central.db").toAbsolutePath())
                    .withHost("127.0.0.1").withPort(0).withMaxBodyBytes(MAX_BODY)
                    .withLimits(new CentralConfig.RateLimits(10_000, 10_000, 10_000, 10_000));
            ctx = CentralContext.open(cfg, CLOCK);
            ctx.admin().addOffice(OFFICE_A, "Xã Quảng Phú", false);
            ctx.admin().addOffice(OFFICE_B, "Xã Quảng Tâm", false);
            server = CentralServer.start(ctx, cfg, plainSyncRoutes);
            tokenA = enroll(OFFICE_A, 1).deviceToken();
            tokenB = enroll(OFFICE_B, 1).deviceToken();
            var gone = enroll(OFFICE_A, 3);
            revoked = gone.deviceToken();
            ctx.admin().revoke(gone.deviceId());
        }

        List<String> pushesAnswered;

        private vn.motcua.sync.wire.EnrollResponse enroll(String office, int desk) {
            return ctx.enrollment().enroll(new EnrollRequest(1,
                    ctx.enrollment().issue(office, desk, Duration.ofHours(1)).enrollmentCode(),
                    (office.equals(OFFICE_A) ? "a" : "b").repeat(42) + desk, "Quầy " + desk, "test"));
        }

        @Override
        public void close() {
            server.close();
            ctx.close();
        }
    }

    @BeforeEach
    void start() throws Exception {
        plain = new Node(dir.resolve("plain"), true);
        javalin = new Node(dir.resolve("javalin"), false);
        javalinOnPlainsData = CentralServer.start(plain.ctx, CentralConfig.defaults("unused").withHost("127.0.0.1")
                .withPort(0).withMaxBodyBytes(MAX_BODY), false);
    }

    @AfterEach
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {javalinOnPlainsData, plain, javalin}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @Test
    void pushAndPull_answerOnTheWireAsTheJavalinRoutesDid() throws Exception {
        var gen = new SyntheticDossiers(7, OFFICE_A, 1, LocalDate.of(2026, 4, 29));
        var genB = new SyntheticDossiers(8, OFFICE_B, 1, LocalDate.of(2026, 4, 29));
        List<SyntheticDossiers.Made> made = new ArrayList<>();
        List<PushEvent> first = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(gen.dossier(i));
            first.add(gen.received(made.get(i)));
        }
        String batch1 = batch(first);
        String batch2 = batch(List.of(gen.transition(made.get(0), DossierAction.TRANSFER, null),
                gen.received(gen.dossier(10)), gen.transition(made.get(1), DossierAction.TRANSFER, null)));
        List<PushEvent> many = new ArrayList<>();
        for (int i = 100; i < 140; i++) {
            many.add(gen.received(gen.dossier(i)));
        }
        String big = batch(many.subList(0, 20));
        // answers of 26 + 72 bytes an accepted event, one more a duplicate: 113 events of which the first d were pushed
        // before answer in 8,162 + d bytes; up to Jetty's aggregation size (8 KiB) the servlet sent them with their
        // length, above it in chunks
        List<List<PushEvent>> around = new ArrayList<>();
        for (int d = 0; d < 3; d++) {
            List<PushEvent> events = new ArrayList<>();
            for (int i = 0; i < 113; i++) {
                events.add(gen.received(gen.dossier(1000 * (d + 1) + i)));
            }
            around.add(events);
        }
        List<PushEvent> large = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            large.add(gen.received(gen.dossier(5000 + i)));
        }

        // pushes: the same sequence to both databases, every answer compared
        List<String> pushes = new ArrayList<>();
        pushes.add(post("/api/v1/push", "A", "application/json", batch1));
        pushes.add(post("/api/v1/push", "A", "application/json", batch1)); // duplicates
        pushes.add(post("/api/v1/push", "A", "application/json; charset=UTF-8", batch2));
        pushes.add(post("/api/v1/push", "A", "application/json", big));
        for (int d = 29; d <= 31; d++) {
            List<PushEvent> events = around.get(d - 29);
            pushes.add(post("/api/v1/push", "A", "application/json", batch(events.subList(0, d))));
            pushes.add(post("/api/v1/push", "A", "application/json", batch(events)));
        }
        pushes.add(post("/api/v1/push", "A", "application/json", batch(large)));
        pushes.add(post("/api/v1/push", "B", "application/json", batch(List.of(gen.received(gen.dossier(50))))));
        pushes.add(post("/api/v1/push", "B", "application/json", batch(List.of(genB.received(genB.dossier(1))))));
        pushes.add(post("/api/v1/push", null, "application/json", batch1)); // no token
        pushes.add(post("/api/v1/push", "FORGED", "application/json", batch1));
        pushes.add(post("/api/v1/push", "REVOKED", "application/json", batch1));
        pushes.add(post("/api/v1/push", "A", "text/plain", batch1));
        pushes.add(post("/api/v1/push", "A", null, batch1));
        pushes.add(post("/api/v1/push", "A", "application/json", "{\"protocol\":1,\"events\":[{]}"));
        pushes.add(post("/api/v1/push", "A", "application/json", ""));
        pushes.add(post("/api/v1/push", "A", "application/json", "null"));
        pushes.add(post("/api/v1/push", "A", "application/json", "[1,2]"));
        pushes.add(post("/api/v1/push", "A", "application/json", "x".repeat(MAX_BODY + 1000))); // declared too large
        pushes.add(chunked("/api/v1/push", "A", "x".repeat(MAX_BODY + 1000))); // too large, no length declared
        pushes.add(chunked("/api/v1/push", "A", batch(List.of(gen.received(gen.dossier(60))))));
        // a body whose chunks break off with a bad size line: the read fails
        pushes.add("POST /api/v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer TOKEN-A\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n{\"protocol\":1,\"ev\r\n"
                + "zz\r\n");
        pushes.add(post("/api/v1/push/", "A", "application/json", batch(List.of(gen.received(gen.dossier(61))))));
        pushes.add(request("PUT", "/api/v1/push", "A", "application/json", batch1, false));
        pushes.add(request("DELETE", "/api/v1/push", null, null, null, false));
        pushes.add(request("GET", "/api/v1/push", "A", null, null, false));
        pushes.add(request("POST", "/api/v1/push", "A", "application/json", batch1, true)); // asks for gzip
        pushes.add(request("POST", "/api/v1/pushx", "A", "application/json", batch1, false));
        List<String> pulls = List.of("", "?limit=2", "?limit=3&since=0", "?since=-1", "?limit=abc", "?limit=100000",
                "?since=%zz", "?since=%zz&since=0&limit=1", "?limit=2&limit=3", "?since", "?limit", "?=1&limit=1",
                "?limit=%32", "?limit=+2", "?&&limit=1&", "?since=999999999", "?since=1&limit=1", "?x=1");
        for (Node n : List.of(plain, javalin)) {
            n.pushesAnswered = new ArrayList<>();
            for (String p : pushes) {
                n.pushesAnswered.add(exchange(n.server, fill(p, n)));
            }
        }
        assertThat(plain.pushesAnswered).hasSize(pushes.size());
        for (int i = 0; i < pushes.size(); i++) {
            assertThat(plain.pushesAnswered.get(i)).as("push %d: %s", i, pushes.get(i).lines().findFirst().orElse(""))
                    .isEqualTo(javalin.pushesAnswered.get(i));
        }
        assertThat(plain.pushesAnswered.get(0)).startsWith("HTTP/1.1 200").contains("\"accepted\"");
        assertThat(plain.pushesAnswered.get(1)).contains("\"duplicate\"");
        assertThat(plain.pushesAnswered.get(5)).startsWith("HTTP/1.1 200").contains("content-length: 8191");
        assertThat(plain.pushesAnswered.get(7)).startsWith("HTTP/1.1 200").contains("content-length: 8192");
        assertThat(plain.pushesAnswered.get(9)).startsWith("HTTP/1.1 200").contains("framing: chunked");
        assertThat(plain.pushesAnswered.get(10)).startsWith("HTTP/1.1 200").contains("framing: chunked");
        assertThat(plain.pushesAnswered.get(11)).startsWith("HTTP/1.1 403");
        assertThat(plain.pushesAnswered.get(12)).startsWith("HTTP/1.1 200");
        // the counters after the same pushes on both databases: equal (the durations' sum aside)
        String afterPushes = metrics(plain.server);
        assertThat(afterPushes).contains("motcua_push_events_total{outcome=\"accepted\"}")
                .contains("motcua_api_refusals_total{status=\"401\"}");
        assertThat(afterPushes).isEqualTo(metrics(javalin.server));

        // pulls: one database, the plain server and a Javalin-only one side by side
        String cursor = null;
        for (String q : pulls) {
            for (String token : List.of("A", "B", "", "FORGED", "REVOKED")) {
                for (boolean gzip : new boolean[] {false, true}) {
                    String r = request("GET", "/api/v1/pull" + q, token.isEmpty() ? null : token, null, null, gzip);
                    String a = exchange(plain.server, fill(r, plain));
                    String b = exchange(javalinOnPlainsData, fill(r, plain));
                    assertThat(a).as("GET /api/v1/pull%s (%s, gzip %s)", q, token, gzip).isEqualTo(b);
                    if (q.equals("?limit=2") && token.equals("A") && !gzip) {
                        assertThat(a).startsWith("HTTP/1.1 200").contains("\"hasMore\":true");
                        var json = WireJson.mapper().readTree(a.substring(a.indexOf("\n\n") + 2));
                        cursor = json.get("nextCursor").asText();
                    }
                }
            }
        }
        assertThat(cursor).isNotNull();
        for (String q : List.of("?since=" + cursor, "?since=" + cursor + "&limit=1", "?limit=1000&since=" + cursor)) {
            String r = fill(request("GET", "/api/v1/pull" + q, "A", null, null, false), plain);
            assertThat(exchange(plain.server, r)).as(q).isEqualTo(exchange(javalinOnPlainsData, r));
        }
        // an empty page (a desk of the other office, nothing pushed there) and a GET with a body type, a HEAD,
        // a trailing slash, a POST: all as before
        for (String r : List.of(request("GET", "/api/v1/pull", "B", null, null, false),
                request("GET", "/api/v1/pull", "A", "application/json", null, false),
                request("HEAD", "/api/v1/pull", "A", null, null, false),
                request("GET", "/api/v1/pull/", "A", null, null, false),
                request("POST", "/api/v1/pull", "A", "application/json", "{}", false),
                request("GET", "/api/v1/pul", "A", null, null, false))) {
            String filled = fill(r, plain);
            assertThat(exchange(plain.server, filled)).as(r.lines().findFirst().orElse(""))
                    .isEqualTo(exchange(javalinOnPlainsData, filled));
        }

        // the pulls' counters: what the plain server counted since the pushes (less the one /metrics request) is what
        // the Javalin-only server counted for the same requests
        var since = counters(metrics(plain.server));
        counters(afterPushes).forEach((k, v) -> since.merge(k, -v, Long::sum));
        since.merge("motcua_http_responses_total{code=\"2xx\"}", -1L, Long::sum);
        since.merge("motcua_http_request_duration_seconds_count", -1L, Long::sum);
        since.values().removeIf(v -> v == 0);
        var javalins = counters(metrics(javalinOnPlainsData));
        assertThat(javalins).containsKey("motcua_pull_requests_total").containsKey("motcua_pull_changes_total")
                .containsKey("motcua_api_refusals_total{status=\"400\"}");
        assertThat(since).isEqualTo(javalins);
    }

    /** The counters of a /metrics text (not the gauges, which are the database's). */
    private static java.util.Map<String, Long> counters(String metrics) {
        java.util.Map<String, Long> m = new java.util.TreeMap<>();
        metrics.lines().filter(l -> !l.startsWith("#") && l.contains(" "))
                .filter(l -> l.split("[{ ]")[0].endsWith("_total") || l.startsWith("motcua_http_request_duration_seconds_count"))
                .forEach(l -> m.put(l.substring(0, l.lastIndexOf(' ')), Long.parseLong(l.substring(l.lastIndexOf(' ') + 1))));
        return m;
    }

    @Test
    void queryParam_readsAsJavalinDoes() {
        assertThat(DeskSyncHandler.queryParam(null, "since")).isNull();
        assertThat(DeskSyncHandler.queryParam("", "since")).isNull();
        assertThat(DeskSyncHandler.queryParam("since", "since")).isEmpty();
        assertThat(DeskSyncHandler.queryParam("since=a=b", "since")).isEqualTo("a=b");
        assertThat(DeskSyncHandler.queryParam("since=%zz&since=4", "since")).isEqualTo("4");
        assertThat(DeskSyncHandler.queryParam("limit=+2", "limit")).isEqualTo(" 2");
        assertThat(DeskSyncHandler.queryParam("%6Cimit=%32", "limit")).isEqualTo("2");
        assertThat(DeskSyncHandler.queryParam("limit=1&limit=2", "limit")).isEqualTo("1");
    }

    // ---------------------------------------------------------------- a raw HTTP/1.1 client

    private static String batch(List<PushEvent> events) throws Exception {
        return WireJson.mapper().writeValueAsString(new PushBatch(1, events));
    }

    private static String post(String path, String token, String type, String body) {
        return request("POST", path, token, type, body, false);
    }

    /** A request as text, its token a placeholder ({@code TOKEN-A}, …) filled per database. */
    private static String request(String method, String path, String token, String type, String body, boolean gzip) {
        StringBuilder sb = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        if (token != null) {
            sb.append("Authorization: Bearer ").append(token.equals("FORGED") ? "mc1.forged-token" : "TOKEN-" + token)
                    .append("\r\n");
        }
        if (type != null) {
            sb.append("Content-Type: ").append(type).append("\r\n");
        }
        if (gzip) {
            sb.append("Accept-Encoding: gzip\r\n");
        }
        if (body != null) {
            sb.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
        }
        sb.append("\r\n");
        if (body != null) {
            sb.append(body);
        }
        return sb.toString();
    }

    /** A JSON push whose body comes in chunks, without a declared length. */
    private static String chunked(String path, String token, String body) {
        StringBuilder sb = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer TOKEN-" + token + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i += 1000) {
            int n = Math.min(1000, bytes.length - i);
            sb.append(Integer.toHexString(n)).append("\r\n")
                    .append(new String(bytes, i, n, StandardCharsets.UTF_8)).append("\r\n");
        }
        return sb.append("0\r\n\r\n").toString();
    }

    private static String fill(String request, Node n) {
        return request.replace("TOKEN-A", n.tokenA).replace("TOKEN-B", n.tokenB).replace("TOKEN-REVOKED", n.revoked);
    }

    private static String metrics(CentralServer s) throws IOException {
        String r = exchange(s, request("GET", "/metrics", null, null, null, false));
        // the durations' sum, and so the length, differ from run to run
        return r.lines().filter(l -> !l.startsWith("motcua_http_request_duration_seconds_sum")
                        && !l.startsWith("content-length:"))
                .collect(Collectors.joining("\n"));
    }

    /**
     * Sends a request on a fresh connection and returns the answer as text: the status line, the headers but
     * {@code Date} (names lower case, in order), how the body was framed, a blank line, the body (de-chunked; gzip
     * as its bytes in hex).
     */
    private static String exchange(CentralServer s, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", s.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = line(in);
            List<String> headers = new ArrayList<>();
            long length = -1;
            boolean chunked = false;
            boolean gzip = false;
            for (String h; !(h = line(in)).isEmpty(); ) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = h.substring(colon + 1).trim();
                if (name.equals("date")) {
                    continue;
                }
                headers.add(name + ": " + value);
                if (name.equals("content-length")) {
                    length = Long.parseLong(value);
                } else if (name.equals("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                } else if (name.equals("content-encoding")) {
                    gzip = true;
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            String framing;
            if (request.startsWith("HEAD ")) {
                framing = "head";
            } else if (chunked) {
                framing = "chunked";
                for (int n; (n = Integer.parseInt(line(in).split(";")[0].trim(), 16)) > 0; ) {
                    body.write(in.readNBytes(n));
                    line(in);
                }
                line(in);
            } else if (length >= 0) {
                framing = "length";
                body.write(in.readNBytes((int) length));
            } else {
                framing = "close";
                body.write(in.readAllBytes());
            }
            String text = gzip ? java.util.HexFormat.of().formatHex(body.toByteArray())
                    : body.toString(StandardCharsets.UTF_8);
            return status + "\n" + String.join("\n", headers) + "\nframing: " + framing + "\n\n" + text;
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != -1 && c != '\n'; ) {
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }
}

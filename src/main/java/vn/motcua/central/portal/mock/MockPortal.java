package vn.motcua.central.portal.mock;

import static vn.motcua.central.portal.mock.MockJson.JSON;
import static vn.motcua.central.portal.mock.MockJson.blank;
import static vn.motcua.central.portal.mock.MockJson.body;
import static vn.motcua.central.portal.mock.MockJson.error;
import static vn.motcua.central.portal.mock.MockJson.ok;
import static vn.motcua.central.portal.mock.MockJson.reply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for the national portal's gateway, over real HTTP (the JDK's server), for tests and for trying the
 * sender locally ({@code central portal mock --port N}). It speaks the envelope of
 * {@link vn.motcua.central.portal.JsonPortalGateway}, checks what a real portal is publicly known to check (required
 * fields, date formats, lengths, status codes, {@code MaHoSo} beginning with the unit's code), answers "đã tồn tại",
 * lets sessions expire, and on request injects faults: timeouts (applied, answered late), 5xx (not applied), dropped
 * connections (before or after applying).
 *
 * <pre>
 * POST /auth            {username, password} + header dstcode → {error_code:"0", session}
 * POST /service         {session, madonvi, service, …}: DongBoHoSoMC, CapNhatTienDoHoSoMC, TraCuuHoSo
 * GET  /_mock/dossiers  every dossier's last item and progress entries (plus how often it was synced)
 * GET  /_mock/stats     requests, faults by kind
 * POST /_mock/control   {faultRate, timeoutMillis, sessionTtlMillis, refuse:[MaHoSo…], expireSessions:true}
 * </pre>
 *
 * <p>This class is the HTTP side: sessions, injected faults and the control endpoints. What the portal holds and
 * its services are {@link HeldDossiers}; the checks it makes on each item are {@link PortalChecks}.
 */
public final class MockPortal implements AutoCloseable {
    /** The kinds of injected fault. */
    public enum Fault { NONE, TIMEOUT, ERROR_5XX, DROP_BEFORE, DROP_AFTER }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final String user;
    private final String password;
    private final Random random;
    private final Map<String, Long> sessions = new ConcurrentHashMap<>();
    private final HeldDossiers held = new HeldDossiers();
    private final Map<Fault, AtomicLong> faults = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong signIns = new AtomicLong();
    private volatile double faultRate;
    private volatile long timeoutMillis = 2_000;
    private volatile long sessionTtlMillis = 60_000;

    public MockPortal(int port, String user, String password, long seed) throws IOException {
        this.user = user;
        this.password = password;
        this.random = new Random(seed);
        for (Fault f : Fault.values()) {
            faults.put(f, new AtomicLong());
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(pool);
        server.createContext("/auth", this::auth);
        server.createContext("/service", this::service);
        server.createContext("/_mock/dossiers", ex -> reply(ex, 200, dossiersJson()));
        server.createContext("/_mock/stats", ex -> reply(ex, 200, stats()));
        server.createContext("/_mock/control", this::control);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** Faults on a share of the service calls (0 = none). */
    public MockPortal faults(double rate, long timeout) {
        this.faultRate = rate;
        this.timeoutMillis = timeout;
        return this;
    }

    public MockPortal sessionTtl(long millis) {
        this.sessionTtlMillis = millis;
        return this;
    }

    /** Refuses every DongBoHoSoMC item with this MaHoSo (or stops refusing it). */
    public void refuse(String maHoSo, boolean on) {
        held.refuse(maHoSo, on);
    }

    public void expireSessions() {
        sessions.clear();
    }

    public long signIns() {
        return signIns.get();
    }

    public Map<Fault, Long> faultCounts() {
        Map<Fault, Long> m = new LinkedHashMap<>();
        faults.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    /** Every dossier held: its last item, its progress entries in arrival order, how often it was synced. */
    public ObjectNode dossiersJson() {
        return held.json();
    }

    private void auth(HttpExchange ex) throws IOException {
        JsonNode body = body(ex);
        if (body == null || !"POST".equals(ex.getRequestMethod())) {
            reply(ex, 400, error("400", "Yêu cầu không hợp lệ"));
            return;
        }
        if (blank(ex.getRequestHeaders().getFirst("dstcode"))) {
            reply(ex, 200, error("1", "Thiếu header dstcode"));
            return;
        }
        if (!user.equals(body.path("username").asText()) || !password.equals(body.path("password").asText())) {
            reply(ex, 200, error("1", "Sai tên đăng nhập hoặc mật khẩu"));
            return;
        }
        signIns.incrementAndGet();
        String s = UUID.randomUUID().toString();
        sessions.put(s, System.currentTimeMillis() + sessionTtlMillis);
        ObjectNode ok = ok();
        ok.put("session", s);
        reply(ex, 200, ok);
    }

    private void service(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        JsonNode body = body(ex);
        if (body == null || !"POST".equals(ex.getRequestMethod())) {
            reply(ex, 400, error("400", "Yêu cầu không hợp lệ"));
            return;
        }
        Long expires = sessions.get(body.path("session").asText(""));
        if (expires == null || expires < System.currentTimeMillis()) {
            sessions.remove(body.path("session").asText(""));
            reply(ex, 200, error("-1", "Phiên làm việc đã hết hạn (session expired)"));
            return;
        }
        if (blank(ex.getRequestHeaders().getFirst("dstcode")) || blank(body.path("madonvi").asText(""))) {
            reply(ex, 200, error("1", "Thiếu dstcode hoặc madonvi"));
            return;
        }
        Fault fault = nextFault();
        faults.get(fault).incrementAndGet();
        if (fault == Fault.ERROR_5XX) {
            reply(ex, 503, error("503", "Service Unavailable"));
            return;
        }
        if (fault == Fault.DROP_BEFORE) {
            ex.close();
            return;
        }
        ObjectNode answer = held.serve(body);
        if (fault == Fault.DROP_AFTER) {
            ex.close();
            return;
        }
        if (fault == Fault.TIMEOUT) {
            try {
                Thread.sleep(timeoutMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        reply(ex, 200, answer);
    }

    private Fault nextFault() {
        synchronized (random) {
            if (faultRate <= 0 || random.nextDouble() >= faultRate) {
                return Fault.NONE;
            }
            Fault[] kinds = {Fault.TIMEOUT, Fault.ERROR_5XX, Fault.DROP_BEFORE, Fault.DROP_AFTER};
            return kinds[random.nextInt(kinds.length)];
        }
    }

    private void control(HttpExchange ex) throws IOException {
        JsonNode b = body(ex);
        if (b == null) {
            reply(ex, 400, error("400", "JSON body required"));
            return;
        }
        if (b.has("faultRate")) {
            faultRate = b.get("faultRate").asDouble();
        }
        if (b.has("timeoutMillis")) {
            timeoutMillis = b.get("timeoutMillis").asLong();
        }
        if (b.has("sessionTtlMillis")) {
            sessionTtlMillis = b.get("sessionTtlMillis").asLong();
        }
        if (b.has("refuse")) {
            held.refuseOnly(b.get("refuse"));
        }
        if (b.path("expireSessions").asBoolean(false)) {
            expireSessions();
        }
        reply(ex, 200, stats());
    }

    private ObjectNode stats() {
        ObjectNode o = JSON.createObjectNode();
        o.put("requests", requests.get());
        o.put("signIns", signIns.get());
        o.put("faultRate", faultRate);
        ObjectNode f = o.putObject("faults");
        faultCounts().forEach((k, v) -> f.put(k.name(), v));
        o.set("refuse", held.refusedJson());
        return o;
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}

package vn.motcua.central.portal.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
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
 */
public final class MockPortal implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final String[] DATES = {"NgayTiepNhan", "NgayHenTra", "NgayTra", "NgayKetThucXuLy", "NgayTuChoi",
        "NgayNopHoSo"};

    /** The kinds of injected fault. */
    public enum Fault { NONE, TIMEOUT, ERROR_5XX, DROP_BEFORE, DROP_AFTER }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final String user;
    private final String password;
    private final Random random;
    private final Map<String, Long> sessions = new ConcurrentHashMap<>();
    private final Map<String, Held> dossiers = new TreeMap<>();
    private final Map<Fault, AtomicLong> faults = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong signIns = new AtomicLong();
    private final Set<String> refuse = ConcurrentHashMap.newKeySet();
    private volatile double faultRate;
    private volatile long timeoutMillis = 2_000;
    private volatile long sessionTtlMillis = 60_000;

    /** What the mock holds of one dossier. */
    private static final class Held {
        ObjectNode item;
        final ArrayNode progress = JSON.createArrayNode();
        int syncs;
    }

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
        if (on) {
            refuse.add(maHoSo);
        } else {
            refuse.remove(maHoSo);
        }
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
        ObjectNode answer;
        synchronized (dossiers) {
            answer = switch (body.path("service").asText("")) {
                case "DongBoHoSoMC" -> sync(body);
                case "CapNhatTienDoHoSoMC" -> progress(body);
                case "TraCuuHoSo" -> lookup(body);
                default -> error("1", "Dịch vụ không hỗ trợ: " + body.path("service").asText(""));
            };
        }
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

    private ObjectNode sync(JsonNode body) {
        String unit = body.path("madonvi").asText();
        String updating = body.path("isUpdating").asText("");
        if (!updating.equals("True") && !updating.equals("False")) {
            return error("1", "isUpdating phải là \"True\" hoặc \"False\"");
        }
        JsonNode data = body.path("data");
        if (!data.isArray() || data.isEmpty() || data.size() > 100) {
            return error("1", "data phải có từ 1 đến 100 hồ sơ");
        }
        Set<String> inCall = new HashSet<>();
        for (JsonNode item : data) {
            Optional<String> problem = checkDossier(unit, item);
            if (problem.isPresent()) {
                return error("2", problem.get());
            }
            String code = item.get("MaHoSo").asText();
            if (!inCall.add(code)) {
                return error("2", "Hồ sơ " + code + " lặp lại trong một lần gọi");
            }
            if (refuse.contains(code)) {
                return error("2", "Hồ sơ " + code + ": dữ liệu không hợp lệ (từ chối theo cấu hình thử nghiệm)");
            }
            boolean exists = dossiers.containsKey(code);
            if (updating.equals("False") && exists) {
                return error("3", "Hồ sơ " + code + " đã tồn tại");
            }
            if (updating.equals("True") && !exists) {
                return error("4", "Hồ sơ " + code + " không tồn tại");
            }
        }
        for (JsonNode item : data) {
            Held h = dossiers.computeIfAbsent(item.get("MaHoSo").asText(), k -> new Held());
            h.item = ((ObjectNode) item).deepCopy();
            h.syncs++;
        }
        return ok();
    }

    private ObjectNode progress(JsonNode body) {
        JsonNode data = body.path("data");
        if (!data.isArray() || data.isEmpty() || data.size() > 10) {
            return error("1", "data phải có từ 1 đến 10 mục tiến độ");
        }
        for (JsonNode e : data) {
            String code = e.path("MaHoSo").asText("");
            if (!dossiers.containsKey(code)) {
                return error("4", "Hồ sơ " + code + " không tồn tại");
            }
            if (blank(e.path("NguoiXuLy").asText("")) && e.path("NguoiXuLy").isMissingNode()) {
                return error("2", code + ": thiếu NguoiXuLy");
            }
            if (e.path("NguoiXuLy").asText("").length() > 50) {
                return error("2", code + ": NguoiXuLy quá 50 ký tự");
            }
            if (!isDate(e.path("ThoiDiemXuLy").asText(""), false) || !isDate(e.path("NgayBatDau").asText(""), true)
                    || !isDate(e.path("NgayKetThucTheoQuyDinh").asText(""), true)) {
                return error("2", code + ": ngày giờ phải theo yyyyMMddHHmmss");
            }
            if (!isStatus(e.path("TrangThai").asText(""))) {
                return error("2", code + ": TrangThai phải từ 1 đến 10");
            }
            if (blank(e.path("NoiDungXuLy").asText(""))) {
                return error("2", code + ": thiếu NoiDungXuLy");
            }
        }
        for (JsonNode e : data) {
            dossiers.get(e.get("MaHoSo").asText()).progress.add(e.deepCopy());
        }
        return ok();
    }

    private ObjectNode lookup(JsonNode body) {
        Held h = dossiers.get(body.path("mahoso").asText(""));
        if (h == null) {
            return error("4", "Hồ sơ không tồn tại");
        }
        ObjectNode r = ok();
        ObjectNode d = h.item.deepCopy();
        d.set("QuaTrinhXuLy", h.progress.deepCopy());
        r.putArray("result").add(d); // OpenCPS reads TraCuuHoSo's "result" as an array: found = not empty
        return r;
    }

    /** The checks a portal is publicly known to make (docs/portal-mapping.md). */
    static Optional<String> checkDossier(String unit, JsonNode d) {
        String code = d.path("MaHoSo").asText("");
        for (String f : new String[] {"MaHoSo", "MaTTHC", "ChuHoSo", "NgayTiepNhan", "TrangThaiHoSo",
            "KenhThucHien"}) {
            if (blank(d.path(f).asText(""))) {
                return Optional.of(code + ": thiếu " + f);
            }
        }
        if (!code.startsWith(unit + "-")) {
            return Optional.of(code + ": MaHoSo phải bắt đầu bằng mã đơn vị " + unit);
        }
        if (!isStatus(d.path("TrangThaiHoSo").asText())) {
            return Optional.of(code + ": TrangThaiHoSo phải từ 1 đến 10");
        }
        if (!Set.of("1", "2", "3").contains(d.path("KenhThucHien").asText())) {
            return Optional.of(code + ": KenhThucHien không hợp lệ");
        }
        for (String f : DATES) {
            if (!isDate(d.path(f).asText(""), !f.equals("NgayTiepNhan"))) {
                return Optional.of(code + ": " + f + " phải theo yyyyMMddHHmmss");
            }
        }
        String summary = d.path("TrichYeuHoSo").asText("");
        if (summary.length() > 1000) {
            return Optional.of(code + ": TrichYeuHoSo quá 1000 ký tự");
        }
        for (int i = 0; i < summary.length(); i++) {
            char ch = summary.charAt(i);
            if (Character.isHighSurrogate(ch) && (i + 1 >= summary.length()
                    || !Character.isLowSurrogate(summary.charAt(i + 1)))
                    || Character.isLowSurrogate(ch) && (i == 0 || !Character.isHighSurrogate(summary.charAt(i - 1)))) {
                return Optional.of(code + ": TrichYeuHoSo có ký tự hỏng");
            }
        }
        for (JsonNode id : d.path("DinhDanhCHS")) {
            if (!Set.of("1", "2").contains(id.path("LoaiDinhDanh").asText())
                    || !id.path("SoDinhDanh").asText("").matches("[0-9]{9}|[0-9]{12}")) {
                return Optional.of(code + ": DinhDanhCHS không hợp lệ");
            }
        }
        return Optional.empty();
    }

    private static boolean isStatus(String s) {
        return s.matches("[1-9]|10");
    }

    private static boolean isDate(String s, boolean mayBeEmpty) {
        if (s.isEmpty()) {
            return mayBeEmpty;
        }
        if (!s.matches("[0-9]{14}")) {
            return false;
        }
        try {
            LocalDateTime.parse(s, DATE.withResolverStyle(java.time.format.ResolverStyle.STRICT));
            return true;
        } catch (DateTimeParseException e) {
            return false;
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
            refuse.clear();
            b.get("refuse").forEach(n -> refuse.add(n.asText()));
        }
        if (b.path("expireSessions").asBoolean(false)) {
            expireSessions();
        }
        reply(ex, 200, stats());
    }

    /** Every dossier held: its last item, its progress entries in arrival order, how often it was synced. */
    public ObjectNode dossiersJson() {
        ObjectNode out = JSON.createObjectNode();
        synchronized (dossiers) {
            dossiers.forEach((code, h) -> {
                ObjectNode o = out.putObject(code);
                o.set("dossier", h.item.deepCopy());
                o.set("progress", h.progress.deepCopy());
                o.put("syncs", h.syncs);
            });
        }
        return out;
    }

    private ObjectNode stats() {
        ObjectNode o = JSON.createObjectNode();
        o.put("requests", requests.get());
        o.put("signIns", signIns.get());
        o.put("faultRate", faultRate);
        ObjectNode f = o.putObject("faults");
        faultCounts().forEach((k, v) -> f.put(k.name(), v));
        ArrayNode r = o.putArray("refuse");
        refuse.forEach(r::add);
        return o;
    }

    private static ObjectNode ok() {
        ObjectNode o = JSON.createObjectNode();
        o.put("error_code", "0");
        o.put("message", "Thành công");
        return o;
    }

    private static ObjectNode error(String code, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("error_code", code);
        o.put("message", message);
        return o;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static JsonNode body(HttpExchange ex) {
        try (InputStream in = ex.getRequestBody()) {
            byte[] b = in.readNBytes(8 * 1024 * 1024);
            if (b.length == 0) {
                return null;
            }
            JsonNode n = JSON.readTree(b);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void reply(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}

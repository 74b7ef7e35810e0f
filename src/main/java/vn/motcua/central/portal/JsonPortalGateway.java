package vn.motcua.central.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The DVCQG adapter envelope (INTEGRATION.md §2.1, OpenCPS's {@code DVCQGIntegrationActionImpl}): sign in with
 * {@code {username, password}} and a {@code dstcode} header for a session, then every service is a POST of
 * {@code {session, madonvi, service, …}} with the same header; the answer carries {@code error_code} ("0" = done)
 * and {@code message}. Sessions are kept per {@code dstcode} and renewed when the portal says one expired.
 */
public final class JsonPortalGateway implements PortalGateway {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PortalConfig cfg;
    private final HttpClient http;
    private final Map<String, String> sessions = new ConcurrentHashMap<>();

    public JsonPortalGateway(PortalConfig cfg) {
        this.cfg = cfg;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(cfg.requestTimeout()).build();
    }

    @Override
    public Answer syncDossiers(String unitCode, boolean updating, List<ObjectNode> items) throws Unavailable {
        ObjectNode body = JSON.createObjectNode();
        body.put("isUpdating", updating ? "True" : "False");
        body.putArray("data").addAll(items);
        return answer(call(unitCode, "DongBoHoSoMC", body));
    }

    @Override
    public Answer updateProgress(String unitCode, List<ObjectNode> entries) throws Unavailable {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("data").addAll(entries);
        return answer(call(unitCode, "CapNhatTienDoHoSoMC", body));
    }

    @Override
    public Lookup lookup(String unitCode, String maHoSo) throws Unavailable {
        ObjectNode body = JSON.createObjectNode();
        body.put("mahoso", maHoSo);
        JsonNode r = call(unitCode, "TraCuuHoSo", body);
        if (!isOk(r)) {
            return new Lookup(false, null, 0);
        }
        JsonNode d = r.has("result") ? r.get("result") : r.path("data");
        if (d.isArray()) {
            d = d.size() == 0 ? null : d.get(0);
        }
        if (d == null || d.isMissingNode() || d.isNull()) {
            return new Lookup(false, null, 0);
        }
        return new Lookup(true, d, d.path("QuaTrinhXuLy").size());
    }

    /** One service call; signs in first when there is no session, and once more when the session expired. */
    private JsonNode call(String unitCode, String service, ObjectNode fields) throws Unavailable {
        String dst = cfg.dstcode().isBlank() ? unitCode : cfg.dstcode();
        for (int round = 0; ; round++) {
            String session = sessions.get(dst);
            if (session == null) {
                session = signIn(dst);
            }
            ObjectNode body = JSON.createObjectNode();
            body.put("session", session);
            body.put("madonvi", unitCode);
            body.put("service", service);
            body.setAll(fields);
            Reply reply = post(cfg.servicePath(), dst, body);
            if (reply.status == 401 || reply.json != null && sessionExpired(reply.json)) {
                sessions.remove(dst, session);
                if (round == 0) {
                    continue;
                }
                throw new Unavailable("the portal refused a fresh session", null);
            }
            if (reply.status >= 400 && reply.json == null) {
                ObjectNode r = JSON.createObjectNode();
                r.put("error_code", "HTTP_" + reply.status);
                r.put("message", "HTTP " + reply.status);
                return r;
            }
            if (reply.json == null) {
                throw new Unavailable("the portal's answer to " + service + " is not JSON", null);
            }
            return reply.json;
        }
    }

    private String signIn(String dst) throws Unavailable {
        ObjectNode body = JSON.createObjectNode();
        body.put("username", cfg.user());
        body.put("password", cfg.password());
        Reply r = post(cfg.authPath(), dst, body);
        if (r.json == null || !isOk(r.json) || r.json.path("session").asText("").isEmpty()) {
            String why = r.json == null ? "HTTP " + r.status : r.json.path("message").asText("no session");
            throw new Unavailable("portal sign-in failed: " + why, null);
        }
        String s = r.json.get("session").asText();
        sessions.put(dst, s);
        return s;
    }

    private record Reply(int status, JsonNode json) {
    }

    private Reply post(String path, String dst, ObjectNode body) throws Unavailable {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(cfg.url() + path)).timeout(cfg.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (dst != null && !dst.isBlank()) {
            b.header("dstcode", dst);
        }
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unavailable("portal unreachable or connection dropped: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted", e);
        }
        if (r.statusCode() >= 500) {
            throw new Unavailable("portal answered HTTP " + r.statusCode(), null);
        }
        try {
            JsonNode json = r.body() == null || r.body().isBlank() ? null : JSON.readTree(r.body());
            return new Reply(r.statusCode(), json != null && json.isObject() ? json : null);
        } catch (IOException e) {
            return new Reply(r.statusCode(), null);
        }
    }

    /** "0" (TD platform) or "00" (OpenCPS's {@code ERR_CODE_00_KEY}) is success; a number 0 too. */
    static boolean isOk(JsonNode r) {
        String code = r.path("error_code").asText("");
        return "0".equals(code) || "00".equals(code);
    }

    /** Assumption (no public source names the code): an expired session is a 401 or a message about the session. */
    static boolean sessionExpired(JsonNode r) {
        if (isOk(r)) {
            return false;
        }
        String m = r.path("message").asText("").toLowerCase(Locale.ROOT);
        return m.contains("session") || m.contains("phiên");
    }

    static Answer answer(JsonNode r) {
        String code = r.path("error_code").asText("");
        String message = r.path("message").asText("");
        if (isOk(r)) {
            return Answer.done();
        }
        boolean exists = "3".equals(code) || "-3".equals(code)
                || message.toLowerCase(Locale.ROOT).contains("đã tồn tại");
        return new Answer(false, exists, code, message);
    }
}

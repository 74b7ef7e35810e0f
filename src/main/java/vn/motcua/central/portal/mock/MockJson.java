package vn.motcua.central.portal.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The mock portal's envelope: {@code {error_code, message}} answers, reading a JSON body, writing a reply. */
final class MockJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private MockJson() {
    }

    /** The portal's success answer ({@code error_code} "0"). */
    static ObjectNode ok() {
        return answer("0", "Thành công");
    }

    /** A refusal with the portal's error code and its (Vietnamese) message, as a real portal answers. */
    static ObjectNode error(String code, String message) {
        return answer(code, message);
    }

    private static ObjectNode answer(String code, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("error_code", code);
        o.put("message", message);
        return o;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The request's JSON object, or null when the body is empty, not JSON or not an object. */
    static JsonNode body(HttpExchange ex) {
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

    static void reply(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}

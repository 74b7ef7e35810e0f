package vn.motcua.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.domain.text.Msg;
import vn.motcua.sync.wire.WireJson;

/**
 * A {@link Msg} with a key as JSON, to keep the last sync error in the desk's database so a restarted desk still shows
 * it in the clerk's language (issue 19): {@code {"key": "...", "args": ["text" | {"key": ..., "args": [...]}]}}.
 */
final class MsgJson {
    private MsgJson() {
    }

    /** The JSON of {@code msg}; null for plain text (nothing to translate) or no message. */
    static String write(Msg msg) {
        if (msg == null || msg.key() == null) {
            return null;
        }
        try {
            return WireJson.mapper().writeValueAsString(tree(msg));
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The message written by {@link #write}; null when {@code json} is null or unreadable. */
    static Msg read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return msg(WireJson.mapper().readTree(json));
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private static ObjectNode tree(Msg msg) {
        ObjectNode n = WireJson.mapper().createObjectNode();
        if (msg.key() == null) {
            n.putNull("key");
        } else {
            n.put("key", msg.key());
        }
        ArrayNode args = n.putArray("args");
        for (Object a : msg.args()) {
            if (a instanceof Msg m) {
                args.add(tree(m));
            } else {
                args.add(String.valueOf(a));
            }
        }
        return n;
    }

    private static Msg msg(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a message");
        }
        List<Object> args = new ArrayList<>();
        for (JsonNode a : n.path("args")) {
            args.add(a.isObject() ? msg(a) : a.asText());
        }
        JsonNode key = n.get("key");
        return key == null || key.isNull() ? Msg.text(args.isEmpty() ? "" : String.valueOf(args.get(0)))
                : new Msg(key.asText(), args);
    }
}

package vn.motcua.sync.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.motcua.domain.text.Msg;

/**
 * A {@link Msg} on the wire (decision 0030): its key and its arguments, each either text or a message of the same
 * shape — {@code {"key": "central.event.nth", "args": ["3", {"key": "dossier.refused", "args": [...]}]}} — so a
 * reason built of reasons (an event-numbered refusal around a status rule) reaches a desk whole and is said in its
 * clerk's language. A plain text (no key) has no wire message: the answer's Vietnamese {@code message} is the text.
 *
 * @param key  the bundle key ({@code vn/motcua/domain/text/messages_*.properties})
 * @param args the arguments: JSON strings, or objects of this shape
 */
public record WireMsg(String key, List<JsonNode> args) {

    public WireMsg {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** The wire form of {@code msg}; null for no message or a plain text (nothing to translate). */
    public static WireMsg of(Msg msg) {
        if (msg == null || msg.key() == null) {
            return null;
        }
        List<JsonNode> args = new ArrayList<>(msg.args().size());
        for (Object a : msg.args()) {
            args.add(node(a));
        }
        return new WireMsg(msg.key(), args);
    }

    private static JsonNode node(Object arg) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (!(arg instanceof Msg m)) {
            return f.textNode(String.valueOf(arg));
        }
        if (m.key() == null) { // a plain text nested in a message: its one text
            return f.textNode(m.args().isEmpty() ? "" : String.valueOf(m.args().get(0)));
        }
        ObjectNode n = f.objectNode();
        n.put("key", m.key());
        var list = n.putArray("args");
        m.args().forEach(a -> list.add(node(a)));
        return n;
    }

    /**
     * The message, when every key in it (nested ones too) is one {@code known} accepts — a newer server may send a
     * key an older desk lacks, and a sentence half in one language is worse than the Vietnamese text whole; else null.
     */
    public Msg toMsg(Predicate<String> known) {
        return msg(key, args, known);
    }

    private static Msg msg(String key, List<JsonNode> args, Predicate<String> known) {
        if (key == null || key.isBlank() || !known.test(key)) {
            return null;
        }
        List<Object> out = new ArrayList<>(args.size());
        for (JsonNode a : args) {
            if (a != null && a.isObject() && !a.hasNonNull("key")) { // a plain text written as {"key": null, ...}
                out.add(a.path("args").path(0).asText(""));
            } else if (a != null && a.isObject()) {
                List<JsonNode> inner = new ArrayList<>();
                a.path("args").forEach(inner::add);
                Msg m = msg(a.path("key").asText(null), inner, known);
                if (m == null) {
                    return null;
                }
                out.add(m);
            } else {
                out.add(a == null || a.isNull() ? "" : a.asText());
            }
        }
        return new Msg(key, out);
    }
}

package vn.motcua.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import vn.motcua.domain.text.Msg;
import vn.motcua.sync.wire.WireJson;
import vn.motcua.sync.wire.WireMsg;

/**
 * A {@link Msg} with a key as JSON, to keep a sync message in the desk's database (the last sync error, a quarantined
 * event's reason) so a restarted desk still shows it in the clerk's language (issue 19): the wire's shape
 * ({@link WireMsg}), {@code {"key": "...", "args": ["text" | {"key": ..., "args": [...]}]}}.
 */
public final class MsgJson {
    private MsgJson() {
    }

    /** The JSON of {@code msg}; null for plain text (nothing to translate) or no message. */
    public static String write(Msg msg) {
        return write(WireMsg.of(msg));
    }

    /** The JSON of a message as it came over the wire; null for none. */
    static String write(WireMsg msg) {
        if (msg == null) {
            return null;
        }
        try {
            return WireJson.mapper().writeValueAsString(msg);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The message written by {@link #write}; null when {@code json} is null, unreadable or has a key unknown here. */
    public static Msg read(String json) {
        if (json == null) {
            return null;
        }
        try {
            WireMsg w = WireJson.mapper().readValue(json, WireMsg.class);
            return w == null ? null : w.toMsg(SyncClient::known);
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    /** The stored message, or {@code text} as it is when there is none (older rows, reasons without key). */
    public static Msg readOr(String json, String text) {
        Msg m = read(json);
        return m != null ? m : Msg.text(text);
    }
}

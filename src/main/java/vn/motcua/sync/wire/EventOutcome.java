package vn.motcua.sync.wire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the server did with one pushed event. */
public enum EventOutcome {
    /** Stored and applied now. */
    ACCEPTED,
    /** Already stored earlier (same event id): nothing changed, the desk may mark it sent. */
    DUPLICATE,
    /** Refused by the rules (e.g. an impossible status change): quarantine it at the desk; the queue goes on. */
    REJECTED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static EventOutcome fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}

package vn.motcua.sync.wire;

import java.util.UUID;

/**
 * The server's answer for one event; {@code code} and {@code message} only when rejected.
 *
 * @param code    a stable machine code, e.g. {@code TRANSITION_REFUSED}, {@code UNKNOWN_DOSSIER}
 * @param message the reason in Vietnamese, for the supervisor's quarantine list
 */
public record EventResult(UUID eventId, EventOutcome outcome, String code, String message) {

    public static EventResult accepted(UUID eventId) {
        return new EventResult(eventId, EventOutcome.ACCEPTED, null, null);
    }

    public static EventResult duplicate(UUID eventId) {
        return new EventResult(eventId, EventOutcome.DUPLICATE, null, null);
    }

    public static EventResult rejected(UUID eventId, String code, String message) {
        return new EventResult(eventId, EventOutcome.REJECTED, code, message);
    }
}

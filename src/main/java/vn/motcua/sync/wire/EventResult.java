package vn.motcua.sync.wire;

import java.util.UUID;
import vn.motcua.domain.text.Msg;

/**
 * The server's answer for one event; {@code code} and {@code message} only when rejected.
 *
 * @param code    a stable machine code, e.g. {@code TRANSITION_REFUSED}, {@code UNKNOWN_DOSSIER}
 * @param message the reason in Vietnamese, for the supervisor's quarantine list (what older desks show)
 * @param msg     the reason as a message key with its arguments, nested messages included, so a desk shows it in its
 *                clerk's language (decision 0030); absent from older servers' answers and for a reason without key
 */
public record EventResult(UUID eventId, EventOutcome outcome, String code, String message, WireMsg msg) {

    /** An answer without a wire message (older servers, accepted and duplicate events). */
    public EventResult(UUID eventId, EventOutcome outcome, String code, String message) {
        this(eventId, outcome, code, message, null);
    }

    public static EventResult accepted(UUID eventId) {
        return new EventResult(eventId, EventOutcome.ACCEPTED, null, null);
    }

    public static EventResult duplicate(UUID eventId) {
        return new EventResult(eventId, EventOutcome.DUPLICATE, null, null);
    }

    public static EventResult rejected(UUID eventId, String code, String message) {
        return new EventResult(eventId, EventOutcome.REJECTED, code, message);
    }

    /** A refusal with its reason as a message: the Vietnamese text for older desks, the key for newer ones. */
    public static EventResult rejected(UUID eventId, String code, Msg why) {
        return new EventResult(eventId, EventOutcome.REJECTED, code, why.vi(), WireMsg.of(why));
    }
}

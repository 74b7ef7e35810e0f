package vn.motcua.sync.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One outbox event as pushed.
 *
 * @param eventId    the client's UUID; the server stores an event once and answers {@code duplicate} after that
 * @param deviceSeq  the desk's outbox sequence number (increasing)
 * @param type       an {@link EventType} name; kept as text so an unknown type can be reported precisely
 * @param dossierId  the dossier the event is about
 * @param occurredAt when it happened, ISO-8601 with offset (read by {@link WireTimes.OffsetReader})
 * @param payload    the type's payload (see {@link EventType})
 */
public record PushEvent(UUID eventId, long deviceSeq, String type, UUID dossierId,
                        @JsonDeserialize(using = WireTimes.OffsetReader.class) OffsetDateTime occurredAt,
                        JsonNode payload) {
}

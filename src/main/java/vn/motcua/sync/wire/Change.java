package vn.motcua.sync.wire;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One change in a pull page, always the entity's latest state (a dossier changed three times since the cursor
 * appears once).
 *
 * @param seq     the server sequence number of the change, increasing within the office
 * @param kind    what it is
 * @param key     the entity key: dossier id, dossier code (rating), document kind
 * @param deleted a tombstone: the entity is gone and {@code data} is null
 * @param data    the entity
 */
public record Change(long seq, ChangeKind kind, String key, boolean deleted, JsonNode data) {
}

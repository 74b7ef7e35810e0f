package vn.motcua.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import vn.motcua.domain.dossier.ProgressEntry;

/**
 * Facts that travel with a progress entry through sync without being part of the entry itself: the logbook line given
 * at registration ({@code "logbook": {"volume", "line"}}) and a fee payment ({@code "payment": {...}}). The central
 * server keeps each pushed progress entry as sent and hands the whole log back on pull, so another desk learns them
 * from the log; a reader that does not know these members ignores them.
 */
public final class ProgressExtras {
    public static final String LOGBOOK = "logbook";
    public static final String PAYMENT = "payment";

    private ProgressExtras() {
    }

    /** The entry as JSON with one extra member. */
    public static ObjectNode with(ProgressEntry entry, String member, Object value) {
        ObjectNode node = Json.mapper().valueToTree(entry);
        node.set(member, Json.mapper().valueToTree(value));
        return node;
    }

    /** The extra member of a pulled entry, when present and an object. */
    public static Optional<JsonNode> of(JsonNode entry, String member) {
        JsonNode v = entry == null ? null : entry.get(member);
        return v != null && v.isObject() ? Optional.of(v) : Optional.empty();
    }
}

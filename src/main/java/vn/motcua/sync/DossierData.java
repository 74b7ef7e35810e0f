package vn.motcua.sync;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.ProgressEntry;
import vn.motcua.store.Json;
import vn.motcua.sync.wire.DossierPayload;
import vn.motcua.sync.wire.WireTimes;
import vn.motcua.store.AttachmentRepository.StoredAttachment;

/**
 * What the applier takes from a pulled dossier change's {@code "data"}, before it writes anything: the dossier with
 * the server's status and version, its progress log (null: none sent or one this build cannot read), the attachments,
 * and as trees what the writing reads member by member (each progress entry's {@code logbook}/{@code payment}, the
 * apologies, who made the change).
 *
 * <p>Two readers give it. {@link #typed} reads the data's bytes straight into these values (issue 18, decision 0037);
 * it answers only for the shapes it knows to give exactly what the tree reading gives, and returns null for anything
 * else — a member of another JSON type than usual, a time not in the shape {@code LocalDateTime} writes, a duplicate
 * member, attachments or apologies (rare on a pull, read by the tree code), a domain rule broken — so that the caller
 * falls back to the tree reading of the applier, which is the old code and keeps its outcome, errors included.
 */
record DossierData(Dossier dossier, List<ProgressEntry> log, List<StoredAttachment> files, JsonNode progress,
                   JsonNode apologies, JsonNode by) {
    private static final Logger LOG = LoggerFactory.getLogger(DossierData.class);

    /**
     * The desk's mapper (as the tree reading's {@code treeToValue} uses) whose local times in the usual shape are
     * read by hand ({@link WireTimes#local}); any other text or token goes to Jackson's own reader.
     */
    private static final ObjectMapper MAPPER = Json.mapper().copy().registerModule(new SimpleModule("motcua-pull-times")
            .addDeserializer(LocalDateTime.class, new QuickLocalTime()));
    private static final ObjectReader PAYLOAD = MAPPER.readerFor(DossierPayload.class);
    private static final Map<String, DossierStatus> STATUS_NAMES = new HashMap<>();

    static {
        for (DossierStatus s : DossierStatus.values()) {
            STATUS_NAMES.put(s.name(), s);
        }
    }

    /**
     * The data read from {@code bytes[from, to)} (an object), or null when the typed reading does not answer for
     * it. Never throws.
     */
    static DossierData typed(byte[] bytes, int from, int to) {
        try (JsonParser p = MAPPER.getFactory().createParser(bytes, from, to - from)) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            return read(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static DossierData read(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        DossierPayload payload = null;
        Integer status = null;
        Long version = null;
        List<ProgressEntry> log = null;
        boolean logUnreadable = false;
        ArrayNode progress = null;
        JsonNode by = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "dossier" -> {
                    if (t != JsonToken.START_OBJECT) {
                        return null;
                    }
                    payload = PAYLOAD.readValue(p);
                }
                case "status" -> {
                    if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                        return null;
                    }
                    status = p.getIntValue();
                }
                case "version" -> {
                    if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                        return null;
                    }
                    version = p.getLongValue();
                }
                case "progress" -> {
                    if (t != JsonToken.START_ARRAY) {
                        return null;
                    }
                    progress = JsonNodeFactory.instance.arrayNode();
                    log = new ArrayList<>();
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (t != JsonToken.START_OBJECT) {
                            return null;
                        }
                        ObjectNode extras = JsonNodeFactory.instance.objectNode();
                        ProgressEntry e = entry(p, extras);
                        if (e == null) {
                            logUnreadable = true;
                        } else {
                            log.add(e);
                        }
                        progress.add(extras);
                    }
                }
                case "attachments", "apologies" -> {
                    if (t != JsonToken.VALUE_NULL && !(t == JsonToken.START_ARRAY
                            && p.nextToken() == JsonToken.END_ARRAY)) {
                        return null;
                    }
                }
                case "by" -> by = Json.mapper().readTree(p);
                default -> p.skipChildren();
            }
        }
        if (payload == null || p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
            return null;
        }
        Dossier pulled = payload.toDossier();
        DossierStatus s = status == null ? pulled.status() : DossierStatus.fromCode(status).orElse(pulled.status());
        long v = version == null ? pulled.version() : version;
        Dossier d = pulled.toBuilder().status(s).version(v).build();
        if (logUnreadable) {
            LOG.warn("Pulled progress entry of {} unreadable, local log kept", d.code());
            log = null;
        } else if (log != null && log.isEmpty()) {
            log = null;
        }
        return new DossierData(d, log, List.of(), progress, null, by);
    }

    /**
     * One progress entry as Jackson's record reading would build it, its {@code logbook}/{@code payment} members put
     * into {@code extras}; null when the entry breaks its record's rules (the tree reading then keeps the local log).
     *
     * @throws IOException also for a shape the typed reading does not answer for (the whole change goes the tree way)
     */
    private static ProgressEntry entry(JsonParser p, ObjectNode extras) throws IOException {
        String actor = null;
        String role = null;
        String unit = null;
        LocalDateTime at = null;
        String action = null;
        DossierStatus status = null;
        LocalDateTime stepStart = null;
        LocalDateTime stepDeadline = null;
        String note = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "actor" -> actor = text(p, t);
                case "role" -> role = text(p, t);
                case "unit" -> unit = text(p, t);
                case "action" -> action = text(p, t);
                case "note" -> note = text(p, t);
                case "at" -> at = time(p, t);
                case "stepStart" -> stepStart = time(p, t);
                case "stepDeadline" -> stepDeadline = time(p, t);
                case "status" -> {
                    if (t == JsonToken.VALUE_NULL) {
                        status = null;
                    } else if (t == JsonToken.VALUE_STRING && STATUS_NAMES.containsKey(p.getText())) {
                        status = STATUS_NAMES.get(p.getText());
                    } else {
                        throw new IOException("status of another shape");
                    }
                }
                case "logbook", "payment" -> extras.set(name, Json.mapper().readTree(p));
                default -> p.skipChildren();
            }
        }
        try {
            return new ProgressEntry(actor, role, unit, at, action, status, stepStart, stepDeadline, note);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static String text(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw new IOException("text of another shape");
        }
        return p.getText();
    }

    private static LocalDateTime time(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        LocalDateTime v = t == JsonToken.VALUE_STRING ? WireTimes.local(p.getText()) : null;
        if (v == null) {
            throw new IOException("time of another shape");
        }
        return v;
    }

    /** Local times: the usual shape by hand, everything else (other text, other tokens) by Jackson's reader. */
    private static final class QuickLocalTime extends JsonDeserializer<LocalDateTime> {
        @Override
        public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                LocalDateTime v = WireTimes.local(p.getText());
                if (v != null) {
                    return v;
                }
            }
            return LocalDateTimeDeserializer.INSTANCE.deserialize(p, ctxt);
        }
    }
}

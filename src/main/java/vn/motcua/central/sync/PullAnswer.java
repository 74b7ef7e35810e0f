package vn.motcua.central.sync;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.central.store.DossierRepository.DossierChange;
import vn.motcua.central.store.DossierRepository.PulledProgress;
import vn.motcua.central.store.TrustRepository.Apology;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.sync.wire.AttachmentMeta;
import vn.motcua.sync.wire.Change;
import vn.motcua.sync.wire.ChangeKind;
import vn.motcua.sync.wire.PullPage;
import vn.motcua.sync.wire.WireJson;

/**
 * One pull page as read from the database, before it becomes JSON. {@link #writeTo} streams it into the answer with
 * one {@link JsonGenerator}: no Jackson tree per dossier, progress entry, file or apology (building those trees and
 * serialising them again was most of the pull's CPU, docs/performance.md, issue 18). The bytes are the same as
 * {@link #toPage()} written by {@link WireJson#mapper()} — the {@link PullPage} the route answered before — which
 * {@code PullAnswerTest} checks; the trees stay for that comparison and for callers that want the page as objects.
 *
 * @param page       the page's changes in order; a dossier's carries its row, any other kind its data tree
 * @param progress   progress log by dossier id (the page's dossiers only)
 * @param attachments file records by dossier id (made from their rows while reading, so writing cannot fail on them)
 * @param apologies  appointment apologies by dossier id
 */
public record PullAnswer(List<Entry> page, String nextCursor, boolean hasMore,
                         Map<String, List<PulledProgress>> progress, Map<String, List<AttachmentMeta>> attachments,
                         Map<String, List<Apology>> apologies) {

    /** One change of the page: a dossier's stored row ({@code data} null), or another kind's data. */
    public record Entry(long seq, ChangeKind kind, String key, DossierChange dossier, JsonNode data) {
    }

    /** Changes on the page. */
    public int size() {
        return page.size();
    }

    /**
     * Writes the page as the pull's JSON answer (UTF-8) to {@code out}, leaving it open. Nothing is read from the
     * database here, so nothing can fail halfway but the connection.
     */
    public void writeTo(OutputStream out) throws IOException {
        try (JsonGenerator g = WireJson.mapper().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeNumberField("protocol", WireJson.PROTOCOL);
            g.writeArrayFieldStart("changes");
            for (Entry e : page) {
                g.writeStartObject();
                g.writeNumberField("seq", e.seq());
                g.writeStringField("kind", e.kind().name());
                if (e.key() != null) {
                    g.writeStringField("key", e.key());
                }
                g.writeBooleanField("deleted", false);
                g.writeFieldName("data");
                if (e.dossier() != null) {
                    writeDossier(g, e.dossier());
                } else {
                    g.writeTree(e.data());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("nextCursor", nextCursor);
            g.writeBooleanField("hasMore", hasMore);
            g.writeEndObject();
        }
    }

    private void writeDossier(JsonGenerator g, DossierChange d) throws IOException {
        g.writeStartObject();
        g.writeFieldName("dossier");
        g.writeRawValue(StoredJson.of(d.data()));
        g.writeNumberField("status", d.status());
        g.writeNumberField("version", d.version());
        g.writeArrayFieldStart("progress");
        for (PulledProgress p : progress.getOrDefault(d.id(), List.of())) {
            if (p.data() != null) {
                g.writeRawValue(StoredJson.of(p.data()));
            } else {
                g.writeStartObject();
                g.writeStringField("at", p.at());
                g.writeStringField("action", p.action());
                g.writeStringField("status", oldStatus(p));
                if (p.note() != null) {
                    g.writeStringField("note", p.note());
                }
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("attachments");
        for (AttachmentMeta a : attachments.getOrDefault(d.id(), List.of())) {
            g.writeObject(a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("apologies");
        for (Apology a : apologies.getOrDefault(d.id(), List.of())) {
            g.writeStartObject();
            g.writeStringField("eventId", a.eventId());
            g.writeStringField("reason", a.reason());
            if (a.previousAppointment() != null) {
                g.writeStringField("previousAppointment", a.previousAppointment());
            }
            g.writeStringField("newAppointment", a.newAppointment());
            g.writeStringField("createdAt", a.createdAt());
            g.writeStringField("createdBy", a.createdBy());
            g.writeStringField("deviceId", a.deviceId());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (d.lastDevice() != null) {
            g.writeObjectFieldStart("by");
            g.writeStringField("deviceId", d.lastDevice());
            if (d.lastDeskNo() != null) {
                g.writeNumberField("deskNo", d.lastDeskNo());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** The page as objects: the answer as the route built it before it was streamed (same JSON). */
    public PullPage toPage() {
        List<Change> changes = new ArrayList<>(page.size());
        for (Entry e : page) {
            changes.add(new Change(e.seq(), e.kind(), e.key(), false,
                    e.dossier() != null ? dossierTree(e.dossier()) : e.data()));
        }
        return new PullPage(WireJson.PROTOCOL, changes, nextCursor, hasMore);
    }

    private ObjectNode dossierTree(DossierChange d) {
        ObjectNode data = WireJson.mapper().createObjectNode();
        data.putRawValue("dossier", StoredJson.raw(d.data()));
        data.put("status", d.status());
        data.put("version", d.version());
        ArrayNode log = data.putArray("progress");
        for (PulledProgress p : progress.getOrDefault(d.id(), List.of())) {
            if (p.data() != null) {
                log.addRawValue(StoredJson.raw(p.data()));
            } else {
                ObjectNode e = log.addObject();
                e.put("at", p.at());
                e.put("action", p.action());
                e.put("status", oldStatus(p));
                if (p.note() != null) {
                    e.put("note", p.note());
                }
            }
        }
        ArrayNode files = data.putArray("attachments");
        for (AttachmentMeta a : attachments.getOrDefault(d.id(), List.of())) {
            files.addPOJO(a);
        }
        ArrayNode sorry = data.putArray("apologies");
        for (Apology a : apologies.getOrDefault(d.id(), List.of())) {
            ObjectNode o = sorry.addObject();
            o.put("eventId", a.eventId());
            o.put("reason", a.reason());
            if (a.previousAppointment() != null) {
                o.put("previousAppointment", a.previousAppointment());
            }
            o.put("newAppointment", a.newAppointment());
            o.put("createdAt", a.createdAt());
            o.put("createdBy", a.createdBy());
            o.put("deviceId", a.deviceId());
        }
        if (d.lastDevice() != null) {
            ObjectNode by = data.putObject("by");
            by.put("deviceId", d.lastDevice());
            if (d.lastDeskNo() != null) {
                by.put("deskNo", d.lastDeskNo());
            }
        }
        return data;
    }

    /** A progress row stored before the server kept the desk's entry (schema v1): its status by name. */
    private static String oldStatus(PulledProgress p) {
        return DossierStatus.fromCode(p.status()).map(Enum::name).orElse("NEW");
    }
}

package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.service.DeskContext;
import vn.motcua.store.Json;
import vn.motcua.store.SyncOutboxRepository.OutboxEvent;
import vn.motcua.sync.wire.DossierPayload;
import vn.motcua.sync.wire.PushEvent;
import vn.motcua.sync.wire.WireJson;

/** A pushed event's bytes: the raw-value dossier (decision 0035) writes what the tree of it wrote before. */
class PushWireTest {
    @TempDir
    Path dir;

    @Test
    void theDossierGoesUpByteForByteAsTheTreeOfItDid() throws Exception {
        try (DeskContext d = TestDesks.desk(dir, "000.00.01.H22", 1)) {
            TestDesks.register(d);
            TestDesks.register(d, java.time.LocalDateTime.of(2026, 3, 2, 7, 5, 9));
            List<OutboxEvent> events = d.database().read(c -> new vn.motcua.store.SyncOutboxRepository().pending(c,
                    100));
            assertThat(events).isNotEmpty();
            int dossiers = 0;
            for (OutboxEvent ev : events) {
                String now = WireJson.mapper().writeValueAsString(PushStep.toWire(ev));
                String before = WireJson.mapper().writeValueAsString(treeBuilt(ev));
                assertThat(now).isEqualTo(before);
                if (now.contains("\"dossier\":{")) {
                    dossiers++;
                }
            }
            assertThat(dossiers).isPositive();
        }
    }

    /**
     * The streamed reading of the outbox payload (decision 0037) sends what the tree reading sent, also for payloads
     * of odd shapes (unknown members, numbers a tree rewrites, a member twice, a dossier the domain refuses, trailing
     * text, not an object): those go the old way.
     */
    @Test
    void oddPayloads_goUpAsTheTreeReadingSentThem() throws Exception {
        try (DeskContext d = TestDesks.desk(dir, "000.00.01.H22", 1)) {
            TestDesks.register(d);
            List<OutboxEvent> events = d.database().read(c -> new vn.motcua.store.SyncOutboxRepository().pending(c,
                    100));
            OutboxEvent ev = events.get(0);
            String p = ev.payload();
            assertThat(p).contains("\"dossier\":{\"id\"").contains("\"sets\":1");
            List<String> odd = List.of(p,
                    p.replace("\"dossier\":{", "\"dossier\":{\"newMember\":[1.5,{\"a\":null}],"),
                    p.replace("\"sets\":1", "\"sets\":1.0"),
                    p.replace("\"sets\":1", "\"sets\":-0"),
                    p.replace("\"sets\":1", "\"sets\":1,\"sets\":2"),
                    p.replace("\"applicant\":{\"fullName\":\"", "\"applicant\":{\"fullName\":null,\"x\":\""),
                    p.replace("\"dossier\":{", "\"dossier\":7,\"dossier\":{"),
                    p.replace("\"dossier\":{", "\"other\":{\"sets\":1.50},\"dossier\":{"),
                    p.replace("\"dossier\":{", "\"dossier\":{\"receivedAt\":\"2026-03-02T07:05:09Z\","),
                    p + " trailing", "[" + p + "]", "\"text\"", "{", "");
            for (String o : odd) {
                OutboxEvent e = new OutboxEvent(ev.seq(), ev.eventId(), ev.type(), ev.dossierId(), ev.occurredAt(), o);
                assertThat(WireJson.mapper().writeValueAsString(PushStep.toWire(e))).as(o)
                        .isEqualTo(WireJson.mapper().writeValueAsString(treeRead(e)));
            }
        }
    }

    /** The wire form as the tree reading built it (before decision 0037), its fall-backs included. */
    private static PushEvent treeRead(OutboxEvent ev) {
        try {
            JsonNode payload = Json.mapper().readTree(ev.payload());
            if (payload instanceof ObjectNode o && o.get("dossier") instanceof ObjectNode dn) {
                o.set("dossier", PushStep.wireDossier(ev, dn));
            }
            return new PushEvent(ev.eventId(), ev.seq(), ev.type(), ev.dossierId(),
                    OffsetDateTime.parse(ev.occurredAt()), payload);
        } catch (Exception ex) {
            return new PushEvent(ev.eventId(), ev.seq(), ev.type(), ev.dossierId(), null, null);
        }
    }

    /** The wire form as it was built before: the dossier payload turned into a tree by the store's mapper. */
    private static PushEvent treeBuilt(OutboxEvent ev) throws Exception {
        JsonNode payload = Json.mapper().readTree(ev.payload());
        if (payload instanceof ObjectNode o && o.get("dossier") instanceof ObjectNode dn) {
            o.set("dossier", Json.mapper().valueToTree(DossierPayload.of(Json.mapper().treeToValue(dn,
                    Dossier.class))));
        }
        return new PushEvent(ev.eventId(), ev.seq(), ev.type(), ev.dossierId(), OffsetDateTime.parse(ev.occurredAt()),
                payload);
    }
}

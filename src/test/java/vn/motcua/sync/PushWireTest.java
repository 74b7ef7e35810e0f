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

package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.service.DeskContext;
import vn.motcua.store.DossierRepository;
import vn.motcua.store.Json;
import vn.motcua.store.SyncOutboxRepository;
import vn.motcua.store.SyncStateRepository;
import vn.motcua.sync.wire.EventOutcome;
import vn.motcua.sync.wire.PushBatch;
import vn.motcua.sync.wire.PushEvent;
import vn.motcua.sync.wire.PushResult;
import vn.motcua.sync.wire.WireJson;

/**
 * Members a newer peer adds are tolerated both ways over a real server (decision 0018): a desk pushes a dossier event
 * carrying members this build does not know, the server accepts it, and another desk pulls the dossier (the server
 * hands the members on) and applies it.
 */
class SyncPayloadToleranceTest {
    private static final String OFFICE = SyncRig.OFFICE;

    @RegisterExtension
    final SyncRig rig = SyncRig.notEnrolled(2);

    @Test
    void unknownMembers_arePushedAccepted_andPulledApplied() throws Exception {
        rig.enrol(1);
        rig.enrol(2);
        String code = TestDesks.register(rig.desk(1));

        // desk 1's DOSSIER_RECEIVED as a newer desk would send it: extra members in the payload and the dossier
        SyncOutboxRepository.OutboxEvent ev = rig.desk(1).database().read(c -> new SyncOutboxRepository().pending(c, 1))
                .get(0);
        ObjectNode payload = (ObjectNode) Json.mapper().readTree(ev.payload());
        payload.put("channelHint", "kiosk");
        ((ObjectNode) payload.get("dossier")).put("priority", "HIGH");
        ((ObjectNode) payload.get("dossier").get("applicant")).put("nationality", "VN");
        SyncClient client = new SyncClient(Clock.systemUTC(), Duration.ofSeconds(5), Duration.ofSeconds(30));
        PushResult pushed = client.push(rig.server().baseUrl(), token(rig.desk(1)), new PushBatch(WireJson.PROTOCOL,
                List.of(new PushEvent(ev.eventId(), ev.seq(), ev.type(), ev.dossierId(),
                        OffsetDateTime.parse(ev.occurredAt()), payload)), null)).body();
        assertThat(pushed.results()).singleElement().satisfies(r ->
                assertThat(r.outcome()).as(r.code() + " " + r.message()).isEqualTo(EventOutcome.ACCEPTED));

        // the server hands the members on: the change desk 2 receives carries them
        JsonNode page = client.pull(rig.server().baseUrl(), token(rig.desk(2)), "0", 100).body();
        JsonNode change = null;
        for (JsonNode ch : page.get("changes")) {
            if (ch.path("data").path("dossier").path("code").asText().equals(code)) {
                change = ch;
            }
        }
        assertThat(change).as("the dossier in desk 2's pull").isNotNull();
        assertThat(change.path("data").path("dossier").path("priority").asText()).isEqualTo("HIGH");

        // and desk 2 applies it all the same
        SyncReport r = rig.sync(2).syncOnce();
        assertThat(r.ok()).as(r.error()).isTrue();
        assertThat(r.skipped()).isZero();
        var pulled = rig.desk(2).database().read(c -> new DossierRepository().findByCode(c, code)).orElseThrow();
        assertThat(pulled.applicant().fullName()).isEqualTo("Nguyễn Văn Đức");
    }

    /** The desk's device token, opened as the engine opens it. */
    private static String token(DeskContext d) {
        SyncStores stores = SyncStores.of(d.database());
        SyncStateRepository.Enrollment e = d.database().read(new SyncStateRepository()::enrollment).orElseThrow();
        return stores.deviceKey().open(e.deviceToken(), e.deviceId());
    }
}

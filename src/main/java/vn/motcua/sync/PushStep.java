package vn.motcua.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.text.Msg;
import vn.motcua.store.Json;
import vn.motcua.store.SyncOutboxRepository.OutboxEvent;
import vn.motcua.store.SyncStateRepository.Enrollment;
import vn.motcua.sync.wire.AuditHead;
import vn.motcua.sync.wire.DossierPayload;
import vn.motcua.sync.wire.EventResult;
import vn.motcua.sync.wire.PushBatch;
import vn.motcua.sync.wire.PushEvent;
import vn.motcua.sync.wire.PushResult;
import vn.motcua.sync.wire.WireJson;

/**
 * Sends the outbox up in batches, in outbox order, with this desk's audit chain head. Accepted and duplicate events are
 * marked sent; a rejected one is quarantined with the server's reason and the queue goes on; a batch the server refuses
 * as a whole because of one event (a 4xx naming it) quarantines that event and goes again without it; a batch too
 * large is halved. Network trouble ends the step (the run reports it).
 */
final class PushStep {
    private static final Logger LOG = LoggerFactory.getLogger(PushStep.class);

    private final SyncStores stores;
    private final Clock clock;
    private final SyncClient client;
    private final Retrier retrier;
    private final int batchSize;

    PushStep(SyncStores stores, Clock clock, SyncClient client, Retrier retrier, int batchSize) {
        this.stores = stores;
        this.clock = clock;
        this.client = client;
        this.retrier = retrier;
        this.batchSize = Math.max(1, Math.min(batchSize, 500));
    }

    /**
     * Sends everything pending; counts go to {@code n}. While a batch is on its way, the next one is read and turned
     * into its wire form on a second thread (issue 18): the desk's half of the work overlaps the server's. The
     * look-ahead is only a cache — each batch is still read as it stands after the one before was applied, and an
     * event not prepared ahead (or prepared by a look-ahead that failed) is converted then.
     */
    void push(Enrollment e, SyncRun n) {
        LookAhead.run("motcua-sync-push-ahead", p -> push(e, n, p));
    }

    private void push(Enrollment e, SyncRun n, ExecutorService lookAhead) {
        int size = batchSize;
        Future<Map<UUID, PushEvent>> ahead = null;
        while (true) {
            int limit = size;
            List<OutboxEvent> batch = stores.db().read(c -> stores.outbox().pending(c, limit));
            AuditHead head = auditHead();
            if (batch.isEmpty()) {
                reportAuditHead(e, n, head);
                return;
            }
            Map<UUID, PushEvent> prepared = prepared(ahead);
            List<PushEvent> events = new ArrayList<>(batch.size());
            for (OutboxEvent ev : batch) {
                PushEvent w = prepared.get(ev.eventId());
                events.add(w != null ? w : toWire(ev));
            }
            long last = batch.get(batch.size() - 1).seq();
            ahead = lookAhead.submit(() -> {
                Map<UUID, PushEvent> next = new HashMap<>();
                for (OutboxEvent ev : stores.db().read(c -> stores.outbox().pendingAfter(c, last, limit))) {
                    next.put(ev.eventId(), toWire(ev));
                }
                return next;
            });
            PushResult result;
            try {
                result = retrier.call(n, () -> client.push(e.serverUrl(), e.deviceToken(),
                        new PushBatch(WireJson.PROTOCOL, events, head)), batch.get(0).eventId());
            } catch (SyncException ex) {
                if (ex.retryable()) {
                    throw ex;
                }
                if (ex.eventId() != null && batch.stream().anyMatch(b -> b.eventId().equals(ex.eventId()))) {
                    quarantine(ex.eventId(), ex.code(), ex.getMessage(), MsgJson.write(ex.msg()));
                    n.rejected++;
                    continue;
                }
                if (ex.status() == 413 && size > 1) {
                    size = Math.max(1, size / 2);
                    continue;
                }
                if (ex.status() == 413 || (ex.status() == 400 && batch.size() == 1)) {
                    quarantine(batch.get(0).eventId(), ex.code(), ex.getMessage(), MsgJson.write(ex.msg()));
                    n.rejected++;
                    continue;
                }
                throw ex; // 401 revoked, 415, …: nothing more can be sent in this run
            }
            applyResults(batch, result, n);
            noteAuditHeadSent(head);
        }
    }

    /** This desk's audit chain head now (null before the first chained row). */
    private AuditHead auditHead() {
        return stores.db().read(c -> stores.audit().head(c)).map(h -> new AuditHead(h.id(), h.hash())).orElse(null);
    }

    /** With nothing to push, the head still goes up (an empty batch) when it moved since the server last saw it. */
    private void reportAuditHead(Enrollment e, SyncRun n, AuditHead head) {
        if (head == null || key(head).equals(stores.db().read(stores.state()::auditHeadSent))) {
            return;
        }
        retrier.call(n, () -> client.push(e.serverUrl(), e.deviceToken(), new PushBatch(WireJson.PROTOCOL,
                List.of(), head)), null);
        noteAuditHeadSent(head);
    }

    private void noteAuditHeadSent(AuditHead head) {
        if (head != null) {
            stores.db().run(c -> stores.state().saveAuditHeadSent(c, key(head)));
        }
    }

    private static String key(AuditHead head) {
        return head.id() + ":" + head.hash();
    }

    /** What the look-ahead prepared (nothing if it failed: those events are converted on the spot). */
    private static Map<UUID, PushEvent> prepared(Future<Map<UUID, PushEvent>> ahead) {
        if (ahead == null) {
            return Map.of();
        }
        try {
            return ahead.get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing the next batch", ex);
        } catch (ExecutionException ex) {
            LOG.debug("Look-ahead of the next push batch failed; converting on the spot", ex.getCause());
            return Map.of();
        }
    }

    /**
     * The event as it goes up. The outbox row holds the store's JSON of the domain dossier (decision 0002); its
     * {@code "dossier"} member goes up as a {@link DossierPayload}, the protocol's own shape (decision 0018).
     */
    static PushEvent toWire(OutboxEvent ev) {
        try {
            JsonNode payload = Json.mapper().readTree(ev.payload());
            if (payload instanceof ObjectNode o && o.get("dossier") instanceof ObjectNode d) {
                o.set("dossier", wireDossier(ev, d));
            }
            return new PushEvent(ev.eventId(), ev.seq(), ev.type(), ev.dossierId(),
                    OffsetDateTime.parse(ev.occurredAt()), payload);
        } catch (JsonProcessingException | DateTimeException ex) {
            // A broken local row cannot be sent; the server would refuse it anyway. Send it as is and let the
            // server name it (it quarantines only that event).
            LOG.error("Outbox event {} is unreadable locally", ev.eventId(), ex);
            return new PushEvent(ev.eventId(), ev.seq(), ev.type(), ev.dossierId(), null, null);
        }
    }

    /**
     * The stored dossier as a {@link DossierPayload}; one the domain cannot read goes as stored (the server judges).
     * The payload is written once, by the store's mapper, into a raw value the batch's writer copies as it is: the
     * same bytes as a tree of it would give (`PushWireTest`), without building that tree.
     */
    static JsonNode wireDossier(OutboxEvent ev, ObjectNode stored) {
        try {
            String json = Json.mapper().writeValueAsString(
                    DossierPayload.of(Json.mapper().treeToValue(stored, Dossier.class)));
            return Json.mapper().getNodeFactory().rawValueNode(new RawValue(json));
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException ex) {
            LOG.warn("The dossier of outbox event {} does not read as a dossier here; it goes as stored: {}",
                    ev.eventId(), ex.toString());
            return stored;
        }
    }

    private void applyResults(List<OutboxEvent> batch, PushResult result, SyncRun n) {
        Map<UUID, EventResult> byId = new HashMap<>();
        if (result.results() != null) {
            for (EventResult er : result.results()) {
                if (er != null && er.eventId() != null && er.outcome() != null) {
                    byId.put(er.eventId(), er);
                }
            }
        }
        Instant now = clock.instant();
        stores.db().run(c -> {
            List<UUID> sent = new ArrayList<>();
            for (OutboxEvent ev : batch) {
                EventResult er = byId.get(ev.eventId());
                if (er == null) {
                    continue; // not answered: stays pending and goes again
                }
                switch (er.outcome()) {
                    case ACCEPTED -> {
                        sent.add(ev.eventId());
                        n.pushed++;
                    }
                    case DUPLICATE -> {
                        sent.add(ev.eventId());
                        n.duplicates++;
                    }
                    case REJECTED -> {
                        stores.outbox().quarantine(c, ev.eventId(), er.code(), er.message(),
                                MsgJson.write(SyncClient.reason(er)), now);
                        n.rejected++;
                        LOG.warn("Event {} (#{}) quarantined: {} {}", ev.eventId(), ev.seq(), er.code(),
                                er.message());
                    }
                    default -> throw new IllegalStateException("unknown outcome " + er.outcome());
                }
            }
            stores.outbox().markSent(c, sent, now);
        });
        if (byId.isEmpty()) {
            throw SyncException.transport(Msg.of("sync.push.noResults"), null, 200);
        }
    }

    private void quarantine(UUID eventId, String code, String reason, String reasonMsg) {
        Instant now = clock.instant();
        stores.db().run(c -> stores.outbox().quarantine(c, eventId, code, reason, reasonMsg, now));
        LOG.warn("Event {} quarantined: {} {}", eventId, code, reason);
    }
}

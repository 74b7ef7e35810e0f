package vn.motcua.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.domain.text.Msg;
import vn.motcua.store.Json;
import vn.motcua.store.SyncStateRepository;
import vn.motcua.store.SyncStateRepository.Enrollment;

/**
 * Pulls pages of changes from the stored server cursor. Each page is applied by the {@link PullApplier} in ONE
 * transaction together with its new cursor, so a page applied twice changes nothing; a truncated or garbled page is
 * retried, never half applied. Then releases the held-back dossier states whose local events the server has judged.
 */
final class PullStep {
    private static final Logger LOG = LoggerFactory.getLogger(PullStep.class);

    private final SyncStores stores;
    private final Clock clock;
    private final SyncClient client;
    private final Retrier retrier;
    private final PullApplier applier;
    private final int pageSize;

    PullStep(SyncStores stores, Clock clock, SyncClient client, Retrier retrier, PullApplier applier, int pageSize) {
        this.stores = stores;
        this.clock = clock;
        this.client = client;
        this.retrier = retrier;
        this.applier = applier;
        this.pageSize = Math.max(1, Math.min(pageSize, 1000));
    }

    void pull(Enrollment e, SyncRun r) {
        String cursor = stores.db().read(stores.state()::state).cursor();
        while (true) {
            String since = cursor;
            JsonNode page = retrier.call(r, () -> {
                SyncClient.Answer<JsonNode> a = client.pull(e.serverUrl(), e.deviceToken(), since, pageSize);
                checkPage(a.body(), since);
                return a;
            }, null);
            JsonNode changes = page.get("changes");
            String next = page.get("nextCursor").asText();
            LocalDateTime now = LocalDateTime.now(clock).withNano(0);
            PullApplier.Tally t = new PullApplier.Tally();
            stores.db().run(c -> {
                for (JsonNode ch : changes) {
                    applier.apply(c, ch, now, t);
                }
                stores.state().saveCursor(c, next);
            });
            r.pulled += changes.size();
            r.deferred += t.deferred;
            r.skipped += t.skipped;
            r.documentsChanged |= t.documentsChanged;
            if (t.problem != null) {
                r.problem = t.problem;
            }
            cursor = next;
            if (!page.path("hasMore").asBoolean(false) || changes.isEmpty()) {
                break;
            }
        }
        releaseDeferred();
    }

    /** A page must be whole: a truncated or garbled one is retried, never half applied. */
    private static void checkPage(JsonNode page, String since) {
        if (page == null || !page.path("changes").isArray() || !page.path("nextCursor").isTextual()) {
            throw SyncException.transport(Msg.of("sync.pull.incomplete"), null, 200);
        }
        try {
            long next = Long.parseLong(page.get("nextCursor").asText());
            if (next < Long.parseLong(since)) {
                throw SyncException.transport(Msg.of("sync.pull.cursorBack"), null, 200);
            }
        } catch (NumberFormatException ex) {
            throw SyncException.transport(Msg.of("sync.pull.cursorInvalid"), ex, 200);
        }
    }

    /** Applies held-back dossier states whose local events the server has now judged. */
    private void releaseDeferred() {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        stores.db().run(c -> {
            for (SyncStateRepository.Deferred d : stores.state().releasable(c)) {
                try {
                    applier.applyDossier(c, Json.mapper().readTree(d.data()), now);
                } catch (JsonProcessingException | IllegalArgumentException ex) {
                    LOG.warn("Held-back state of dossier {} is unusable: {}", d.dossierId(), ex.toString());
                }
                stores.state().dropDeferred(c, d.dossierId());
            }
        });
    }
}

package vn.motcua.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
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

    /**
     * Pulls and applies every page. While a page is applied, the next one is already asked for on a second thread
     * (issue 18): the server builds it while the desk writes. The asked-for page is the first try of the next
     * request — checked, counted and retried exactly as one asked for then; pulling is read-only on the server, so a
     * page asked for and then not applied (a failure, a cancel) changes nothing.
     */
    void pull(Enrollment e, SyncRun r) {
        LookAhead.run("motcua-sync-pull-ahead", p -> pull(e, r, p));
    }

    private void pull(Enrollment e, SyncRun r, ExecutorService pool) {
        String cursor = stores.db().read(stores.state()::state).cursor();
        Future<SyncClient.Answer<PulledPage>> ahead = null;
        while (true) {
            String since = cursor;
            Future<SyncClient.Answer<PulledPage>> asked = ahead;
            boolean[] firstTry = {true};
            PulledPage page = retrier.call(r, () -> {
                SyncClient.Answer<PulledPage> a = asked != null && firstTry[0] ? answer(asked)
                        : client.pullPage(e.serverUrl(), e.deviceToken(), since, pageSize);
                firstTry[0] = false;
                checkPage(a.body(), since);
                return a;
            }, null);
            List<PulledChange> changes = page.changes();
            String next = page.head().get("nextCursor").asText();
            boolean more = page.head().path("hasMore").asBoolean(false) && !changes.isEmpty();
            ahead = more ? pool.submit(() -> client.pullPage(e.serverUrl(), e.deviceToken(), next, pageSize)) : null;
            LocalDateTime now = LocalDateTime.now(clock).withNano(0);
            PullApplier.Tally t = new PullApplier.Tally();
            stores.db().run(c -> {
                for (PulledChange ch : changes) {
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
            if (!more) {
                break;
            }
        }
        releaseDeferred();
    }

    /** The answer asked for ahead, or its failure as the request's own. */
    private static SyncClient.Answer<PulledPage> answer(Future<SyncClient.Answer<PulledPage>> asked) {
        try {
            return asked.get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw SyncException.transport(Msg.of("sync.interrupted"), ex, 0);
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw SyncException.transport(Msg.of("sync.pull.incomplete"), ex.getCause(), 0);
        }
    }

    /** A page must be whole: a truncated or garbled one is retried, never half applied. */
    private static void checkPage(PulledPage page, String since) {
        if (page == null || page.changes() == null || !page.head().path("nextCursor").isTextual()) {
            throw SyncException.transport(Msg.of("sync.pull.incomplete"), null, 200);
        }
        try {
            long next = Long.parseLong(page.head().get("nextCursor").asText());
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

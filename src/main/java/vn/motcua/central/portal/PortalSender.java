package vn.motcua.central.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.central.store.CentralDatabase;

/**
 * One node's sender: looks for offices with due changes, takes each office's lease ({@link PortalLease}) and works its
 * changes off in order, a few at a time (decision 0013).
 *
 * <ul>
 *   <li>A refused change (the portal answered no) is counted and retried with exponential backoff and jitter; after
 *       {@link PortalConfig#maxAttempts} refusals it is set aside with the portal's reason. A refused batch is sent
 *       again change by change, so only the bad change is counted. Later changes of its dossier wait behind it; other
 *       dossiers go on.</li>
 *   <li>The portal failing (unreachable, 5xx, timeout, dropped connection) is not the change's fault: the office
 *       backs off (exponential, jitter) and nothing is counted against the changes.</li>
 *   <li>A change whose send began but whose outcome is unknown (failure above, a node that died, a lease taken over)
 *       stays marked in flight; the next attempt asks the portal ({@code TraCuuHoSo}) what it holds before sending,
 *       so it is never applied twice.</li>
 * </ul>
 */
public final class PortalSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PortalSender.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The portal's progress calls take at most this many entries (INTEGRATION.md §2.2: chunks of 10). */
    static final int PROGRESS_CHUNK = 10;

    private final CentralDatabase db;
    private final PortalGateway gateway;
    private final PortalConfig cfg;
    private final Clock clock;
    private final String node;
    private final ScheduledExecutorService poller;
    private final ExecutorService workers;
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final AtomicLong sent = new AtomicLong();
    private volatile boolean running = true;

    public PortalSender(CentralDatabase db, PortalGateway gateway, PortalConfig cfg, Clock clock, String node,
                        int threads) {
        this.db = db;
        this.gateway = gateway;
        this.cfg = cfg;
        this.clock = clock;
        this.node = node;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "portal-poll-" + node));
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> daemon(r, "portal-send-" + node));
    }

    /** A node name: host name and a random suffix (two nodes on one host differ). */
    public static String nodeName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "node";
        }
        return host + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Starts polling. */
    public PortalSender start() {
        long every = Math.max(20, cfg.poll().toMillis());
        poller.scheduleWithFixedDelay(this::poll, 0, every, TimeUnit.MILLISECONDS);
        LOG.info("Portal sender {} started for {}", node, cfg.url());
        return this;
    }

    /** Changes this node has marked sent since it started. */
    public long sentByThisNode() {
        return sent.get();
    }

    private void poll() {
        try {
            List<String> offices = db.read(c -> PortalOutbox.officesWithWork(c, clock.millis()));
            for (String office : offices) {
                if (running && busy.add(office)) {
                    workers.execute(() -> {
                        try {
                            work(office);
                        } catch (RuntimeException e) {
                            LOG.warn("Portal sender: office {} failed; tried again on the next poll", office, e);
                        } finally {
                            busy.remove(office);
                        }
                    });
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Portal sender: could not look for work", e);
        }
    }

    /** Runs one office until it has nothing due, the portal fails or the lease is lost. Package-visible for tests. */
    void work(String office) {
        long leaseMs = cfg.lease().toMillis();
        OptionalLong gen = db.write(c -> PortalLease.acquire(c, db.dialect(), office, node, clock.millis(), leaseMs));
        if (gen.isEmpty()) {
            return;
        }
        Lease lease = new Lease(office, gen.getAsLong());
        try {
            while (running) {
                List<PortalOutbox.Work> heads = db.read(c -> PortalOutbox.dueHeads(c, office, clock.millis(),
                        cfg.batchSize()));
                if (heads.isEmpty()) {
                    break;
                }
                send(lease, heads);
            }
        } catch (PortalGateway.Unavailable e) {
            portalFailed(office, e.getMessage());
        } catch (LeaseLost e) {
            LOG.info("Portal sender {}: lost office {} ({})", node, office, e.getMessage());
        } finally {
            db.write(c -> {
                PortalLease.release(c, office, node, lease.generation);
                return null;
            });
        }
    }

    private void send(Lease lease, List<PortalOutbox.Work> heads) throws PortalGateway.Unavailable {
        List<PortalOutbox.Work> fresh = new ArrayList<>();
        for (PortalOutbox.Work w : heads) {
            if (w.inflight()) {
                reconcile(lease, w);
            } else {
                fresh.add(w);
            }
        }
        List<PortalOutbox.Work> adding = fresh.stream().filter(w -> w.sentBefore() == 0).toList();
        List<PortalOutbox.Work> updating = fresh.stream().filter(w -> w.sentBefore() > 0).toList();
        if (!adding.isEmpty()) {
            sync(lease, adding, false);
        }
        if (!updating.isEmpty()) {
            sync(lease, updating, true);
        }
    }

    /** An earlier send's outcome is unknown: ask the portal what it holds, then send only what it lacks. */
    private void reconcile(Lease lease, PortalOutbox.Work w) throws PortalGateway.Unavailable {
        String unit = cfg.unitOf(w.officeCode());
        lease.check();
        PortalGateway.Lookup held = gateway.lookup(unit, PortalMapping.portalCode(unit, w.code()));
        answered(w.officeCode());
        if (held.found() && held.progressCount() >= w.sentBefore() + 1) {
            markSent(lease, List.of(w));
        } else if (held.found() && sameState(held.dossier(), dossierItem(w))) {
            progress(lease, List.of(w));
        } else {
            sync(lease, List.of(w), held.found());
        }
    }

    /**
     * Whether the portal holds this change's {@code DongBoHoSoMC} item already: every field of ours equal to the one
     * it answered (a portal that answers another shape never matches, and the item is simply sent again: an update
     * of the same values).
     */
    static boolean sameState(JsonNode held, ObjectNode mine) {
        var fields = mine.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            if (!f.getValue().equals(held.get(f.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private void sync(Lease lease, List<PortalOutbox.Work> works, boolean updating) throws PortalGateway.Unavailable {
        String unit = cfg.unitOf(works.get(0).officeCode());
        List<ObjectNode> items = works.stream().map(this::dossierItem).toList();
        lease.checkAndMark(works);
        PortalGateway.Answer a = gateway.syncDossiers(unit, updating, items);
        answered(works.get(0).officeCode());
        if (a.ok()) {
            progress(lease, works);
        } else if (a.alreadyExists() && !updating) {
            sync(lease, works, true);
        } else if (works.size() > 1) {
            for (PortalOutbox.Work w : works) {
                sync(lease, List.of(w), updating);
            }
        } else {
            refused(works.get(0), a.reason(), false);
        }
    }

    private void progress(Lease lease, List<PortalOutbox.Work> works) throws PortalGateway.Unavailable {
        for (int from = 0; from < works.size(); from += PROGRESS_CHUNK) {
            List<PortalOutbox.Work> chunk = works.subList(from, Math.min(works.size(), from + PROGRESS_CHUNK));
            String unit = cfg.unitOf(chunk.get(0).officeCode());
            List<ObjectNode> entries = chunk.stream().map(w -> PortalMapping.progress(unit, w.code(),
                    parse(w.progress()), w.status())).toList();
            lease.checkAndMark(chunk);
            PortalGateway.Answer a = gateway.updateProgress(unit, entries);
            if (a.ok()) {
                markSent(lease, chunk);
            } else if (chunk.size() > 1) {
                for (PortalOutbox.Work w : chunk) {
                    progress(lease, List.of(w));
                }
            } else {
                // the dossier went in, its progress did not: the next attempt asks before sending the dossier again
                refused(chunk.get(0), a.reason(), true);
            }
        }
    }

    private ObjectNode dossierItem(PortalOutbox.Work w) {
        return PortalMapping.dossier(cfg.unitOf(w.officeCode()), w.officeName(), parse(w.dossier()), w.status());
    }

    /** Marks the changes sent in one transaction, if the office is still ours. */
    private void markSent(Lease lease, List<PortalOutbox.Work> works) {
        int marked = db.write(c -> {
            if (!PortalLease.renew(c, lease.office, node, lease.generation, clock.millis(), cfg.lease().toMillis())) {
                throw new LeaseLost("while marking " + works.size() + " change(s) sent");
            }
            int n = 0;
            for (PortalOutbox.Work w : works) {
                n += PortalOutbox.markSent(c, w, clock.millis(), node) ? 1 : 0;
            }
            return n;
        });
        sent.addAndGet(marked);
    }

    private void refused(PortalOutbox.Work w, String reason, boolean keepInflight) {
        long wait = backoff(w.attempts() + 1);
        boolean setAside = db.write(c -> PortalOutbox.refused(c, w, reason, clock.millis() + wait, cfg.maxAttempts(),
                keepInflight));
        if (setAside) {
            LOG.warn("Portal: change {} v{} set aside after {} refusals: {}", w.code(), w.version(),
                    cfg.maxAttempts(), reason);
        }
    }

    private void portalFailed(String office, String why) {
        db.write(c -> {
            int failures = PortalLease.failed(c, office, why);
            PortalLease.backoff(c, office, clock.millis() + backoff(failures));
            return null;
        });
        LOG.info("Portal unavailable for office {}: {}", office, why);
    }

    private void answered(String office) {
        db.write(c -> {
            PortalLease.answered(c, office);
            return null;
        });
    }

    /** {@code base · 2^(n-1)}, capped, times a random factor in [0.5, 1) ("equal jitter"). */
    long backoff(int n) {
        long base = cfg.backoffBase().toMillis();
        long cap = cfg.backoffCap().toMillis();
        long exp = base << Math.min(30, Math.max(0, n - 1));
        long wait = Math.min(cap, exp < 0 ? cap : exp);
        return wait / 2 + ThreadLocalRandom.current().nextLong(Math.max(1, wait / 2));
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? JSON.createObjectNode() : JSON.readTree(json);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** The office as this node holds it. */
    private final class Lease {
        final String office;
        final long generation;

        Lease(String office, long generation) {
            this.office = office;
            this.generation = generation;
        }

        /** Renews the lease before a call to the portal; throws when it is no longer ours. */
        void check() {
            checkAndMark(List.of());
        }

        /**
         * Renews the lease and marks the changes about to be sent as in flight (their outcome is unknown until the
         * portal answers), in one transaction; throws when the office is no longer ours.
         */
        void checkAndMark(List<PortalOutbox.Work> works) {
            boolean ok = db.write(c -> {
                if (!PortalLease.renew(c, office, node, generation, clock.millis(), cfg.lease().toMillis())) {
                    return false;
                }
                if (!works.isEmpty()) {
                    PortalOutbox.markInflight(c, works, clock.millis());
                }
                return true;
            });
            if (!ok) {
                throw new LeaseLost("office " + office + " taken over or paused");
            }
        }
    }

    /** This node no longer holds the office. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost(String message) {
            super(message);
        }
    }

    @Override
    public void close() {
        running = false;
        poller.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(cfg.requestTimeout().toMillis() * 3, TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
        gateway.close();
    }
}

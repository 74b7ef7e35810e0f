package vn.motcua.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.domain.text.Msg;
import vn.motcua.store.AuditRepository;
import vn.motcua.store.Database;
import vn.motcua.store.RatingRepository;
import vn.motcua.store.SyncOutboxRepository;
import vn.motcua.store.SyncStateRepository;
import vn.motcua.store.SyncStateRepository.Enrollment;

/**
 * The desk's sync engine, plain Java (the desk's JavaFX {@code desk.sync.SyncScheduler} runs it off the FX thread). One class per step
 * (decision 0018): {@link EnrolStep} (enrolment, server address, device token, rating key), {@link PushStep} (the
 * outbox up), {@link UploadStep} (files up, in chunks), {@link PullStep} (changes down, applied by
 * {@link PullApplier}), {@link PrefetchStep} (other desks' scans down) and {@link SupervisorOps} (status, quarantine,
 * ratings); {@link Retrier} sends each request with backoff. This class builds them on one {@link SyncStores} and
 * orchestrates a run.
 *
 * <p>One {@link #syncOnce()} run: <b>push before pull</b> — push, upload files, pull, prefetch. Network errors and 5xx
 * are retried with exponential backoff and jitter, then the run gives up (the scheduler tries again later); the report
 * says what got through.
 *
 * <p>Thread-safe: runs are serialised (the scheduler and "Đồng bộ ngay" never overlap).
 */
public final class SyncEngine {
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    /** Clock difference the clerk is warned about (the receipt time is legal time). */
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    /**
     * Tuning.
     *
     * @param batchSize   events per push (server maximum 500)
     * @param pullLimit   changes per pull page (server maximum 1000)
     * @param maxAttempts tries of one request before the run gives up
     * @param baseDelay   first backoff delay; doubles per try, capped at {@code maxDelay}, with jitter
     * @param seed        jitter seed (tests replay with it)
     */
    public record Options(int batchSize, int pullLimit, int maxAttempts, Duration baseDelay, Duration maxDelay,
                          long seed) {
        public static Options defaults() {
            return new Options(500, 1000, 5, Duration.ofMillis(500), Duration.ofSeconds(30), System.nanoTime());
        }
    }

    /**
     * What an enrollment did; {@code warning} (Vietnamese) when the server's desk number differs from this desk's,
     * {@code warningMsg} the same as a message for the desk's language (not in the command line's JSON).
     */
    public record Enrolled(String deviceId, String officeCode, String officeName, int deskNo, String serverUrl,
                           String warning, String publicBaseUrl,
                           @com.fasterxml.jackson.annotation.JsonIgnore Msg warningMsg) {
        /** Where receipts' QR codes point: the server's public address, else the address this desk enrolled with. */
        public String qrBaseUrl() {
            return publicBaseUrl == null || publicBaseUrl.isBlank() ? serverUrl : publicBaseUrl.strip();
        }
    }

    private final SyncStores stores;
    private final Clock clock;
    private final SyncClient client;
    private final Retrier retrier;
    private final EnrolStep enrolment;
    private final PushStep push;
    private final UploadStep upload;
    private final PullStep pull;
    private final PrefetchStep prefetch;
    private final SupervisorOps supervisor;
    private final Object runLock = new Object();

    /** The engine on the given stores (the composition root builds them once). */
    public SyncEngine(SyncStores stores, Clock clock, SyncClient client, Options options) {
        this.stores = stores;
        this.clock = clock;
        this.client = client;
        this.retrier = new Retrier(stores, options);
        this.enrolment = new EnrolStep(stores, clock, client, retrier);
        this.push = new PushStep(stores, clock, client, retrier, options.batchSize());
        this.upload = new UploadStep(stores, clock, client, retrier);
        PullApplier applier = new PullApplier(stores.dossiers(), stores.outbox(), stores.state(), stores.ratings(),
                stores.procedures(), stores.calendars(), stores.attachments(), stores.audit());
        this.pull = new PullStep(stores, clock, client, retrier, applier, options.pullLimit());
        this.prefetch = new PrefetchStep(stores, client, enrolment, retrier);
        this.supervisor = new SupervisorOps(stores, clock);
    }

    /** The engine on the stores of {@code db}'s desk. */
    public SyncEngine(Database db, Clock clock, SyncClient client, Options options) {
        this(SyncStores.of(db), clock, client, options);
    }

    public SyncEngine(Database db, Clock clock) {
        this(db, clock, new SyncClient(clock), Options.defaults());
    }

    /** Lets the scheduler stop a run between requests. */
    public void cancelWhen(Supplier<Boolean> check) {
        retrier.cancelWhen(check);
    }

    // ---- enrolment and keys ----------------------------------------------------------------------------------------

    /**
     * Trades a one-time enrollment code for a device token and hands the server this desk's rating secret (created
     * at setup), so receipts printed before enrollment keep valid rating links. Not retried: a code works once.
     */
    public Enrolled enroll(String serverUrl, String enrollmentCode, String deviceName, String appVersion) {
        return enroll(serverUrl, enrollmentCode, deviceName, appVersion, false);
    }

    /** Enrolls this desk; plain {@code http://} to a host other than this machine only when {@code insecure}. */
    public Enrolled enroll(String serverUrl, String enrollmentCode, String deviceName, String appVersion,
                           boolean insecure) {
        return enrolment.enroll(serverUrl, enrollmentCode, deviceName, appVersion, insecure);
    }

    /** Points an enrolled desk at another address of the same server (a new host name, a proxy). */
    public void changeServerUrl(String serverUrl) {
        enrolment.changeServerUrl(serverUrl);
    }

    /** Rotates this desk's rating secret, on the server first when enrolled. @return the new key id */
    public String rotateRatingSecret() {
        return enrolment.rotateRatingSecret();
    }

    /**
     * The audit chain head the server keeps for this desk (empty when it has none yet).
     *
     * @throws SyncException when not enrolled or the server cannot be reached
     */
    public Optional<AuditRepository.Head> serverAuditHead() {
        Enrollment e = enrolment.required(Msg.of("sync.notEnrolled"));
        JsonNode n = retrier.call(new SyncRun(), () -> client.auditHead(e.serverUrl(), e.deviceToken()), null);
        if (n == null || !n.hasNonNull("id") || !n.hasNonNull("hash")) {
            return Optional.empty();
        }
        return Optional.of(new AuditRepository.Head(n.get("id").asLong(), n.get("hash").asText()));
    }

    // ---- one run -----------------------------------------------------------------------------------------------------

    /** Push, then pull. Never throws for network trouble: the report says what happened. */
    public SyncReport syncOnce() {
        synchronized (runLock) {
            return run();
        }
    }

    private SyncReport run() {
        long t0 = System.nanoTime();
        SyncRun r = new SyncRun();
        Enrollment enrolled = enrolment.stored().orElse(null);
        if (enrolled == null) {
            return report(r, null, SyncException.refused(0, "NOT_ENROLLED", Msg.of("sync.run.notEnrolled"), null),
                    t0);
        }
        SyncException failure = null;
        try {
            Enrollment e = enrolment.opened(enrolled);
            push.push(e, r);
            upload.upload(e, r);
            pull.pull(e, r);
            prefetch.prefetch(r);
        } catch (SyncException ex) {
            failure = ex;
            LOG.warn("Sync run stopped: {} ({})", ex.getMessage(), ex.code());
        }
        Instant now = clock.instant();
        boolean ok = failure == null;
        String stored = ok ? null : failure.getMessage();
        String storedMsg = ok ? null : MsgJson.write(failure.msg());
        Long skew = r.skewMs;
        boolean revoked = !ok && "DEVICE_REVOKED".equals(failure.code());
        stores.db().run(c -> {
            stores.state().recordAttempt(c, now, ok, stored, storedMsg, skew);
            if (revoked) {
                stores.state().markRevoked(c, now);
            }
        });
        return report(r, enrolled, failure, t0);
    }

    /** The queue figures a report ends with, read in one go. */
    private record Queue(SyncStateRepository.State state, int pending, int quarantined, int filesPending) {
    }

    private SyncReport report(SyncRun r, Enrollment enrolled, SyncException failure, long t0) {
        Queue q = stores.db().read(c -> new Queue(stores.state().state(c), stores.outbox().pendingCount(c),
                stores.outbox().openQuarantineCount(c), stores.attachments().unsyncedCount(c)));
        SyncStateRepository.State st = q.state();
        Long skewMs = r.skewMs != null ? r.skewMs : st.clockSkewMs();
        return new SyncReport(failure == null, r.pushed, r.duplicates, r.rejected, r.pulled, r.deferred, r.skipped,
                st.cursor(), q.pending(), q.quarantined(), r.attempts, skewMs == null ? null : skewMs / 1000,
                clockWarning(skewMs), st.catalogVersion(), st.calendarVersion(), r.documentsChanged, r.filesSent,
                r.bytesSent, q.filesPending(), r.filesFetched, failure == null ? null : failure.getMessage(),
                (System.nanoTime() - t0) / 1_000_000, failure == null ? null : failure.code(),
                failure == null ? null : failure.msg());
    }

    /** The clerk's warning when the desk clock is more than 5 minutes off the server's, else null. */
    public static String clockWarning(Long skewMs) {
        Msg m = clockWarningMsg(skewMs);
        return m == null ? null : m.vi();
    }

    /** The same warning as a message, for the desk to show in the clerk's language; null when none. */
    public static Msg clockWarningMsg(Long skewMs) {
        if (skewMs == null || Math.abs(skewMs) <= CLOCK_TOLERANCE.toMillis()) {
            return null;
        }
        long minutes = Math.abs(skewMs) / 60_000;
        return Msg.of(skewMs > 0 ? "sync.clock.behind" : "sync.clock.ahead", minutes);
    }

    // ---- files, status and supervisor operations ---------------------------------------------------------------------

    /**
     * The local copy of a file, downloaded from the server when this desk does not have it yet (a scan attached at
     * another desk of the office). The content is checked against its name before it is kept.
     *
     * @throws SyncException when the desk is not enrolled, offline, or the server refuses
     */
    public Path localFile(String sha256) {
        return prefetch.localFile(sha256);
    }

    public SyncStatus status() {
        return supervisor.status();
    }

    public List<SyncOutboxRepository.Quarantined> quarantined(boolean includeResolved) {
        return supervisor.quarantined(includeResolved);
    }

    /** Puts a quarantined event back in the queue; it goes with the next run. */
    public boolean retry(long seq) {
        return supervisor.retry(seq);
    }

    /** Marks a quarantined event handled, with the supervisor's note. */
    public boolean resolve(long seq, String by, String note) {
        return supervisor.resolve(seq, by, note);
    }

    public List<RatingRepository.Rating> ratings(int limit) {
        return supervisor.ratings(limit);
    }

    /** The citizen's rating of one dossier, if one came down. */
    public Optional<RatingRepository.Rating> rating(String dossierCode) {
        return supervisor.rating(dossierCode);
    }
}

package vn.motcua.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.domain.office.OfficeProfile;
import vn.motcua.store.AttachmentFiles;
import vn.motcua.store.AttachmentRepository;
import vn.motcua.store.AuditRepository;
import vn.motcua.store.AttachmentRepository.StoredAttachment;
import vn.motcua.store.CalendarRepository;
import vn.motcua.store.Database;
import vn.motcua.store.DossierRepository;
import vn.motcua.store.Json;
import vn.motcua.store.OfficeRepository;
import vn.motcua.store.ProcedureRepository;
import vn.motcua.store.RatingRepository;
import vn.motcua.store.SyncOutboxRepository;
import vn.motcua.store.SyncOutboxRepository.OutboxEvent;
import vn.motcua.store.SyncStateRepository;
import vn.motcua.store.SyncStateRepository.Enrollment;
import vn.motcua.sync.wire.AttachmentMeta;
import vn.motcua.sync.wire.BlobStatus;
import vn.motcua.sync.wire.EnrollRequest;
import vn.motcua.sync.wire.EnrollResponse;
import vn.motcua.sync.wire.EventResult;
import vn.motcua.sync.wire.PushBatch;
import vn.motcua.sync.wire.PushEvent;
import vn.motcua.sync.wire.PushResult;
import vn.motcua.sync.wire.WireJson;

/**
 * The desk's sync engine, plain Java (the desk's JavaFX {@code desk.sync.SyncScheduler} runs it off the FX thread).
 *
 * <p>One {@link #syncOnce()} run: <b>push before pull</b>. Pending outbox events go up in batches in outbox order;
 * accepted and duplicate ones are marked sent, a rejected one is quarantined with the server's reason and the queue
 * goes on; a batch the server refuses as a whole because of one event (4xx naming it) quarantines that event and is
 * sent again without it. Network errors and 5xx are retried with exponential backoff and jitter, then the run gives up
 * (the scheduler tries again later). Then pages are pulled from the stored server cursor; each page is applied in ONE
 * transaction together with its new cursor, so a page applied twice changes nothing.
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

    /** What an enrollment did; {@code warning} when the server's desk number differs from this desk's. */
    public record Enrolled(String deviceId, String officeCode, String officeName, int deskNo, String serverUrl,
                           String warning, String publicBaseUrl) {
        /** Where receipts' QR codes point: the server's public address, else the address this desk enrolled with. */
        public String qrBaseUrl() {
            return publicBaseUrl == null || publicBaseUrl.isBlank() ? serverUrl : publicBaseUrl.strip();
        }
    }

    private final Database db;
    private final Clock clock;
    private final SyncClient client;
    private final Options options;
    private final Random jitter;
    private final SyncStateRepository state = new SyncStateRepository();
    private final SyncOutboxRepository outbox = new SyncOutboxRepository();
    private final RatingRepository ratings = new RatingRepository();
    private final OfficeRepository offices;
    private final DossierRepository dossiers = new DossierRepository();
    private final AttachmentRepository attachments = new AttachmentRepository();
    private final AuditRepository audit = new AuditRepository();
    private final Path attachmentRoot;
    private final DeviceKey deviceKey;
    private final PullApplier applier;
    private final Object runLock = new Object();
    private volatile Supplier<Boolean> cancelled = () -> false;

    public SyncEngine(Database db, Clock clock, SyncClient client, Options options) {
        this.db = db;
        this.clock = clock;
        this.client = client;
        this.options = options;
        this.jitter = new Random(options.seed());
        this.offices = new OfficeRepository(db.file());
        this.attachmentRoot = AttachmentFiles.rootBeside(db.file());
        this.deviceKey = new DeviceKey(db.file().toAbsolutePath().getParent());
        this.applier = new PullApplier(dossiers, outbox, state, ratings, new ProcedureRepository(),
                new CalendarRepository(), attachments, audit);
    }

    public SyncEngine(Database db, Clock clock) {
        this(db, clock, new SyncClient(clock), Options.defaults());
    }

    /** Lets the scheduler stop a run between requests. */
    public void cancelWhen(Supplier<Boolean> check) {
        this.cancelled = check;
    }

    // ---- enrollment ---------------------------------------------------------------------------------------------

    /**
     * Trades a one-time enrollment code for a device token and hands the server this desk's rating secret (created
     * at setup), so receipts printed before enrollment keep valid rating links. Not retried: a code works once.
     */
    public Enrolled enroll(String serverUrl, String enrollmentCode, String deviceName, String appVersion) {
        return enroll(serverUrl, enrollmentCode, deviceName, appVersion, false);
    }

    /**
     * Enrolls this desk. Plain {@code http://} carries the enrollment code, the rating secret and then the device
     * token in the clear: it is refused for any host but this machine's loopback unless {@code insecure} says the
     * administrator chose it knowingly (a closed test network).
     */
    public Enrolled enroll(String serverUrl, String enrollmentCode, String deviceName, String appVersion,
                           boolean insecure) {
        String url = normaliseUrl(serverUrl);
        if (!insecure && url.startsWith("http://") && !loopback(url)) {
            throw SyncException.refused(0, "INSECURE_URL", "Địa chỉ máy chủ «" + url + "» dùng http:// không mã hóa: "
                    + "mã đăng ký và khóa thiết bị sẽ đi qua mạng không được bảo vệ. Hãy dùng https:// (chỉ khi thật "
                    + "cần trong mạng thử nghiệm: lệnh enroll với --insecure).", null);
        }
        OfficeProfile office = db.read(offices::find).orElseThrow(() -> SyncException.refused(0, "NOT_SET_UP",
                "Máy chưa được thiết lập (setup) nên chưa thể đăng ký với máy chủ.", null));
        if (enrollmentCode == null || enrollmentCode.isBlank()) {
            throw SyncException.refused(0, "ENROLLMENT_CODE_INVALID", "Cần nhập mã đăng ký do quản trị tỉnh cấp.",
                    null);
        }
        if (office.ratingSecret() == null) {
            // the sealed secret cannot be opened any more (key file lost or damaged): a new one goes with this enrollment
            office = rotateLocally(office);
        }
        EnrollResponse r;
        try {
            r = client.enroll(url, new EnrollRequest(WireJson.PROTOCOL, enrollmentCode.trim(),
                    office.ratingSecret(), deviceName, appVersion)).body();
        } catch (SyncException ex) {
            if (!"RATING_SECRET_REVOKED".equals(ex.code())) {
                throw ex;
            }
            // this desk was revoked (its data may have leaked): a new rating secret, then the same code again
            office = rotateLocally(office);
            LOG.warn("The server refused this desk's rating secret (a revoked device had it); a new one was made");
            r = client.enroll(url, new EnrollRequest(WireJson.PROTOCOL, enrollmentCode.trim(),
                    office.ratingSecret(), deviceName, appVersion)).body();
        }
        if (!office.agencyCode().equals(r.officeCode())) {
            throw SyncException.refused(0, "OFFICE_MISMATCH", "Mã đăng ký thuộc đơn vị «" + r.officeName() + "» ("
                    + r.officeCode() + ") nhưng máy này được thiết lập cho đơn vị " + office.agencyCode()
                    + "; hãy xin mã đăng ký đúng đơn vị.", null);
        }
        Enrollment e = new Enrollment(url, r.deviceId(), deviceKey.seal(r.deviceToken(), r.deviceId()),
                r.officeCode(), r.officeName(), r.deskNo(), clock.instant());
        db.write(c -> {
            state.saveEnrollment(c, e);
            return null;
        });
        LOG.info("Enrolled with {} as device {} of office {}, desk {}", url, r.deviceId(), r.officeCode(),
                r.deskNo());
        String warning = r.deskNo() == office.deskNo() ? null : "Máy chủ ghi nhận máy này là quầy số " + r.deskNo()
                + " nhưng máy được thiết lập là quầy số " + office.deskNo()
                + "; mã hồ sơ theo khối số của quầy " + office.deskNo() + ".";
        String publicUrl = null;
        if (r.publicBaseUrl() != null) {
            try {
                publicUrl = normaliseUrl(r.publicBaseUrl());
            } catch (SyncException bad) {
                LOG.warn("The server named an unusable public address {}; receipts use {}", r.publicBaseUrl(), url);
            }
        }
        return new Enrolled(r.deviceId(), r.officeCode(), r.officeName(), r.deskNo(), url, warning, publicUrl);
    }

    /**
     * The enrollment with its token opened. A token stored before tokens were sealed is sealed now (once).
     */
    private Enrollment opened(Enrollment stored) {
        String token = deviceKey.open(stored.deviceToken(), stored.deviceId());
        if (!DeviceKey.isSealed(stored.deviceToken())) {
            Enrollment resealed = new Enrollment(stored.serverUrl(), stored.deviceId(),
                    deviceKey.seal(token, stored.deviceId()), stored.officeCode(), stored.officeName(),
                    stored.deskNo(), stored.enrolledAt());
            db.write(c -> {
                state.saveEnrollment(c, resealed);
                return null;
            });
            LOG.info("The stored device token is sealed now ({})", DeviceKey.FILE);
        }
        return new Enrollment(stored.serverUrl(), stored.deviceId(), token, stored.officeCode(), stored.officeName(),
                stored.deskNo(), stored.enrolledAt());
    }

    /** Points an enrolled desk at another address of the same server (a new host name, a proxy). */
    public void changeServerUrl(String serverUrl) {
        String url = normaliseUrl(serverUrl);
        db.write(c -> {
            state.setServerUrl(c, url);
            return null;
        });
    }

    /** Whether the URL's host is this machine (localhost, 127.0.0.0/8, ::1); names other than localhost are not
     *  resolved, so a name that points at this machine is still treated as remote. */
    static boolean loopback(String url) {
        String host;
        try {
            host = java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127(\\.\\d{1,3}){3}");
    }

    static String normaliseUrl(String raw) {
        String url = raw == null ? "" : raw.trim();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        if (!(url.startsWith("https://") || url.startsWith("http://")) || url.length() < 10) {
            throw SyncException.refused(0, "INVALID_SERVER_URL", "Địa chỉ máy chủ phải bắt đầu bằng https:// "
                    + "(hoặc http:// trong mạng nội bộ): «" + raw + "».", null);
        }
        return url;
    }

    // ---- one run -------------------------------------------------------------------------------------------------

    /** Push, then pull. Never throws for network trouble: the report says what happened. */
    public SyncReport syncOnce() {
        synchronized (runLock) {
            return run();
        }
    }

    private final class Run {
        int pushed;
        int duplicates;
        int rejected;
        int pulled;
        int deferred;
        int skipped;
        int attempts;
        int filesSent;
        long bytesSent;
        int filesFetched;
        Long skewMs;
        boolean documentsChanged;
        String problem;
    }

    private SyncReport run() {
        long t0 = System.nanoTime();
        Run r = new Run();
        Enrollment enrolled = db.read(state::enrollment).orElse(null);
        if (enrolled == null) {
            return report(r, false, "Máy chưa đăng ký với máy chủ tỉnh (enroll).", "NOT_ENROLLED", t0);
        }
        String error = null;
        String errorCode = null;
        try {
            Enrollment e = opened(enrolled);
            push(e, r);
            uploadAttachments(e, r);
            pull(e, r);
            prefetchFiles(r);
        } catch (SyncException ex) {
            error = ex.getMessage();
            errorCode = ex.code();
            LOG.warn("Sync run stopped: {} ({})", ex.getMessage(), ex.code());
        }
        Instant now = clock.instant();
        boolean ok = error == null;
        String stored = ok ? r.problem : error;
        Long skew = r.skewMs;
        boolean revoked = "DEVICE_REVOKED".equals(errorCode);
        db.write(c -> {
            state.recordAttempt(c, now, ok, stored, skew);
            if (revoked) {
                state.markRevoked(c, now);
            }
            return null;
        });
        return report(r, ok, error, errorCode, t0);
    }

    private SyncReport report(Run r, boolean ok, String error, String errorCode, long t0) {
        var s = db.read(c -> new Object[] {state.state(c), outbox.pendingCount(c), outbox.openQuarantineCount(c),
            attachments.unsyncedCount(c)});
        SyncStateRepository.State st = (SyncStateRepository.State) s[0];
        Long skewMs = r.skewMs != null ? r.skewMs : st.clockSkewMs();
        return new SyncReport(ok, r.pushed, r.duplicates, r.rejected, r.pulled, r.deferred, r.skipped, st.cursor(),
                (Integer) s[1], (Integer) s[2], r.attempts, skewMs == null ? null : skewMs / 1000,
                clockWarning(skewMs), st.catalogVersion(), st.calendarVersion(), r.documentsChanged, r.filesSent,
                r.bytesSent, (Integer) s[3], r.filesFetched, error, (System.nanoTime() - t0) / 1_000_000, errorCode);
    }

    /** The clerk's warning when the desk clock is more than 5 minutes off the server's, else null. */
    public static String clockWarning(Long skewMs) {
        if (skewMs == null || Math.abs(skewMs) <= CLOCK_TOLERANCE.toMillis()) {
            return null;
        }
        long minutes = Math.abs(skewMs) / 60_000;
        return "Đồng hồ máy này " + (skewMs > 0 ? "chậm" : "nhanh") + " " + minutes + " phút so với máy chủ. "
                + "Thời điểm tiếp nhận ghi trên phiếu là thời điểm pháp lý: hãy chỉnh lại giờ của máy.";
    }

    // ---- push ----------------------------------------------------------------------------------------------------

    private void push(Enrollment e, Run r) {
        int size = Math.max(1, Math.min(options.batchSize(), 500));
        while (true) {
            int limit = size;
            List<OutboxEvent> batch = db.read(c -> outbox.pending(c, limit));
            vn.motcua.sync.wire.AuditHead head = auditHead();
            if (batch.isEmpty()) {
                reportAuditHead(e, r, head);
                return;
            }
            List<PushEvent> events = new ArrayList<>(batch.size());
            for (OutboxEvent ev : batch) {
                events.add(toWire(ev));
            }
            PushResult result;
            try {
                result = withRetry(r, () -> client.push(e.serverUrl(), e.deviceToken(),
                        new PushBatch(WireJson.PROTOCOL, events, head)), batch.get(0).eventId());
            } catch (SyncException ex) {
                if (ex.retryable()) {
                    throw ex;
                }
                if (ex.eventId() != null && batch.stream().anyMatch(b -> b.eventId().equals(ex.eventId()))) {
                    quarantine(ex.eventId(), ex.code(), ex.getMessage());
                    r.rejected++;
                    continue;
                }
                if (ex.status() == 413 && size > 1) {
                    size = Math.max(1, size / 2);
                    continue;
                }
                if (ex.status() == 413 || (ex.status() == 400 && batch.size() == 1)) {
                    quarantine(batch.get(0).eventId(), ex.code(), ex.getMessage());
                    r.rejected++;
                    continue;
                }
                throw ex; // 401 revoked, 415, …: nothing more can be sent in this run
            }
            applyResults(batch, result, r);
            noteAuditHeadSent(head);
        }
    }

    /** This desk's audit chain head now (null before the first chained row). */
    private vn.motcua.sync.wire.AuditHead auditHead() {
        return db.read(c -> audit.head(c)).map(h -> new vn.motcua.sync.wire.AuditHead(h.id(), h.hash()))
                .orElse(null);
    }

    /** With nothing to push, the head still goes up (an empty batch) when it moved since the server last saw it. */
    private void reportAuditHead(Enrollment e, Run r, vn.motcua.sync.wire.AuditHead head) {
        if (head == null || key(head).equals(db.read(state::auditHeadSent))) {
            return;
        }
        withRetry(r, () -> client.push(e.serverUrl(), e.deviceToken(), new PushBatch(WireJson.PROTOCOL, List.of(),
                head)), null);
        noteAuditHeadSent(head);
    }

    private void noteAuditHeadSent(vn.motcua.sync.wire.AuditHead head) {
        if (head != null) {
            db.write(c -> {
                state.saveAuditHeadSent(c, key(head));
                return null;
            });
        }
    }

    private static String key(vn.motcua.sync.wire.AuditHead head) {
        return head.id() + ":" + head.hash();
    }

    /**
     * The audit chain head the server keeps for this desk (empty when it has none yet).
     *
     * @throws SyncException when not enrolled or the server cannot be reached
     */
    public java.util.Optional<AuditRepository.Head> serverAuditHead() {
        Enrollment e = opened(db.read(state::enrollment).orElseThrow(() -> SyncException.refused(0, "NOT_ENROLLED",
                "Máy chưa đăng ký với máy chủ tỉnh.", null)));
        JsonNode n = withRetry(new Run(), () -> client.auditHead(e.serverUrl(), e.deviceToken()), null);
        if (n == null || !n.hasNonNull("id") || !n.hasNonNull("hash")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new AuditRepository.Head(n.get("id").asLong(), n.get("hash").asText()));
    }

    /**
     * Rotates this desk's rating secret: a new secret goes to the server first (when enrolled), then replaces the
     * local one (sealed). Receipts printed before keep working: their token names the old key, which the server keeps
     * for dossiers received before now.
     *
     * @return the new key id
     */
    public String rotateRatingSecret() {
        OfficeProfile office = db.read(offices::find).orElseThrow(() -> SyncException.refused(0, "NOT_SET_UP",
                "Máy chưa được thiết lập (setup).", null));
        String secret = vn.motcua.domain.rating.RatingToken.newSecret();
        Enrollment stored = db.read(state::enrollment).orElse(null);
        if (stored != null) {
            Enrollment e = opened(stored);
            withRetry(new Run(), () -> client.rotateRatingKey(e.serverUrl(), e.deviceToken(),
                    new vn.motcua.sync.wire.RatingKeyRequest(WireJson.PROTOCOL, secret)), null);
        }
        saveRotated(office, secret);
        LOG.info("Rating secret rotated (key id {})", vn.motcua.domain.rating.RatingToken.keyId(secret));
        return vn.motcua.domain.rating.RatingToken.keyId(secret);
    }

    private OfficeProfile rotateLocally(OfficeProfile office) {
        return saveRotated(office, vn.motcua.domain.rating.RatingToken.newSecret());
    }

    private OfficeProfile saveRotated(OfficeProfile office, String secret) {
        OfficeProfile rotated = new OfficeProfile(office.officeName(), office.agencyCode(), office.deskNo(),
                office.governingBody(), office.unitName(), office.placeName(), secret, office.deviceId(),
                office.createdAt());
        db.write(c -> {
            offices.save(c, rotated);
            audit.record(c, LocalDateTime.now(clock).withNano(0), "system", "RATING_KEY_ROTATED", null,
                    "key " + vn.motcua.domain.rating.RatingToken.keyId(secret));
            return null;
        });
        return rotated;
    }

    private PushEvent toWire(OutboxEvent ev) {
        try {
            JsonNode payload = Json.mapper().readTree(ev.payload());
            return new PushEvent(ev.eventId(), ev.seq(), ev.type(), ev.dossierId(),
                    java.time.OffsetDateTime.parse(ev.occurredAt()), payload);
        } catch (JsonProcessingException | java.time.DateTimeException ex) {
            // A broken local row cannot be sent; the server would refuse it anyway. Send it as is and let the
            // server name it (it quarantines only that event).
            LOG.error("Outbox event {} is unreadable locally", ev.eventId(), ex);
            return new PushEvent(ev.eventId(), ev.seq(), ev.type(), ev.dossierId(), null, null);
        }
    }

    private void applyResults(List<OutboxEvent> batch, PushResult result, Run r) {
        Map<UUID, EventResult> byId = new HashMap<>();
        if (result.results() != null) {
            for (EventResult er : result.results()) {
                if (er != null && er.eventId() != null && er.outcome() != null) {
                    byId.put(er.eventId(), er);
                }
            }
        }
        Instant now = clock.instant();
        db.write(c -> {
            List<UUID> sent = new ArrayList<>();
            for (OutboxEvent ev : batch) {
                EventResult er = byId.get(ev.eventId());
                if (er == null) {
                    continue; // not answered: stays pending and goes again
                }
                switch (er.outcome()) {
                    case ACCEPTED -> {
                        sent.add(ev.eventId());
                        r.pushed++;
                    }
                    case DUPLICATE -> {
                        sent.add(ev.eventId());
                        r.duplicates++;
                    }
                    case REJECTED -> {
                        outbox.quarantine(c, ev.eventId(), er.code(), er.message(), now);
                        r.rejected++;
                        LOG.warn("Event {} (#{}) quarantined: {} {}", ev.eventId(), ev.seq(), er.code(),
                                er.message());
                    }
                    default -> throw new IllegalStateException("unknown outcome " + er.outcome());
                }
            }
            outbox.markSent(c, sent, now);
            return null;
        });
        if (byId.isEmpty()) {
            throw SyncException.transport("Máy chủ trả lời không kèm kết quả nào cho lô sự kiện.", null, 200);
        }
    }

    private void quarantine(UUID eventId, String code, String reason) {
        Instant now = clock.instant();
        db.write(c -> {
            outbox.quarantine(c, eventId, code, reason, now);
            return null;
        });
        LOG.warn("Event {} quarantined: {} {}", eventId, code, reason);
    }

    // ---- digitised files ---------------------------------------------------------------------------------------------

    /** Size of one uploaded chunk: small enough to get through a weak commune link, resumable chunk by chunk. */
    static final int CHUNK = 1024 * 1024;

    /**
     * Sends the files of dossiers the server already has (after their dossier: attachments of a dossier with unsent
     * events wait). Per attachment: register it; if the server lacks the file, upload it from where the server's copy
     * ends, chunk by chunk, then register again. A refusal is noted on the attachment and the others go on; network
     * trouble ends the run like a push would.
     */
    private void uploadAttachments(Enrollment e, Run r) {
        List<StoredAttachment> todo = db.read(c -> attachments.unsynced(c, 10_000));
        for (StoredAttachment a : todo) {
            if (cancelled.get()) {
                throw SyncException.transport("Đồng bộ đã dừng.", null, 0);
            }
            String problem;
            try {
                problem = sendAttachment(e, a, r);
            } catch (SyncException ex) {
                if (ex.retryable()) {
                    noteAttachment(a, ex.getMessage());
                    throw ex;
                }
                problem = ex.getMessage();
            }
            if (problem == null) {
                LocalDateTime now = LocalDateTime.now(clock).withNano(0);
                db.write(c -> {
                    attachments.markSynced(c, a.id(), now);
                    return null;
                });
                r.filesSent++;
            } else {
                LOG.warn("Attachment {} of dossier {} not sent: {}", a.id(), a.dossierId(), problem);
                noteAttachment(a, problem);
            }
        }
    }

    /** @return null when the server holds the attachment now, else why not (Vietnamese) */
    private String sendAttachment(Enrollment e, StoredAttachment a, Run r) {
        AttachmentMeta meta = new AttachmentMeta(a.id(), a.dossierId(), a.documentIndex(), a.documentName(),
                a.sha256(), a.fileName(), a.mediaType(), a.sizeBytes(), a.addedAt().toString(), a.addedBy());
        for (int round = 0; round < 3; round++) {
            try {
                withRetry(r, () -> client.registerAttachment(e.serverUrl(), e.deviceToken(), meta), null);
                return null;
            } catch (SyncException ex) {
                if (ex.retryable() || !"BLOB_INCOMPLETE".equals(ex.code())) {
                    throw ex;
                }
            }
            String problem = uploadFile(e, a, r);
            if (problem != null) {
                return problem;
            }
        }
        return "Máy chủ chưa xác nhận tệp sau nhiều lần gửi.";
    }

    /** Uploads the file's bytes from where the server's copy ends. @return null when complete there, else why not */
    private String uploadFile(Enrollment e, StoredAttachment a, Run r) {
        Path file = AttachmentFiles.path(attachmentRoot, a.sha256());
        long size;
        try {
            size = Files.size(file);
        } catch (IOException ex) {
            return "Không đọc được tệp trên máy (" + a.fileName() + "): " + ex.getMessage();
        }
        long offset = serverOffset(e, a, size, r);
        int restarts = 0;
        // every chunk once, plus room for refusals and restarts; a server that keeps contradicting itself stops here
        long maxRequests = 3 * (size / CHUNK + 1) + 10;
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            while (offset >= 0 && offset < size) {
                if (maxRequests-- <= 0) {
                    return "Máy chủ không nhận hết tệp «" + a.fileName() + "»; sẽ thử lại lần đồng bộ sau.";
                }
                byte[] chunk = readChunk(in, offset, (int) Math.min(CHUNK, size - offset));
                long from = offset;
                try {
                    BlobStatus st = withRetry(r, () -> client.putChunk(e.serverUrl(), e.deviceToken(), a.sha256(),
                            from, size, a.mediaType(), chunk), null);
                    r.bytesSent += chunk.length;
                    offset = st.complete() ? size : st.received();
                } catch (SyncException ex) {
                    if (ex.retryable()) {
                        throw ex;
                    }
                    switch (ex.code()) {
                        case "OFFSET_MISMATCH" -> offset = serverOffset(e, a, size, r);
                        case "HASH_MISMATCH" -> {
                            if (!AttachmentFiles.sha256(file).equals(a.sha256())) {
                                return "Tệp trên máy đã bị hỏng (không khớp mã SHA-256); cần đính kèm lại tệp «"
                                        + a.fileName() + "».";
                            }
                            if (++restarts > 2) {
                                return ex.getMessage();
                            }
                            offset = 0;
                        }
                        default -> {
                            return ex.getMessage();
                        }
                    }
                }
            }
        } catch (IOException ex) {
            return "Không đọc được tệp trên máy (" + a.fileName() + "): " + ex.getMessage();
        }
        return null;
    }

    /** Where the server's copy ends: 0 when it has nothing, the size when complete. */
    private long serverOffset(Enrollment e, StoredAttachment a, long size, Run r) {
        try {
            BlobStatus st = withRetry(r, () -> client.blobStatus(e.serverUrl(), e.deviceToken(), a.sha256()), null);
            if (st.complete()) {
                return size;
            }
            return st.size() == size ? st.received() : 0;
        } catch (SyncException ex) {
            if (ex.retryable() || ex.status() != 404) {
                throw ex;
            }
            return 0;
        }
    }

    private static byte[] readChunk(FileChannel in, long offset, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            if (in.read(buf, offset + buf.position()) < 0) {
                throw new IOException("the file is shorter than when it was attached");
            }
        }
        return buf.array();
    }

    private void noteAttachment(StoredAttachment a, String problem) {
        db.write(c -> {
            attachments.noteSyncError(c, a.id(), problem);
            return null;
        });
    }

    /** Most bytes fetched ahead in one run, so a run on a slow line does not stall behind scans. */
    static final long PREFETCH_BYTES_PER_RUN = 64L * 1024 * 1024;

    /**
     * Fetches ahead the scans other desks attached to dossiers that are still open or whose result waits to be handed
     * back, newest first, up to
     * {@link #PREFETCH_BYTES_PER_RUN} a run: a clerk here can then open them (and hand the result back) while the
     * line is down. A failure only ends the prefetch; the run stays successful and the next one goes on.
     */
    private void prefetchFiles(Run r) {
        List<Integer> open = java.util.Arrays.stream(vn.motcua.domain.dossier.DossierStatus.values())
                .filter(st -> st.isOpen() || st == vn.motcua.domain.dossier.DossierStatus.RELEASING)
                .map(vn.motcua.domain.dossier.DossierStatus::code).toList();
        List<StoredAttachment> wanted = db.read(c -> attachments.pulledForOpenDossiers(c, open, 2000));
        long budget = PREFETCH_BYTES_PER_RUN;
        for (StoredAttachment a : wanted) {
            if (cancelled.get() || Files.isRegularFile(AttachmentFiles.path(attachmentRoot, a.sha256()))) {
                continue;
            }
            if (a.sizeBytes() > budget) {
                break;
            }
            try {
                localFile(a.sha256());
                budget -= a.sizeBytes();
                r.filesFetched++;
            } catch (SyncException ex) {
                LOG.info("Fetching scans ahead stopped: {}", ex.getMessage());
                return;
            }
        }
    }

    /**
     * The local copy of a file, downloaded from the server when this desk does not have it yet (a scan attached at
     * another desk of the office). The content is checked against its name before it is kept.
     *
     * @throws SyncException when the desk is not enrolled, offline, or the server refuses
     */
    public Path localFile(String sha256) {
        Path target = AttachmentFiles.path(attachmentRoot, sha256);
        if (Files.isRegularFile(target)) {
            return target;
        }
        Enrollment e = opened(db.read(state::enrollment).orElseThrow(() -> SyncException.refused(0, "NOT_ENROLLED",
                "Tệp được đính kèm ở quầy khác; máy này chưa kết nối máy chủ tỉnh nên chưa tải được.", null)));
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "download-", ".part");
            client.download(e.serverUrl(), e.deviceToken(), sha256, tmp);
            if (!AttachmentFiles.sha256(tmp).equals(sha256)) {
                throw SyncException.transport("Tệp tải về bị hỏng (không khớp mã SHA-256); hãy thử lại.", null, 200);
            }
            AttachmentFiles.place(tmp, target);
            tmp = null;
            LOG.info("Attachment file {} downloaded from the server", sha256);
            return target;
        } catch (IOException ex) {
            throw SyncException.transport("Không lưu được tệp tải về: " + ex.getMessage(), ex, 0);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ex) {
                    LOG.warn("Could not remove the partial download {}: {}", tmp, ex.toString());
                }
            }
        }
    }

    // ---- pull ----------------------------------------------------------------------------------------------------

    private void pull(Enrollment e, Run r) {
        String cursor = db.read(state::state).cursor();
        while (true) {
            String since = cursor;
            JsonNode page = withRetry(r, () -> {
                SyncClient.Answer<JsonNode> a = client.pull(e.serverUrl(), e.deviceToken(), since,
                        Math.max(1, Math.min(options.pullLimit(), 1000)));
                checkPage(a.body(), since);
                return a;
            }, null);
            JsonNode changes = page.get("changes");
            String next = page.get("nextCursor").asText();
            LocalDateTime now = LocalDateTime.now(clock).withNano(0);
            PullApplier.Tally t = new PullApplier.Tally();
            db.write(c -> {
                for (JsonNode ch : changes) {
                    applier.apply(c, ch, now, t);
                }
                state.saveCursor(c, next);
                return null;
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
            throw SyncException.transport("Trang thay đổi từ máy chủ không đầy đủ.", null, 200);
        }
        try {
            long next = Long.parseLong(page.get("nextCursor").asText());
            if (next < Long.parseLong(since)) {
                throw SyncException.transport("Con trỏ đồng bộ từ máy chủ lùi lại.", null, 200);
            }
        } catch (NumberFormatException ex) {
            throw SyncException.transport("Con trỏ đồng bộ từ máy chủ không hợp lệ.", ex, 200);
        }
    }

    /** Applies held-back dossier states whose local events the server has now judged. */
    private void releaseDeferred() {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        db.write(c -> {
            for (SyncStateRepository.Deferred d : state.releasable(c)) {
                try {
                    applier.applyDossier(c, Json.mapper().readTree(d.data()), now);
                } catch (JsonProcessingException | IllegalArgumentException ex) {
                    LOG.warn("Held-back state of dossier {} is unusable: {}", d.dossierId(), ex.toString());
                }
                state.dropDeferred(c, d.dossierId());
            }
            return null;
        });
    }

    // ---- retry -----------------------------------------------------------------------------------------------------

    private <T> T withRetry(Run r, Supplier<SyncClient.Answer<T>> call, UUID headEvent) {
        SyncException last = null;
        for (int attempt = 0; attempt < Math.max(1, options.maxAttempts()); attempt++) {
            if (cancelled.get()) {
                throw SyncException.transport("Đồng bộ đã dừng.", null, 0);
            }
            if (attempt > 0) {
                sleep(backoff(attempt));
            }
            r.attempts++;
            try {
                SyncClient.Answer<T> a = call.get();
                if (a.clockSkewMs() != null) {
                    r.skewMs = a.clockSkewMs();
                }
                return a.body();
            } catch (SyncException ex) {
                if (!ex.retryable()) {
                    throw ex;
                }
                last = ex;
                LOG.info("Sync request failed (try {}/{}): {}", attempt + 1, options.maxAttempts(), ex.getMessage());
            }
        }
        if (headEvent != null) {
            String msg = last.getMessage();
            db.write(c -> {
                outbox.noteFailure(c, headEvent, msg);
                return null;
            });
        }
        throw last;
    }

    /** Exponential backoff with "equal jitter": half the delay fixed, half random. */
    Duration backoff(int attempt) {
        long base = options.baseDelay().toMillis();
        long cap = options.maxDelay().toMillis();
        long exp = Math.min(cap, base << Math.min(attempt - 1, 20));
        long half = exp / 2;
        long j;
        synchronized (jitter) {
            j = half == 0 ? 0 : (long) (jitter.nextDouble() * half);
        }
        return Duration.ofMillis(half + j);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SyncException.transport("Đồng bộ bị ngắt.", e, 0);
        }
    }

    // ---- status and supervisor operations --------------------------------------------------------------------------

    public SyncStatus status() {
        return db.read(c -> {
            var e = state.enrollment(c);
            var s = state.state(c);
            Instant revokedAt = e.isPresent() ? state.revokedAt(c).orElse(null) : null;
            return new SyncStatus(e.isPresent() && revokedAt == null, e.map(Enrollment::serverUrl).orElse(null),
                    e.map(Enrollment::officeCode).orElse(null), e.map(Enrollment::deskNo).orElse(0),
                    outbox.pendingCount(c), outbox.openQuarantineCount(c), s.lastAttempt(), s.lastSuccess(),
                    s.lastError(), s.clockSkewMs() == null ? null : s.clockSkewMs() / 1000,
                    clockWarning(s.clockSkewMs()), s.cursor(), s.catalogVersion(), s.calendarVersion(), attachments.unsyncedCount(c),
                    revokedAt);
        });
    }

    public List<SyncOutboxRepository.Quarantined> quarantined(boolean includeResolved) {
        return db.read(c -> outbox.quarantined(c, includeResolved));
    }

    /** Puts a quarantined event back in the queue; it goes with the next run. */
    public boolean retry(long seq) {
        return db.write(c -> outbox.retry(c, seq));
    }

    /** Marks a quarantined event handled, with the supervisor's note. */
    public boolean resolve(long seq, String by, String note) {
        Instant now = clock.instant();
        return db.write(c -> outbox.resolve(c, seq, by, note, now));
    }

    public List<RatingRepository.Rating> ratings(int limit) {
        return db.read(c -> ratings.list(c, limit));
    }

    /** The citizen's rating of one dossier, if one came down. */
    public java.util.Optional<RatingRepository.Rating> rating(String dossierCode) {
        return db.read(c -> ratings.find(c, dossierCode));
    }
}

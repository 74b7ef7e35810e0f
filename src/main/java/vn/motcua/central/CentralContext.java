package vn.motcua.central;

import java.time.Clock;
import vn.motcua.central.admin.AdminService;
import vn.motcua.central.admin.OfficeAccountService;
import vn.motcua.central.lookup.LookupService;
import vn.motcua.central.rating.RatingService;
import vn.motcua.central.store.BlobRepository;
import vn.motcua.central.store.CentralDatabase;
import vn.motcua.central.store.DeviceRepository;
import vn.motcua.central.store.DocumentRepository;
import vn.motcua.central.store.DossierRepository;
import vn.motcua.central.store.OfficeAccountRepository;
import vn.motcua.central.store.OfficeRepository;
import vn.motcua.central.store.RatingRepository;
import vn.motcua.central.sync.BlobService;
import vn.motcua.central.sync.DeviceAuth;
import vn.motcua.central.sync.EnrollmentService;
import vn.motcua.central.sync.PullService;
import vn.motcua.central.sync.PushService;

/** The central server's object graph, wired through constructors in one place. Closing it closes the pool. */
public final class CentralContext implements AutoCloseable {
    private final CentralDatabase db;
    private final Clock clock;
    private final AdminService admin;
    private final EnrollmentService enrollment;
    private final DeviceAuth auth;
    private final PushService push;
    private final PullService pull;
    private final RatingService ratings;
    private final LookupService lookups;
    private final BlobService blobs;
    private final OfficeAccountService accounts;
    private final vn.motcua.central.rating.RatingKeys ratingKeys;
    private final vn.motcua.central.store.TrustRepository trust = new vn.motcua.central.store.TrustRepository();
    private final RatingRepository ratingRepo = new RatingRepository();
    private final vn.motcua.central.dashboard.ProvinceAccounts provinceAccounts;

    private CentralContext(CentralDatabase db, CentralConfig cfg, Clock clock) {
        this.db = db;
        this.clock = clock;
        var offices = new OfficeRepository();
        var devices = new DeviceRepository();
        var documents = new DocumentRepository();
        var dossiers = new DossierRepository();
        this.ratingKeys = new vn.motcua.central.rating.RatingKeys(db,
                new vn.motcua.central.store.RatingKeyRepository(),
                new vn.motcua.auth.SecretSeal(cfg.effectiveKeyFile()), clock);
        ratingKeys.sealLegacySecrets();
        this.admin = new AdminService(db, offices, devices, documents, clock);
        this.enrollment = new EnrollmentService(db, offices, devices, ratingKeys, clock);
        this.auth = new DeviceAuth(db, devices, clock);
        this.ratings = new RatingService(db, offices, dossiers, ratingRepo, ratingKeys, clock, cfg.ratingWindow());
        this.push = new PushService(db, dossiers, trust, ratings, clock);
        var blobRepo = new BlobRepository();
        var accountRepo = new OfficeAccountRepository();
        this.pull = new PullService(db, dossiers, ratingRepo, blobRepo, accountRepo, trust);
        this.blobs = new BlobService(db, blobRepo, dossiers, clock);
        this.accounts = new OfficeAccountService(db, offices, accountRepo, clock);
        this.lookups = new LookupService(db, dossiers, clock);
        this.provinceAccounts = new vn.motcua.central.dashboard.ProvinceAccounts(db,
                new vn.motcua.central.store.ProvinceUserRepository(), clock, java.time.Duration.ofMinutes(30),
                java.time.Duration.ofHours(12));
        background.scheduleWithFixedDelay(this::flushLastSeen, DeviceAuth.FLUSH_SECONDS, DeviceAuth.FLUSH_SECONDS,
                java.util.concurrent.TimeUnit.SECONDS);
        // once a day, starting a minute after start: drop uploads a desk abandoned a month ago
        background.scheduleWithFixedDelay(this::pruneAbandonedUploads, 1, 24 * 60,
                java.util.concurrent.TimeUnit.MINUTES);
    }

    /** Opens (and migrates) the database named by the configuration. */
    public static CentralContext open(CentralConfig cfg, Clock clock) {
        CentralDatabase db = CentralDatabase.open(cfg.dbUrl(), cfg.dbUser(), cfg.dbPassword(), cfg.dbPool());
        return new CentralContext(db, cfg, clock);
    }

    public CentralDatabase database() {
        return db;
    }

    public Clock clock() {
        return clock;
    }

    public AdminService admin() {
        return admin;
    }

    public EnrollmentService enrollment() {
        return enrollment;
    }

    public DeviceAuth auth() {
        return auth;
    }

    public PushService push() {
        return push;
    }

    public PullService pull() {
        return pull;
    }

    public RatingService ratings() {
        return ratings;
    }

    public BlobService blobs() {
        return blobs;
    }

    public LookupService lookups() {
        return lookups;
    }

    /** Desks' rating keys (sealed with the server's key file; rotation). */
    public vn.motcua.central.rating.RatingKeys ratingKeys() {
        return ratingKeys;
    }

    /** The audit chain head a device last reported (what {@code audit verify} at the desk checks against). */
    public java.util.Optional<vn.motcua.central.store.TrustRepository.AuditHeadRow> auditHead(String deviceId) {
        return db.read(c -> trust.auditHead(c, deviceId));
    }

    /** Devices whose audit chain went backwards. */
    public java.util.List<vn.motcua.central.store.TrustRepository.AuditHeadRow> regressedAuditChains() {
        return db.read(trust::regressed);
    }

    /** Per office: counted, pending and void ratings, distinct client addresses, the busiest address's share. */
    public java.util.List<RatingRepository.OfficeRatings> ratingFigures() {
        return db.read(ratingRepo::perOffice);
    }

    /** The province's figures: overview of every commune and one commune's page (issue 16, decision 0012). */
    public vn.motcua.central.province.ProvinceFigures provinceFigures() {
        return new vn.motcua.central.province.ProvinceFigures(db, clock);
    }

    /** Office accounts managed by the province (they come down to the desks by pull). */
    public OfficeAccountService accounts() {
        return accounts;
    }

    /** The province's dashboard accounts, sessions and audit log. */
    public vn.motcua.central.dashboard.ProvinceAccounts provinceAccounts() {
        return provinceAccounts;
    }

    private final java.util.concurrent.ScheduledExecutorService background =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "central-housekeeping");
                t.setDaemon(true);
                return t;
            });

    private void pruneAbandonedUploads() {
        try {
            blobs.pruneAbandoned(BlobService.ABANDONED_AFTER);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(CentralContext.class).warn("Could not drop abandoned uploads; tried "
                    + "again tomorrow", e);
        }
    }

    private void flushLastSeen() {
        try {
            auth.flushLastSeen();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(CentralContext.class).warn("Could not write devices' last-seen times; "
                    + "tried again in {} s", DeviceAuth.FLUSH_SECONDS, e);
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
        flushLastSeen();
        db.close();
    }
}

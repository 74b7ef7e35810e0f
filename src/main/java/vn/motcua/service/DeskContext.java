package vn.motcua.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import vn.motcua.store.AuditRepository;
import vn.motcua.store.CalendarRepository;
import vn.motcua.store.CodeSequenceRepository;
import vn.motcua.store.Database;
import vn.motcua.store.DossierRepository;
import vn.motcua.store.OfficeRepository;
import vn.motcua.store.OutboxRepository;
import vn.motcua.store.ProcedureRepository;
import vn.motcua.store.SettingsRepository;
import vn.motcua.store.UserRepository;

/**
 * Everything a desk needs, wired once through constructors (no static singletons). The desk UI and the command line
 * both build one of these over a data folder.
 */
public final class DeskContext implements AutoCloseable {
    /** Legal time of every counter. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final String DATABASE_FILE = "motcua.db";

    private final Path dataDir;
    private final Database db;
    private final Clock clock;
    private final OfficeRepository offices;
    private final SettingsRepository settingsRepo = new SettingsRepository();
    private final ProcedureRepository procedureRepo = new ProcedureRepository();
    private final OutboxRepository outbox = new OutboxRepository();
    private final AuditRepository audit = new AuditRepository();
    /** The services, each built on first use (issue 18: a command loads only the classes of what it calls). */
    private final Object[] services = new Object[16];
    private static final int SETUP = 0;
    private static final int CATALOG = 1;
    private static final int CALENDAR = 2;
    private static final int REGISTRATION = 3;
    private static final int DOSSIERS = 4;
    private static final int ACCOUNTS = 5;
    private static final int BACKUPS = 6;
    private static final int PRINT = 7;
    private static final int SYNC = 8;
    private static final int QUEUES = 9;
    private static final int ATTACHMENTS = 10;
    private static final int DASHBOARD = 11;
    private static final int APOLOGIES = 12;
    private static final int RATINGS = 13;
    private static final int FEES = 14;
    private static final int DOSSIER_REPO = 15;

    private DeskContext(Path dataDir, Database db, Clock clock) {
        this.dataDir = dataDir;
        this.db = db;
        this.clock = clock;
        this.offices = new OfficeRepository(db.file());
    }

    /** The service (or shared repository) number {@code which}, built the first time it is asked for. */
    private synchronized Object service(int which) {
        Object s = services[which];
        if (s == null) {
            s = make(which);
            services[which] = s;
        }
        return s;
    }

    private Object make(int which) {
        return switch (which) {
            case SETUP -> new SetupService(db, offices, accounts(), catalog(), calendar(), audit, clock);
            case CATALOG -> new CatalogService(db, procedureRepo, clock);
            case CALENDAR -> new CalendarService(db, new CalendarRepository(), settingsRepo, clock);
            case REGISTRATION -> new RegistrationService(db, offices, procedureRepo, dossierRepo(),
                    new CodeSequenceRepository(), outbox, audit, calendar(), clock);
            case DOSSIERS -> new DossierService(db, dossierRepo(), procedureRepo, outbox, audit, calendar(), clock);
            case ACCOUNTS -> new AccountService(db, new UserRepository(), new PasswordHasher(), clock);
            case BACKUPS -> new BackupService(db, dataDir, clock);
            case PRINT -> new PrintService(db, offices, dossierRepo(), procedureRepo, settingsRepo, audit, accounts(),
                    calendar(), clock, fees());
            case SYNC -> new SyncService(db, calendar(), clock);
            case QUEUES -> new QueueService(db, new vn.motcua.store.QueueRepository(), calendar(), clock);
            case ATTACHMENTS -> new AttachmentService(db, dossierRepo(), new vn.motcua.store.AttachmentRepository(),
                    audit, dataDir, clock);
            case DASHBOARD -> new DashboardService(db, calendar(), clock);
            case APOLOGIES -> new ApologyService(db, dossierRepo(), outbox, audit, calendar(), clock);
            case RATINGS -> new CounterRatingService(db, dossierRepo(), outbox, audit, clock);
            case FEES -> new FeeService(db, dossierRepo(), procedureRepo, new vn.motcua.store.FeePaymentRepository(),
                    outbox, audit, calendar(), clock);
            case DOSSIER_REPO -> new DossierRepository();
            default -> throw new IllegalArgumentException("no service " + which);
        };
    }

    private DossierRepository dossierRepo() {
        return (DossierRepository) service(DOSSIER_REPO);
    }

    /**
     * Opens the desk over {@code dataDir} (created if missing) with the system clock in Vietnam's time zone. A fresh
     * folder gets the shipped official calendars and the sample catalogue, so it works at once.
     */
    public static DeskContext open(Path dataDir) {
        return open(dataDir, Clock.system(ZONE));
    }

    public static DeskContext open(Path dataDir, Clock clock) {
        return open(dataDir, clock, false);
    }

    /**
     * {@link #open} for a command that only reads (e.g. {@code settings list}): the start-up check of the rating
     * secret — reading the key file and opening the sealed secret with AES-GCM, and writing a new one when it cannot
     * be opened — is left to the next start that may use it (the desk, any command that writes); issue 18.
     */
    public static DeskContext openForReading(Path dataDir) {
        return open(dataDir, Clock.system(ZONE), true);
    }

    private static DeskContext open(Path dataDir, Clock clock, boolean readsOnly) {
        vn.motcua.files.PrivateFiles.folder(dataDir);
        vn.motcua.files.PrivateFiles.createFile(dataDir.resolve(DATABASE_FILE));
        // a read-only command runs a few statements: no statement cache (its proxies cost more than they save)
        Database db = readsOnly ? Database.openWithoutStatementCache(dataDir.resolve(DATABASE_FILE))
                : Database.open(dataDir.resolve(DATABASE_FILE));
        vn.motcua.files.PrivateFiles.database(dataDir.resolve(DATABASE_FILE));
        DeskContext ctx = new DeskContext(dataDir, db, clock.withZone(ZONE));
        try {
            if (!readsOnly) {
                ctx.sealRatingSecret();
            }
            // both counts in one read; the calendar and catalogue services are built only to fill an empty table
            int[] counts = db.read(c -> new int[] {new CalendarRepository().yearCount(c), ctx.procedureRepo.count(c)});
            if (counts[0] == 0) {
                ctx.calendar().loadOfficialIfEmpty();
            }
            if (counts[1] == 0) {
                ctx.catalog().loadSampleIfEmpty();
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return ctx;
    }

    /**
     * Seals a rating secret an earlier version stored in the clear; makes a new one when the stored secret cannot be
     * opened (the key file is missing: the database was copied or restored onto another machine). Receipts printed
     * from then on carry the new key; the server learns it when the desk enrolls again.
     */
    private void sealRatingSecret() {
        db.run(c -> {
            var office = offices.find(c);
            if (office.isEmpty() || office.get().ratingSecret() != null && offices.secretSealed(c)) {
                return;
            }
            var p = office.get();
            String secret = p.ratingSecret();
            if (secret == null) {
                secret = vn.motcua.domain.rating.RatingToken.newSecret();
                org.slf4j.LoggerFactory.getLogger(DeskContext.class).warn("The rating secret cannot be opened (the "
                        + "key file {} is missing or another one): a new secret was made; enroll this desk again so "
                        + "the server knows it", OfficeRepository.KEY_FILE);
            }
            offices.save(c, new vn.motcua.domain.office.OfficeProfile(p.officeName(), p.agencyCode(), p.deskNo(),
                    p.governingBody(), p.unitName(), p.placeName(), secret, p.deviceId(), p.createdAt()));
        });
    }

    public Path dataDir() {
        return dataDir;
    }

    public Database database() {
        return db;
    }

    public Clock clock() {
        return clock;
    }

    /** Fees: amount, VietQR code, marking paid. */
    public FeeService fees() {
        return (FeeService) service(FEES);
    }

    public SetupService setup() {
        return (SetupService) service(SETUP);
    }

    public CatalogService catalog() {
        return (CatalogService) service(CATALOG);
    }

    public CalendarService calendar() {
        return (CalendarService) service(CALENDAR);
    }

    public RegistrationService registration() {
        return (RegistrationService) service(REGISTRATION);
    }

    public DossierService dossiers() {
        return (DossierService) service(DOSSIERS);
    }

    public AccountService accounts() {
        return (AccountService) service(ACCOUNTS);
    }

    public BackupService backups() {
        return (BackupService) service(BACKUPS);
    }

    /** Enrollment with the central server, sync runs and the quarantine list. */
    public SyncService sync() {
        return (SyncService) service(SYNC);
    }

    public DiagnosticsService diagnostics() {
        return new DiagnosticsService(this);
    }

    /** Receipts, forms, printers. */
    public PrintService print() {
        return (PrintService) service(PRINT);
    }

    /** The desk's work queues: counts and paged queries. */
    public QueueService queues() {
        return (QueueService) service(QUEUES);
    }

    /** The supervisor's figures and their lists (issue 7). */
    public DashboardService dashboard() {
        return (DashboardService) service(DASHBOARD);
    }

    /** Late dossiers, apology slips and their register (issue 7). */
    public ApologyService apologies() {
        return (ApologyService) service(APOLOGIES);
    }

    /** Counter-side ratings and the satisfaction report (issue 7). */
    public CounterRatingService ratings() {
        return (CounterRatingService) service(RATINGS);
    }

    /** Scanned files of dossiers (số hóa). */
    public AttachmentService attachments() {
        return (AttachmentService) service(ATTACHMENTS);
    }

    @Override
    public void close() {
        db.close();
    }
}

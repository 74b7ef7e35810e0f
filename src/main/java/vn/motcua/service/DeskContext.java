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
    private final SetupService setup;
    private final CatalogService catalog;
    private final CalendarService calendar;
    private final RegistrationService registration;
    private final DossierService dossiers;
    private final AccountService accounts;
    private final BackupService backups;
    private final PrintService print;
    private final SyncService sync;
    private final QueueService queues;
    private final AttachmentService attachments;
    private final DashboardService dashboard;
    private final ApologyService apologies;
    private final CounterRatingService ratings;
    private final OfficeRepository offices;
    private final FeeService fees;

    private DeskContext(Path dataDir, Database db, Clock clock) {
        this.dataDir = dataDir;
        this.db = db;
        this.clock = clock;
        var settingsRepo = new SettingsRepository();
        var officeRepo = new OfficeRepository(db.file());
        this.offices = officeRepo;
        var procedureRepo = new ProcedureRepository();
        var calendarRepo = new CalendarRepository();
        var dossierRepo = new DossierRepository();
        var outbox = new OutboxRepository();
        var audit = new AuditRepository();
        var userRepo = new UserRepository();
        this.catalog = new CatalogService(db, procedureRepo, clock);
        this.calendar = new CalendarService(db, calendarRepo, settingsRepo, clock);
        this.accounts = new AccountService(db, userRepo, new PasswordHasher(), clock);
        this.setup = new SetupService(db, officeRepo, accounts, catalog, calendar, audit, clock);
        this.registration = new RegistrationService(db, officeRepo, procedureRepo, dossierRepo,
                new CodeSequenceRepository(), outbox, audit, calendar, clock);
        this.dossiers = new DossierService(db, dossierRepo, procedureRepo, outbox, audit, calendar, clock);
        this.backups = new BackupService(db, dataDir, clock);
        this.fees = new FeeService(db, dossierRepo, procedureRepo, new vn.motcua.store.FeePaymentRepository(), outbox,
                audit, calendar, clock);
        this.print = new PrintService(db, officeRepo, dossierRepo, procedureRepo, settingsRepo, audit, accounts,
                calendar, clock, fees);
        this.sync = new SyncService(db, calendar, clock);
        this.queues = new QueueService(db, new vn.motcua.store.QueueRepository(), calendar, clock);
        this.attachments = new AttachmentService(db, dossierRepo, new vn.motcua.store.AttachmentRepository(), audit,
                dataDir, clock);
        this.dashboard = new DashboardService(db, calendar, clock);
        this.apologies = new ApologyService(db, dossierRepo, outbox, audit, calendar, clock);
        this.ratings = new CounterRatingService(db, dossierRepo, outbox, audit, clock);
    }

    /**
     * Opens the desk over {@code dataDir} (created if missing) with the system clock in Vietnam's time zone. A fresh
     * folder gets the shipped official calendars and the sample catalogue, so it works at once.
     */
    public static DeskContext open(Path dataDir) {
        return open(dataDir, Clock.system(ZONE));
    }

    public static DeskContext open(Path dataDir, Clock clock) {
        vn.motcua.files.PrivateFiles.folder(dataDir);
        vn.motcua.files.PrivateFiles.createFile(dataDir.resolve(DATABASE_FILE));
        Database db = Database.open(dataDir.resolve(DATABASE_FILE));
        vn.motcua.files.PrivateFiles.database(dataDir.resolve(DATABASE_FILE));
        DeskContext ctx = new DeskContext(dataDir, db, clock.withZone(ZONE));
        try {
            ctx.sealRatingSecret();
            ctx.calendar.loadOfficialIfEmpty();
            ctx.catalog.loadSampleIfEmpty();
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
        return fees;
    }

    public SetupService setup() {
        return setup;
    }

    public CatalogService catalog() {
        return catalog;
    }

    public CalendarService calendar() {
        return calendar;
    }

    public RegistrationService registration() {
        return registration;
    }

    public DossierService dossiers() {
        return dossiers;
    }

    public AccountService accounts() {
        return accounts;
    }

    public BackupService backups() {
        return backups;
    }

    /** Enrollment with the central server, sync runs and the quarantine list. */
    public SyncService sync() {
        return sync;
    }

    public DiagnosticsService diagnostics() {
        return new DiagnosticsService(this);
    }

    /** Receipts, forms, printers. */
    public PrintService print() {
        return print;
    }

    /** The desk's work queues: counts and paged queries. */
    public QueueService queues() {
        return queues;
    }

    /** The supervisor's figures and their lists (issue 7). */
    public DashboardService dashboard() {
        return dashboard;
    }

    /** Late dossiers, apology slips and their register (issue 7). */
    public ApologyService apologies() {
        return apologies;
    }

    /** Counter-side ratings and the satisfaction report (issue 7). */
    public CounterRatingService ratings() {
        return ratings;
    }

    /** Scanned files of dossiers (số hóa). */
    public AttachmentService attachments() {
        return attachments;
    }

    @Override
    public void close() {
        db.close();
    }
}

package vn.motcua.service;

import java.awt.print.PrinterException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.catalog.Fee;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.ProgressEntry;
import vn.motcua.domain.dossier.SupplementRound;
import vn.motcua.domain.office.OfficeProfile;
import vn.motcua.domain.text.Msg;
import vn.motcua.domain.text.Text;
import vn.motcua.print.ControlSlipForm;
import vn.motcua.print.FeeQr;
import vn.motcua.print.VnDates;
import vn.motcua.domain.dossier.HandOver;
import vn.motcua.domain.dossier.LogbookLine;
import vn.motcua.store.LogbookRepository;
import vn.motcua.print.Doc;
import vn.motcua.print.EscPosRaster;
import vn.motcua.print.FormContext;
import vn.motcua.print.FormType;
import vn.motcua.print.LogbookForm;
import vn.motcua.print.LogbookRef;
import vn.motcua.print.LogbookRow;
import vn.motcua.print.NoticeData;
import vn.motcua.print.NoticeForms;
import vn.motcua.print.OsPrinting;
import vn.motcua.print.PaperFormat;
import vn.motcua.print.PdfRenderer;
import vn.motcua.print.QrLinks;
import vn.motcua.print.ReceiptData;
import vn.motcua.print.ReceiptForm;
import vn.motcua.print.TemplateSet;
import vn.motcua.store.AuditRepository;
import vn.motcua.store.Database;
import vn.motcua.store.DossierRepository;
import vn.motcua.store.OfficeRepository;
import vn.motcua.store.ProcedureRepository;
import vn.motcua.store.SettingsRepository;

/**
 * Receipts and forms for the desk and the command line: builds each form from the stored dossier, renders it to PDF,
 * sends PDFs to OS printers (or ESC/POS raster to an 80 mm printer) and keeps the per-form printer settings. Every
 * form produced leaves an audit row {@code PRINT} with the form type (and {@code REPRINT} for a receipt reprint).
 *
 * <p>The desk renders once per print: the same bytes feed the preview, "In" and "Lưu PDF".
 */
public final class PrintService {
    private static final Logger LOG = LoggerFactory.getLogger(PrintService.class);

    public static final String TEMPLATE_SET = DeskSettings.TEMPLATE_SET;
    /** Working hours the one-stop unit has to hand a dossier to the processing unit when the catalogue sets none [I]. */
    public static final int DEFAULT_ONE_STOP_HOURS = FormFacts.DEFAULT_ONE_STOP_HOURS;

    /** Per-form printing choices, remembered in the {@code setting} table. */
    public record PrintSettings(String printer, PaperFormat format, boolean escPos) {
        public PrintSettings {
            printer = printer == null ? "" : printer.strip();
        }
    }

    private final Database db;
    private final OfficeRepository offices;
    private final DossierRepository dossiers;
    private final ProcedureRepository procedures;
    private final SettingsRepository settings;
    private final AuditRepository audit;
    private final AccountService accounts;
    private final CalendarService calendar;
    private final Clock clock;
    private final FeeService fees;
    private final LogbookRepository logbook = new LogbookRepository();

    PrintService(Database db, OfficeRepository offices, DossierRepository dossiers, ProcedureRepository procedures,
                 SettingsRepository settings, AuditRepository audit, AccountService accounts,
                 CalendarService calendar, Clock clock, FeeService fees) {
        this.fees = fees;
        this.db = db;
        this.offices = offices;
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.settings = settings;
        this.audit = audit;
        this.accounts = accounts;
        this.calendar = calendar;
        this.clock = clock;
    }

    // ---- documents ---------------------------------------------------------------------------------------------

    /**
     * The receipt (Mẫu 01) of a dossier, both copies.
     *
     * @param format  paper, or null for the receipt's setting (A5 by default)
     * @param reprint marks the copies "Bản in lại" with the current time
     */
    /**
     * Whether receipts' QR codes lead somewhere: false until the desk is enrolled with the province's server (the
     * address is still the placeholder {@link DeskSettings#PLACEHOLDER_URL}).
     */
    public boolean qrCodesWork() {
        return calendar.settings().qrCodesWork();
    }

    public byte[] receiptPdf(String code, PaperFormat format, Actor actor, boolean reprint) {
        require(actor);
        LocalDateTime now = now();
        Dossier d = dossier(code);
        OfficeProfile office = office();
        PaperFormat paper = format != null ? format : settings(FormType.RECEIPT).format();
        if (paper == PaperFormat.A4_LANDSCAPE) {
            throw new ValidationException("format", Msg.of("print.receipt.paper"));
        }
        LogbookRef ref = logbookRef(d);
        String feeText = db.read(c -> procedures.find(c, d.procedureCode())).map(FormFacts::feeText).orElse(null);
        if (office.ratingSecret() == null) {
            throw new ValidationException("office", Msg.of("print.ratingKey.missing",
                    vn.motcua.store.OfficeRepository.KEY_FILE));
        }
        ReceiptData data = new ReceiptData(d, clerkName(d), feeText, ref,
                QrLinks.of(calendar.settings().centralBaseUrl(), d.code(), office.ratingSecret()),
                reprint ? now : null, feeQr(fees.fee(d)));
        byte[] pdf = PdfRenderer.render(ReceiptForm.build(context(office, actor, now, d), data, paper));
        audit(now, actor, d, FormType.RECEIPT, paper, reprint ? "REPRINT" : "");
        return pdf;
    }

    /**
     * Any other form of a dossier: supplement, refusal, apology, stop, control. What is not set in {@code options}
     * comes from the dossier (the open supplement round, the refusal or stop note in the progress log, the apology's
     * new date).
     *
     * @param options what the clerk set; null = {@link FormOptions#NONE}
     */
    public byte[] formPdf(FormType type, String code, Actor actor, FormOptions options) {
        require(actor);
        if (type == FormType.RECEIPT || type == FormType.LOGBOOK) {
            throw new ValidationException("type", Msg.of("print.form.useReceiptOrLogbook"));
        }
        FormOptions x = options == null ? FormOptions.NONE : options;
        LocalDateTime now = now();
        Dossier d = dossier(code);
        OfficeProfile office = office();
        PaperFormat paper = paper(type, x.format());
        List<ProgressEntry> progress = db.read(c -> dossiers.progress(c, d.id()));
        LogbookRef ref = logbookRef(d);
        Procedure procedure = db.read(c -> procedures.find(c, d.procedureCode())).orElse(null);
        Optional<SupplementRound> round = d.supplements().isEmpty() ? Optional.empty()
                : Optional.of(d.supplements().get(d.supplements().size() - 1));
        String reason = Text.nfc(x.reason());
        if (reason == null || reason.isBlank()) {
            reason = switch (type) {
                case REFUSAL -> FormFacts.lastNote(progress, DossierStatus.DENIED);
                case STOP -> FormFacts.lastNote(progress, DossierStatus.UNRESOLVED, DossierStatus.CANCELLED);
                case APOLOGY -> FormFacts.lastApologyReason(progress); // a reprint: the saved apology's reason
                default -> "";
            };
        }
        List<String> items = new ArrayList<>();
        String itemText = Text.nfc(x.items());
        if (itemText == null && round.isPresent()) {
            itemText = round.get().content();
        }
        if (itemText != null) {
            items = Arrays.stream(itemText.split("[\\n;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        LocalDateTime newAppointment = x.newAppointment() != null ? x.newAppointment() : d.rescheduledAt();
        if (type == FormType.APOLOGY && newAppointment != null && !newAppointment.isAfter(d.receivedAt())) {
            throw new ValidationException("newAppointment", Msg.of("print.apology.beforeReceipt"));
        }
        LocalDateTime deadline = x.deadline() != null ? x.deadline()
                : round.map(SupplementRound::deadline).orElse(null);
        FormContext ctx = context(office, actor, now, d);
        String leadUnit = procedure == null ? null : procedure.processingUnit();
        List<HandOver> handOvers = HandOver.of(progress, ctx.unitSentence(), leadUnit);
        NoticeData data = new NoticeData(d, progress, reason, newAppointment, items, deadline,
                Text.nfc(x.contact()), ref, accounts.phoneOf(actor.username()), leadUnit, handOvers,
                FormFacts.judge(calendar.calculator(), d, handOvers, procedure, ctx.unitSentence()),
                Text.nfc(x.deputy()));
        Doc doc = switch (type) {
            case SUPPLEMENT -> NoticeForms.supplement(ctx, data, paper);
            case REFUSAL -> NoticeForms.refusal(ctx, data, paper);
            case APOLOGY -> NoticeForms.apology(ctx, data, paper);
            case STOP -> NoticeForms.stop(ctx, data, paper);
            case CONTROL -> ControlSlipForm.build(ctx, data, paper);
            case RECEIPT, LOGBOOK -> throw new IllegalStateException("handled above");
        };
        byte[] pdf = PdfRenderer.render(doc);
        audit(now, actor, d, type, paper, "");
        return pdf;
    }

    /** The logbook (Sổ theo dõi hồ sơ) of the dossiers received from {@code from} to {@code to}, both included. */
    public byte[] logbookPdf(LocalDate from, LocalDate to, Actor actor) {
        require(actor);
        if (from == null || to == null) {
            throw new ValidationException("from", Msg.of("print.logbook.period"));
        }
        if (to.isBefore(from)) {
            throw new ValidationException("to", Msg.of("print.logbook.order"));
        }
        if (from.plusYears(1).isBefore(to)) {
            throw new ValidationException("to", Msg.of("print.logbook.year"));
        }
        LocalDateTime now = now();
        OfficeProfile office = office();
        List<Dossier> list = db.read(c -> dossiers.receivedBetween(c, from.atStartOfDay(),
                to.plusDays(1).atStartOfDay()));
        List<LogbookRow> rows = list.stream().map(d -> new LogbookRow(d, clerkName(d))).toList();
        byte[] pdf = PdfRenderer.render(LogbookForm.build(context(office, actor, now, to), from, to, rows));
        db.run(c -> {
            audit.record(c, now, actor.username(), "PRINT", null, FormType.LOGBOOK.auditName() + " "
                    + PaperFormat.A4_LANDSCAPE.key() + " " + from + ".." + to + " (" + rows.size() + ")");
        });
        return pdf;
    }

    // ---- printers ----------------------------------------------------------------------------------------------

    /** The OS printers, the default first. */
    public List<String> printers() {
        return OsPrinting.printerNames();
    }

    /**
     * Prints PDF bytes from {@link #receiptPdf} and friends. An 80 mm paper goes as ESC/POS raster when the form's
     * setting says so ({@link #printThermal}); everything else through the printer's driver at its resolution.
     *
     * @param printerName blank = the OS default printer
     */
    public void print(byte[] pdf, String printerName, PaperFormat paper) {
        try {
            OsPrinting.printPdf(pdf, printerName, paper, "Quầy Một Cửa");
        } catch (IllegalArgumentException e) {
            throw new ValidationException("printer", Msg.of("print.printer.unknown", printerName));
        } catch (PrinterException e) {
            LOG.warn("Printing on '{}' failed", printerName, e);
            throw new PrintFailedException(Msg.of("print.printer.failed", printerName, String.valueOf(e.getMessage())), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends PDF bytes (an 80 mm receipt) to a thermal printer as ESC/POS raster images. */
    public void printThermal(byte[] pdf, String printerName) {
        try {
            OsPrinting.printEscPos(pdf, printerName);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("printer", Msg.of("print.printer.unknown", printerName));
        } catch (IOException e) {
            LOG.warn("ESC/POS printing on '{}' failed", printerName, e);
            throw new PrintFailedException(Msg.of("print.printer.failed", printerName, String.valueOf(e.getMessage())), e);
        }
    }

    /** Prints with the form's remembered printer, paper mode (driver or ESC/POS raster). */
    public void printWithSettings(FormType type, byte[] pdf) {
        PrintSettings s = settings(type);
        if (s.escPos() && s.format() == PaperFormat.ROLL_80MM) {
            printThermal(pdf, s.printer());
        } else {
            print(pdf, s.printer(), s.format());
        }
    }

    /** The ESC/POS bytes a thermal printer would receive (for a file or a network socket). */
    public byte[] escPos(byte[] pdf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            EscPosRaster.write(pdf, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---- settings ----------------------------------------------------------------------------------------------

    public static String printerKey(FormType t) {
        return "print." + t.key() + ".printer";
    }

    public static String formatKey(FormType t) {
        return "print." + t.key() + ".format";
    }

    public static String escPosKey(FormType t) {
        return "print." + t.key() + ".escpos";
    }

    /** The form's remembered printer (blank = OS default), paper and ESC/POS mode. */
    public PrintSettings settings(FormType type) {
        Map<String, String> all = db.read(settings::all);
        PaperFormat f = PaperFormat.parse(all.get(formatKey(type))).filter(p -> allowed(type, p))
                .orElse(type.defaultPaper());
        boolean esc = Boolean.parseBoolean(all.getOrDefault(escPosKey(type), String.valueOf(f == PaperFormat.ROLL_80MM)));
        return new PrintSettings(all.get(printerKey(type)), f, esc);
    }

    /** Remembers the printer, paper and mode chosen for a form type (any signed-in user). */
    public void saveSettings(FormType type, PrintSettings s, Actor actor) {
        require(actor);
        if (s.format() == null || !allowed(type, s.format())) {
            throw new ValidationException("format", Msg.of("print.paper.notFor", type.labelVi()));
        }
        db.run(c -> {
            settings.put(c, printerKey(type), s.printer());
            settings.put(c, formatKey(type), s.format().key());
            settings.put(c, escPosKey(type), String.valueOf(s.escPos()));
        });
    }

    /**
     * The template set chosen by the administrator for every dossier, or null when the set goes by each dossier's
     * receipt date (setting {@value #TEMPLATE_SET} = {@code AUTO}, the default).
     */
    public TemplateSet templateSet() {
        return TemplateSet.parse(calendar.settings().templateSet()).orElse(null);
    }

    /** The set a form of a dossier received on {@code received} is printed on. */
    public TemplateSet templateSetFor(LocalDate received) {
        DeskSettings s = calendar.settings();
        return TemplateSet.forDate(received, TemplateSet.parse(s.templateSet()).orElse(null), s.templateSet2025From());
    }

    /** Chooses the template set for every dossier, or null to go by the receipt date (administrators only). */
    public void setTemplateSet(TemplateSet set, Actor actor) {
        calendar.putSetting(TEMPLATE_SET, set == null ? DeskSettings.TEMPLATE_SET_AUTO : set.name(), actor);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static boolean allowed(FormType type, PaperFormat p) {
        return type == FormType.LOGBOOK ? p == PaperFormat.A4_LANDSCAPE : p != PaperFormat.A4_LANDSCAPE;
    }

    private PaperFormat paper(FormType type, PaperFormat chosen) {
        if (chosen == null) {
            return settings(type).format();
        }
        if (!allowed(type, chosen)) {
            throw new ValidationException("format", Msg.of("print.paper.notFor", type.labelVi()));
        }
        return chosen;
    }

    private static void require(Actor actor) {
        Roles.require(actor, "action.forms.print", Role.values());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private Dossier dossier(String code) {
        String c0 = Text.nfc(code);
        String key = c0 == null ? "" : c0.strip().toUpperCase(Locale.ROOT);
        return db.read(c -> dossiers.findByCode(c, key)).orElseThrow(() -> new ValidationException("code",
                Msg.of("print.dossier.unknown", code)));
    }

    private OfficeProfile office() {
        return db.read(offices::find).orElseThrow(() -> new ValidationException("setup",
                Msg.of("print.office.notSetUp")));
    }

    private FormContext context(OfficeProfile office, Actor actor, LocalDateTime now, Dossier d) {
        return context(office, actor, now, d.receivedAt().toLocalDate());
    }

    private FormContext context(OfficeProfile office, Actor actor, LocalDateTime now, LocalDate received) {
        return new FormContext(office, templateSetFor(received), now, actor.fullName());
    }

    /** The dossier's logbook line: the one given at registration (given now if it arrived without one). */
    private LogbookRef logbookRef(Dossier d) {
        LogbookLine line = db.read(c -> logbook.find(c, d.id())).orElseGet(() -> db.write(c -> logbook.assign(c, d)));
        return new LogbookRef(line.volume(), line.line());
    }

    /** The receipt's fee block, null when the dossier has nothing to pay. */
    private static FeeQr feeQr(FeeService.Fee f) {
        if (f.amountVnd() <= 0) {
            return null;
        }
        String paid = f.payment().map(p -> "đã nộp (" + p.method().labelVi().toLowerCase(Locale.forLanguageTag("vi"))
                + ") lúc " + VnDates.full(p.paidAt())).orElse(null);
        return new FeeQr(f.amountVnd(), f.payload(), f.bankBin(), f.account(), f.accountName(), paid);
    }

    /**
     * The receiving clerk's name as the dossier records it from its receipt. A dossier from before the name travelled
     * with it: this desk's account of that user name only for this desk's own dossiers (another desk's {@code admin}
     * is not ours), else "user name (quầy N)".
     */
    private String clerkName(Dossier d) {
        if (d.receivedByName() != null) {
            return d.receivedByName();
        }
        if (d.receivedBy() == null || d.receivedBy().isBlank()) {
            return "";
        }
        if (d.deskNo() == office().deskNo()) {
            return accounts.actor(d.receivedBy()).map(Actor::fullName).orElse(d.receivedBy());
        }
        return d.clerk().name();
    }

    private void audit(LocalDateTime now, Actor actor, Dossier d, FormType type, PaperFormat paper, String mark) {
        db.run(c -> {
            audit.record(c, now, actor.username(), "PRINT", d.id(), (type.auditName() + " " + paper.key() + " "
                    + mark).strip() + " " + d.code());
        });
    }
}

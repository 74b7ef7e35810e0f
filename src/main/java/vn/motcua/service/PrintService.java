package vn.motcua.service;

import java.awt.print.PrinterException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
    /** {@link #formPdf} extras: the reason printed (refusal, lateness, stop, supplement). */
    public static final String EXTRA_REASON = "reason";
    /** Apology: new return time, {@code yyyy-MM-ddTHH:mm}. */
    public static final String EXTRA_NEW_APPOINTMENT = "newAppointment";
    /** Supplement: what to add, one item per line. */
    public static final String EXTRA_ITEMS = "items";
    /** Supplement: deadline, {@code yyyy-MM-ddTHH:mm}. */
    public static final String EXTRA_DEADLINE = "deadline";
    /** Contact person and phone printed on the notice. */
    public static final String EXTRA_CONTACT = "contact";
    /** Apology: the deputy's title when a deputy signs on behalf of the head ("KT."), e.g. "Phó Chủ tịch". */
    public static final String EXTRA_DEPUTY = "deputy";
    /** Working hours the one-stop unit has to hand a dossier to the processing unit when the catalogue sets none [I]. */
    public static final int DEFAULT_ONE_STOP_HOURS = 4;
    /** Paper key overriding the setting ({@code a5}, {@code a4}, {@code 80mm}). */
    public static final String EXTRA_FORMAT = "format";

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
            throw new ValidationException("format", "Giấy tiếp nhận chỉ in trên khổ A5, A4 hoặc cuộn 80 mm.");
        }
        LogbookRef ref = logbookRef(d);
        String feeText = db.read(c -> procedures.find(c, d.procedureCode())).map(PrintService::feeText).orElse(null);
        if (office.ratingSecret() == null) {
            throw new ValidationException("office", "Không mở được khoá đánh giá của quầy (tệp khoá "
                    + vn.motcua.store.OfficeRepository.KEY_FILE + " bị mất hoặc hỏng). Hãy khởi động lại ứng dụng: "
                    + "quầy sẽ tạo khoá mới, rồi đăng ký lại với máy chủ tỉnh.");
        }
        ReceiptData data = new ReceiptData(d, clerkName(d), feeText, ref,
                QrLinks.of(calendar.settings().centralBaseUrl(), d.code(), office.ratingSecret()),
                reprint ? now : null, feeQr(fees.fee(d)));
        byte[] pdf = PdfRenderer.render(ReceiptForm.build(context(office, actor, now, d), data, paper));
        audit(now, actor, d, FormType.RECEIPT, paper, reprint ? "REPRINT" : "");
        return pdf;
    }

    /**
     * Any other form of a dossier: supplement, refusal, apology, stop, control. What is not in {@code extra} comes from
     * the dossier (the open supplement round, the refusal or stop note in the progress log, the apology's new date).
     *
     * @param extra see the {@code EXTRA_*} keys; may be null
     */
    public byte[] formPdf(FormType type, String code, Actor actor, Map<String, String> extra) {
        require(actor);
        if (type == FormType.RECEIPT || type == FormType.LOGBOOK) {
            throw new ValidationException("type", "Dùng lệnh in giấy tiếp nhận hoặc sổ theo dõi cho biểu mẫu này.");
        }
        Map<String, String> x = extra == null ? Map.of() : extra;
        LocalDateTime now = now();
        Dossier d = dossier(code);
        OfficeProfile office = office();
        PaperFormat paper = paper(type, x.get(EXTRA_FORMAT));
        List<ProgressEntry> progress = db.read(c -> dossiers.progress(c, d.id()));
        LogbookRef ref = logbookRef(d);
        Procedure procedure = db.read(c -> procedures.find(c, d.procedureCode())).orElse(null);
        Optional<SupplementRound> round = d.supplements().isEmpty() ? Optional.empty()
                : Optional.of(d.supplements().get(d.supplements().size() - 1));
        String reason = Text.nfc(x.get(EXTRA_REASON));
        if (reason == null || reason.isBlank()) {
            reason = switch (type) {
                case REFUSAL -> lastNote(progress, DossierStatus.DENIED);
                case STOP -> lastNote(progress, DossierStatus.UNRESOLVED, DossierStatus.CANCELLED);
                default -> "";
            };
        }
        List<String> items = new ArrayList<>();
        String itemText = Text.nfc(x.get(EXTRA_ITEMS));
        if (itemText == null && round.isPresent()) {
            itemText = round.get().content();
        }
        if (itemText != null) {
            items = Arrays.stream(itemText.split("[\\n;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        LocalDateTime newAppointment = time(x, EXTRA_NEW_APPOINTMENT, "Ngày hẹn lại", d.rescheduledAt());
        if (type == FormType.APOLOGY && newAppointment != null && !newAppointment.isAfter(d.receivedAt())) {
            throw new ValidationException(EXTRA_NEW_APPOINTMENT, "Ngày hẹn lại phải sau thời gian tiếp nhận hồ sơ.");
        }
        LocalDateTime deadline = time(x, EXTRA_DEADLINE, "Thời hạn bổ sung",
                round.map(SupplementRound::deadline).orElse(null));
        FormContext ctx = context(office, actor, now, d);
        String leadUnit = procedure == null ? null : procedure.processingUnit();
        List<HandOver> handOvers = HandOver.of(progress, ctx.unitSentence(), leadUnit);
        NoticeData data = new NoticeData(d, progress, reason, newAppointment, items, deadline,
                Text.nfc(x.get(EXTRA_CONTACT)), ref, accounts.phoneOf(actor.username()), leadUnit, handOvers,
                judge(d, handOvers, procedure, ctx.unitSentence()), Text.nfc(x.get(EXTRA_DEPUTY)));
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
            throw new ValidationException("from", "Cần chọn từ ngày và đến ngày.");
        }
        if (to.isBefore(from)) {
            throw new ValidationException("to", "«Đến ngày» phải không trước «Từ ngày».");
        }
        if (from.plusYears(1).isBefore(to)) {
            throw new ValidationException("to", "Mỗi lần in sổ tối đa một năm.");
        }
        LocalDateTime now = now();
        OfficeProfile office = office();
        List<Dossier> list = db.read(c -> dossiers.receivedBetween(c, from.atStartOfDay(),
                to.plusDays(1).atStartOfDay()));
        List<LogbookRow> rows = list.stream().map(d -> new LogbookRow(d, clerkName(d))).toList();
        byte[] pdf = PdfRenderer.render(LogbookForm.build(context(office, actor, now, to), from, to, rows));
        db.write(c -> {
            audit.record(c, now, actor.username(), "PRINT", null, FormType.LOGBOOK.auditName() + " "
                    + PaperFormat.A4_LANDSCAPE.key() + " " + from + ".." + to + " (" + rows.size() + ")");
            return null;
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
            throw new ValidationException("printer", "Không tìm thấy máy in «" + printerName + "».");
        } catch (PrinterException e) {
            LOG.warn("Printing on '{}' failed", printerName, e);
            throw new PrintFailedException("Không in được trên máy in «" + printerName + "»: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends PDF bytes (an 80 mm receipt) to a thermal printer as ESC/POS raster images. */
    public void printThermal(byte[] pdf, String printerName) {
        try {
            OsPrinting.printEscPos(pdf, printerName);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("printer", "Không tìm thấy máy in «" + printerName + "».");
        } catch (IOException e) {
            LOG.warn("ESC/POS printing on '{}' failed", printerName, e);
            throw new PrintFailedException("Không in được trên máy in «" + printerName + "»: " + e.getMessage(), e);
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
            throw new ValidationException("format", "Khổ giấy không phù hợp với " + type.labelVi() + ".");
        }
        db.write(c -> {
            settings.put(c, printerKey(type), s.printer());
            settings.put(c, formatKey(type), s.format().key());
            settings.put(c, escPosKey(type), String.valueOf(s.escPos()));
            return null;
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

    private PaperFormat paper(FormType type, String key) {
        if (key == null || key.isBlank()) {
            return settings(type).format();
        }
        PaperFormat p = PaperFormat.parse(key).filter(f -> allowed(type, f)).orElseThrow(() ->
                new ValidationException("format", "Khổ giấy «" + key + "» không dùng được; chọn a5, a4 hoặc 80mm."));
        return p;
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
                "Không tìm thấy hồ sơ mã «" + code + "»."));
    }

    private OfficeProfile office() {
        return db.read(offices::find).orElseThrow(() -> new ValidationException("setup",
                "Máy này chưa được thiết lập đơn vị: chạy «motcua setup» trước khi in biểu mẫu."));
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
     * Each hand-over judged against the time allotted to the step it ended (DOMAIN.md §1.2): the catalogue's
     * {@code steps} in order when it lists them; otherwise the one-stop unit has {@value #DEFAULT_ONE_STOP_HOURS}
     * working hours to hand over, the processing unit the statutory time less the one-stop unit's two turns, and any
     * other step is not judged (blank).
     */
    private List<String> judge(Dossier d, List<HandOver> handOvers, Procedure p, String oneStop) {
        var calc = calendar.calculator();
        List<String> out = new ArrayList<>();
        long total = d.appointmentAt() == null ? -1 : calc.workingMinutesBetween(d.receivedAt(), d.appointmentAt());
        for (HandOver h : handOvers) {
            Long minutes = null;
            if (p != null && h.step() <= p.steps().size()) {
                minutes = p.steps().get(h.step() - 1).workingHours() * 60L;
            } else if (h.from().equals(oneStop) && h.step() == 1) {
                minutes = DEFAULT_ONE_STOP_HOURS * 60L;
            } else if (h.to().equals(oneStop) && total >= 0) {
                minutes = Math.max(0, total - 2L * DEFAULT_ONE_STOP_HOURS * 60L);
            }
            out.add(minutes == null ? "" : ControlSlipForm.onTime(h.at(), calc.addWorkingMinutes(h.stepStart(), minutes)));
        }
        return out;
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
        db.write(c -> {
            audit.record(c, now, actor.username(), "PRINT", d.id(), (type.auditName() + " " + paper.key() + " "
                    + mark).strip() + " " + d.code());
            return null;
        });
    }

    private static String lastNote(List<ProgressEntry> progress, DossierStatus... statuses) {
        for (int i = progress.size() - 1; i >= 0; i--) {
            ProgressEntry e = progress.get(i);
            if (Arrays.asList(statuses).contains(e.status()) && e.note() != null && !e.note().isBlank()) {
                return e.note();
            }
        }
        return "";
    }

    private static LocalDateTime time(Map<String, String> x, String key, String labelVi, LocalDateTime fallback) {
        String v = x.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return LocalDateTime.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(key, labelVi + " «" + v + "» không hợp lệ; nhập dạng 2026-05-08T09:00.");
        }
    }

    /** "Lệ phí: 8.000 đồng; Phí: 20.000 đồng", "Miễn phí", or null when the catalogue lists none. */
    static String feeText(Procedure p) {
        if (p.fees().isEmpty()) {
            return null;
        }
        if (p.totalFeeVnd() == 0) {
            return "Miễn phí";
        }
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
        return p.fees().stream().map((Fee f) -> f.name() + ": " + (f.amountVnd() == 0 ? "miễn"
                : nf.format(f.amountVnd()) + " đồng")).collect(Collectors.joining("; "));
    }
}

package vn.motcua.service;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.ProgressEntry;
import vn.motcua.domain.fee.FeePayment;
import vn.motcua.domain.fee.PaymentMethod;
import vn.motcua.domain.fee.VietQr;
import vn.motcua.domain.text.Msg;
import vn.motcua.domain.text.Text;
import vn.motcua.store.AuditRepository;
import vn.motcua.store.Database;
import vn.motcua.store.DossierRepository;
import vn.motcua.store.FeePaymentRepository;
import vn.motcua.store.OutboxRepository;
import vn.motcua.store.ProcedureRepository;
import vn.motcua.store.ProgressExtras;

/**
 * The fee of a dossier at the counter: how much, the VietQR code to pay it by bank transfer (to the office's account
 * in the settings {@code payment.*}), and marking it paid (cash or transfer). Marking paid is one transaction: the
 * payment row, a progress entry, the audit row and a {@code FEE_PAID} outbox event for the central server.
 */
public final class FeeService {
    /** The progress-log text of a payment (NoiDungXuLy); not a hand-over between units. */
    public static final String PROGRESS_ACTION = "Thu phí, lệ phí";

    /**
     * A dossier's fee.
     *
     * @param amountVnd   total of the procedure's fees (0: none to pay)
     * @param payload     the VietQR payload, null when nothing is to pay, it is paid or the bank account is not set
     * @param qrProblem   why there is no code although a fee is due, else null
     * @param payment     the payment when the fee has been marked paid
     */
    public record Fee(Dossier dossier, long amountVnd, String payload, Msg qrProblem, String bankBin,
                      String account, String accountName, Optional<FeePayment> payment) {
        public boolean due() {
            return amountVnd > 0 && payment.isEmpty();
        }
    }

    private final Database db;
    private final DossierRepository dossiers;
    private final ProcedureRepository procedures;
    private final FeePaymentRepository payments;
    private final OutboxRepository outbox;
    private final AuditRepository audit;
    private final CalendarService calendar;
    private final java.time.Clock clock;

    FeeService(Database db, DossierRepository dossiers, ProcedureRepository procedures, FeePaymentRepository payments,
               OutboxRepository outbox, AuditRepository audit, CalendarService calendar, java.time.Clock clock) {
        this.db = db;
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.payments = payments;
        this.outbox = outbox;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The fee of the dossier with this code. */
    public Fee fee(String code) {
        return fee(find(code));
    }

    public Fee fee(Dossier d) {
        long amount = db.read(c -> procedures.find(c, d.procedureCode())).map(Procedure::totalFeeVnd).orElse(0L);
        Optional<FeePayment> paid = db.read(c -> payments.find(c, d.id()));
        DeskSettings s = calendar.settings();
        String payload = null;
        Msg problem = null;
        if (amount > 0 && paid.isEmpty()) {
            if (s.paymentBankBin().isBlank() || s.paymentAccount().isBlank()) {
                problem = Msg.of("fee.noAccount");
            } else {
                Optional<Msg> p = VietQr.problem(s.paymentBankBin(), s.paymentAccount());
                if (p.isPresent()) {
                    problem = p.get();
                } else {
                    payload = VietQr.payload(s.paymentBankBin(), s.paymentAccount(), amount,
                            VietQr.purposeFor(d.code()));
                }
            }
        }
        return new Fee(d, amount, payload, problem, s.paymentBankBin(), s.paymentAccount(), s.paymentAccountName(),
                paid);
    }

    /**
     * Marks the dossier's fee paid. Refused when the procedure has no fee, the fee is already marked paid, or the
     * dossier was refused at intake.
     */
    public FeePayment markPaid(String code, PaymentMethod method, Actor actor, String note) {
        Roles.require(actor, "action.fee.record", Role.values());
        if (method == null) {
            throw new ValidationException("method", Msg.of("fee.method.missing"));
        }
        String n = Text.nfc(note);
        if (n != null && n.length() > 200) {
            throw new ValidationException("note", Msg.of("fee.note.tooLong", 200));
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        return db.write(c -> {
            Dossier d = dossiers.findByCode(c, normal(code)).orElseThrow(() -> new ValidationException("code",
                    Msg.of("dossier.notFound", code)));
            if (d.status() == DossierStatus.DENIED) {
                throw new ValidationException("code", Msg.of("fee.denied"));
            }
            long amount = procedures.find(c, d.procedureCode()).map(Procedure::totalFeeVnd).orElse(0L);
            if (amount <= 0) {
                throw new ValidationException("code", Msg.of("fee.none", d.code()));
            }
            if (payments.find(c, d.id()).isPresent()) {
                throw new ValidationException("code", Msg.of("fee.alreadyPaid", d.code()));
            }
            FeePayment p = new FeePayment(d.id(), amount, method, now, actor.username(),
                    n == null || n.isBlank() ? null : n.strip());
            payments.insert(c, p);
            ProgressEntry entry = new ProgressEntry(actor.fullName(), actor.title(), actor.unit(), now, PROGRESS_ACTION,
                    d.status(), now, null, method.labelVi() + " " + amount + " đồng");
            dossiers.addProgress(c, d.id(), entry);
            outbox.append(c, OutboxRepository.EventType.FEE_PAID, d.id(), OffsetDateTime.now(clock),
                    Map.of("dossier", d, "progress", ProgressExtras.with(entry, "payment", paymentNode(p))));
            audit.record(c, now, actor.username(), "FEE_PAID", d.id(), d.code() + " " + method.name() + " " + amount);
            return p;
        });
    }

    /** The payment as it travels inside its progress entry (sync event {@code FEE_PAID}). */
    static Map<String, Object> paymentNode(FeePayment p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("amountVnd", p.amountVnd());
        m.put("method", p.method().name());
        m.put("paidAt", p.paidAt().toString());
        m.put("paidBy", p.paidBy());
        if (p.note() != null) {
            m.put("note", p.note());
        }
        return m;
    }

    private Dossier find(String code) {
        return db.read(c -> dossiers.findByCode(c, normal(code))).orElseThrow(() -> new ValidationException("code",
                Msg.of("dossier.notFound", code)));
    }

    private static String normal(String code) {
        String c0 = Text.nfc(code);
        return c0 == null ? "" : c0.strip().toUpperCase(java.util.Locale.ROOT);
    }
}

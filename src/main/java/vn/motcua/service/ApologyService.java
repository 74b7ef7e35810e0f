package vn.motcua.service;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.text.Text;
import vn.motcua.store.AuditRepository;
import vn.motcua.store.Database;
import vn.motcua.store.DossierRepository;
import vn.motcua.store.SqlValues;
import vn.motcua.domain.text.Msg;

/**
 * Late dossiers and their apology slips (Phiếu xin lỗi và hẹn lại ngày trả kết quả, DOMAIN.md §2.4, §7): the open
 * dossiers that are about to miss (or have missed) their appointment without an apology yet, recording an apology
 * (reason + new appointment → the dossier's {@code rescheduledAt}, which drives the live flags from then on), and the
 * apology register. The statistics keep counting against the statutory appointment. Supervisor and admin only.
 *
 * <p>An apology travels (issue 13): it is an outbox event ({@code APOLOGY_ISSUED}) stored in the same transaction,
 * shows in the dossier's progress log, and the server hands it to every desk of the office; a pull never puts the old
 * appointment back.
 */
public final class ApologyService {
    /** One dossier that needs an apology: open, due by the end of the next working day or already late. */
    public record AtRisk(String code, String applicant, String procedure, LocalDateTime appointmentAt,
                         LocalDateTime effectiveAt, boolean alreadyLate, int apologies) {
    }

    /** One row of the apology register. */
    public record Entry(long id, String code, String applicant, String reason, LocalDateTime previousAppointment,
                        LocalDateTime newAppointment, LocalDateTime createdAt, String createdBy) {
    }

    private static final String WHAT = "action.apology.issue";

    private final Database db;
    private final DossierRepository dossiers;
    private final AuditRepository audit;
    private final CalendarService calendar;
    private final Clock clock;
    private final vn.motcua.store.OutboxRepository outbox;

    ApologyService(Database db, DossierRepository dossiers, vn.motcua.store.OutboxRepository outbox,
                   AuditRepository audit, CalendarService calendar, Clock clock) {
        this.outbox = outbox;
        this.db = db;
        this.dossiers = dossiers;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Open dossiers (2, 4, 6) whose effective appointment falls before the end of the next working day and that have
     * no apology yet with a new date still ahead — the ones to apologise for before the due time passes. Most urgent
     * first, at most 500.
     */
    public List<AtRisk> atRisk(Actor actor) {
        return atRisk(actor, 0, 500).rows();
    }

    /** One page of {@link #atRisk(Actor)} and how many there are in all (the screen pages through every one). */
    public record AtRiskPage(List<AtRisk> rows, int total, int offset) {
    }

    /** One page (at most 500 rows) of the dossiers to apologise for, most urgent first, with their total. */
    public AtRiskPage atRisk(Actor actor, int offset, int limit) {
        Roles.require(actor, "action.apology.due", Role.SUPERVISOR, Role.ADMIN);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        LocalDate next = calendar.workingCalendar().nextWorkingDay(now.toLocalDate());
        LocalDateTime until = next.plusDays(1).atStartOfDay();
        int size = Math.max(1, Math.min(limit, 500));
        return db.read(c -> {
            String where = " FROM dossier d WHERE d.deleted = 0 AND d.status IN (2, 4, 6) "
                    + "AND coalesce(d.rescheduled_at, d.appointment_at) < ?";
            int total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + where)) {
                SqlValues.bind(ps, until);
                try (ResultSet rs = ps.executeQuery()) {
                    total = rs.next() ? rs.getInt(1) : 0;
                }
            }
            int from = Math.max(0, Math.min(offset, Math.max(0, total - 1)));
            String sql = "SELECT d.code, d.applicant_name, d.procedure_name, d.appointment_at, d.rescheduled_at, "
                    + "(SELECT count(*) FROM apology a WHERE a.dossier_id = d.id)" + where
                    + " ORDER BY coalesce(d.rescheduled_at, d.appointment_at), d.code LIMIT " + size + " OFFSET "
                    + from;
            List<AtRisk> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                SqlValues.bind(ps, until);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDateTime appointment = SqlValues.ts(rs, "appointment_at");
                        LocalDateTime rescheduled = SqlValues.ts(rs, "rescheduled_at");
                        LocalDateTime effective = rescheduled != null ? rescheduled : appointment;
                        out.add(new AtRisk(rs.getString(1), rs.getString(2), rs.getString(3), appointment, effective,
                                now.isAfter(effective), rs.getInt(6)));
                    }
                }
            }
            return new AtRiskPage(out, total, from);
        });
    }

    /**
     * Records an apology: the reason and the new appointment go to the register, the dossier's {@code rescheduledAt}
     * becomes the new appointment, an audit row is written; one transaction. Print the slip afterwards with
     * {@code PrintService} (form {@code apology}), which reads the new date from the dossier.
     *
     * @throws ValidationException when the reason is blank, the new appointment is not in the future and after the
     *                             current one, or the dossier is not open
     */
    /** How an apology starts its line in the progress log (the reprint finds its reason by it). */
    static final String ACTION = "Xin lỗi và hẹn lại ngày trả kết quả";

    public Entry apologise(Actor actor, String code, String reason, LocalDateTime newAppointment) {
        Roles.require(actor, WHAT, Role.SUPERVISOR, Role.ADMIN);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        String why = reason == null ? "" : Text.nfc(reason.strip());
        List<Problem> problems = new ArrayList<>();
        if (why.isEmpty()) {
            problems.add(Problem.of("reason", "apology.reason.empty"));
        } else if (why.length() > 1000) {
            problems.add(Problem.of("reason", "apology.reason.tooLong", "1.000"));
        }
        if (newAppointment == null) {
            problems.add(Problem.of("newAppointment", "apology.appointment.missing"));
        } else if (!newAppointment.isAfter(now)) {
            problems.add(Problem.of("newAppointment", "apology.appointment.past"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LocalDateTime when = newAppointment.withSecond(0).withNano(0);
        return db.write(c -> {
            Dossier d = dossiers.findByCode(c, code).orElseThrow(() -> new ValidationException("code",
                    Msg.of("dossier.notFound", code)));
            if (d.status() != DossierStatus.NEW && d.status() != DossierStatus.PROCESSING
                    && d.status() != DossierStatus.PAYING && d.status() != DossierStatus.WAITING) {
                throw new ValidationException("code", Msg.of("apology.notOpen", code,
                        d.status().code()));
            }
            LocalDateTime previous = d.effectiveAppointment();
            if (previous != null && !when.isAfter(previous)) {
                throw new ValidationException("newAppointment", Msg.of("apology.appointment.notLater",
                        previous.toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
            }
            Dossier after = d.toBuilder().rescheduledAt(when).version(d.version() + 1).build();
            if (!dossiers.update(c, after, d.version(), now)) {
                throw new ValidationException("code", Msg.of("dossier.changedMeanwhile"));
            }
            vn.motcua.domain.dossier.ProgressEntry entry = new vn.motcua.domain.dossier.ProgressEntry(
                    actor.fullName(), actor.title(), actor.unit(), now, ACTION + ": "
                    + vn.motcua.print.VnDates.dateTime(when), d.status(), now, when, why);
            dossiers.addProgress(c, d.id(), entry);
            java.util.UUID eventId = java.util.UUID.randomUUID();
            java.util.Map<String, Object> apology = new java.util.LinkedHashMap<>();
            apology.put("reason", why);
            apology.put("previousAppointment", previous);
            apology.put("newAppointment", when);
            apology.put("createdAt", now);
            apology.put("createdBy", actor.username());
            outbox.append(c, vn.motcua.store.OutboxRepository.EventType.APOLOGY_ISSUED, d.id(),
                    java.time.OffsetDateTime.now(clock), java.util.Map.of("apology", apology, "dossier", after,
                            "progress", entry), eventId);
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO apology (dossier_id, dossier_code, reason, "
                    + "previous_appointment, new_appointment, created_at, created_by, event_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                // RETURNING: the desk's connections do not fetch generated keys after every insert (issue 18)
                SqlValues.bind(ps, d.id(), d.code(), why, previous, when, now, actor.username(), eventId);
                try (ResultSet keys = ps.executeQuery()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            audit.record(c, now, actor.username(), "APOLOGY", d.id(), d.code() + " → " + when);
            return new Entry(id, d.code(), d.applicant().fullName(), why, previous, when, now, actor.username());
        });
    }

    /** The apology register for slips made from {@code from} to {@code to} (inclusive), oldest first. */
    public List<Entry> register(Actor actor, LocalDate from, LocalDate to) {
        Roles.require(actor, "action.apology.log", Role.SUPERVISOR, Role.ADMIN);
        return db.read(c -> {
            List<Entry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.dossier_code, d.applicant_name, a.reason, "
                    + "a.previous_appointment, a.new_appointment, a.created_at, a.created_by FROM apology a "
                    + "LEFT JOIN dossier d ON d.id = a.dossier_id WHERE a.created_at >= ? AND a.created_at < ? "
                    + "ORDER BY a.created_at, a.id")) {
                SqlValues.bind(ps, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                SqlValues.ts(rs, "previous_appointment"), SqlValues.ts(rs, "new_appointment"),
                                SqlValues.ts(rs, "created_at"), rs.getString(8)));
                    }
                }
            }
            return out;
        });
    }
}

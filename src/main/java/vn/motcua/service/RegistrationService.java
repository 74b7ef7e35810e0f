package vn.motcua.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.calendar.Appointment;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.dossier.ActionRequest;
import vn.motcua.domain.dossier.AgencyCode;
import vn.motcua.domain.dossier.CheckedRegistration;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierCode;
import vn.motcua.domain.dossier.DossierLifecycle;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.LogbookLine;
import vn.motcua.domain.dossier.ParsedRegistration;
import vn.motcua.domain.dossier.RegistrationParser;
import vn.motcua.domain.dossier.RegistrationRequest;
import vn.motcua.domain.dossier.SequenceBlocks;
import vn.motcua.domain.dossier.Transition;
import vn.motcua.domain.office.OfficeProfile;
import vn.motcua.domain.text.InputProblem;
import vn.motcua.domain.text.Msg;
import vn.motcua.store.AuditRepository;
import vn.motcua.store.CodeSequenceRepository;
import vn.motcua.store.Database;
import vn.motcua.store.DossierRepository;
import vn.motcua.store.LogbookRepository;
import vn.motcua.store.OfficeRepository;
import vn.motcua.store.OutboxRepository;
import vn.motcua.store.ProcedureRepository;
import vn.motcua.store.ProgressExtras;

/**
 * Tiếp nhận hồ sơ: loads the procedure, hands the request to the domain's {@link RegistrationParser} (one call: a
 * checked registration or every problem), computes the appointment, and stores the dossier, its first progress entry,
 * its search row and an outbox event in ONE transaction, issuing the dossier code inside it.
 */
public final class RegistrationService {
    private final Database db;
    private final OfficeRepository offices;
    private final ProcedureRepository procedures;
    private final DossierRepository dossiers;
    private final CodeSequenceRepository sequences;
    private final OutboxRepository outbox;
    private final LogbookRepository logbook = new LogbookRepository();
    private final AuditRepository audit;
    private final CalendarService calendar;
    private final Clock clock;

    RegistrationService(Database db, OfficeRepository offices, ProcedureRepository procedures,
                        DossierRepository dossiers, CodeSequenceRepository sequences, OutboxRepository outbox,
                        AuditRepository audit, CalendarService calendar, Clock clock) {
        this.db = db;
        this.offices = offices;
        this.procedures = procedures;
        this.dossiers = dossiers;
        this.sequences = sequences;
        this.outbox = outbox;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The stored dossier, whether the appointment used a provisional calendar year, and what deserves a second look
     * (each a field and a message key, rendered in the reader's language).
     */
    public record Registered(Dossier dossier, boolean provisionalCalendar, List<InputProblem> notices) {
        /** The notices as Vietnamese lines "field: text" (the command line's {@code warnings}). */
        public List<String> warnings() {
            return notices.stream().map(InputProblem::toString).toList();
        }
    }

    /** A checked request and its warnings. */
    record Checked(CheckedRegistration registration, List<InputProblem> warnings) {
        LocalDateTime receivedAt() {
            return registration.receivedAt();
        }
    }

    public Registered register(RegistrationRequest request, Actor actor) {
        requireActor(actor);
        Checked in = check(request);
        Appointment appointment = appointment(in);
        DossierLifecycle lifecycle = new DossierLifecycle(calendar.appointmentClock());
        var blocks = calendar.settings().sequenceBlocks();
        Dossier stored = db.write(c -> {
            OfficeProfile office = office(c);
            return store(c, in, appointment, actor, lifecycle, blocks, office, clerkId(c, office, actor), new Memo(),
                    true);
        });
        return new Registered(stored, appointment != null && appointment.provisionalCalendar(), in.warnings());
    }

    /** What became of one request of {@link #registerEach}: registered, or refused with the reason. */
    public record Outcome(Registered registered, RuntimeException refusal) {
        public boolean ok() {
            return registered != null;
        }
    }

    /**
     * Registers several independent requests (the command line's {@code register --jsonl}): each is checked on its
     * own, and each good one is stored as a complete registration of its own (code, first progress entry, search
     * row, outbox event, audit line) inside a savepoint of one transaction, so a request that fails while being
     * stored (its desk's code block used up) leaves nothing behind while the others stay. The outcomes are in the
     * order of the requests and are final once this returns: the transaction has committed. A refusal is a
     * {@link ValidationException}, {@link AccessDeniedException} or {@code SequenceExhaustedException}.
     */
    public List<Outcome> registerEach(List<RegistrationRequest> requests, Actor actor) {
        return joined(storeEach(checkEach(requests, actor), null));
    }

    /** Waits for a group stored by {@link #storeEach}: its outcomes, or the exception that rolled it back. */
    public static List<Outcome> joined(java.util.concurrent.CompletableFuture<List<Outcome>> stored) {
        try {
            return stored.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re
                    : new vn.motcua.store.StoreException("Database write failed: " + e.getCause(), e.getCause());
        }
    }

    /** A group of requests checked by {@link #checkEach}, ready for {@link #storeEach}. */
    public static final class CheckedGroup {
        private final Actor actor;
        private final List<Checked> checked;
        private final List<Appointment> appointments;
        private final Outcome[] outcomes;

        private CheckedGroup(Actor actor, List<Checked> checked, List<Appointment> appointments, Outcome[] outcomes) {
            this.actor = actor;
            this.checked = checked;
            this.appointments = appointments;
            this.outcomes = outcomes;
        }
    }

    /**
     * The first half of {@link #registerEach}, on the caller's thread: checks each request and computes its
     * appointment, storing nothing. {@code register --jsonl} checks the next group here while the writer stores the
     * previous one (issue 18).
     */
    public CheckedGroup checkEach(List<RegistrationRequest> requests, Actor actor) {
        requireActor(actor);
        Map<String, Optional<Procedure>> procedureCache = new HashMap<>();
        List<Checked> checked = new ArrayList<>();
        List<Appointment> appointments = new ArrayList<>();
        Outcome[] outcomes = new Outcome[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            try {
                Checked in = check(requests.get(i),
                        code -> procedureCache.computeIfAbsent(code, k -> db.read(c -> procedures.find(c, k))));
                checked.add(in);
                appointments.add(appointment(in));
            } catch (ValidationException e) {
                checked.add(null);
                appointments.add(null);
                outcomes[i] = new Outcome(null, e);
            }
        }
        return new CheckedGroup(actor, checked, appointments, outcomes);
    }

    /**
     * The second half of {@link #registerEach}: stores the checked group in one transaction on the writer thread,
     * each registration in its own savepoint, without waiting. The future completes with the outcomes, in the
     * order of the requests, once that transaction has committed (or with the exception that rolled it back).
     * When {@code after} (work submitted to the writer before this, or null) failed, nothing of this group is
     * stored and the future fails too: a caller that stops at the first failure leaves no later group committed
     * behind its last result.
     */
    public java.util.concurrent.CompletableFuture<List<Outcome>> storeEach(CheckedGroup group,
            java.util.concurrent.CompletableFuture<?> after) {
        Actor actor = group.actor;
        List<Checked> checked = group.checked;
        Outcome[] outcomes = group.outcomes;
        DossierLifecycle lifecycle = new DossierLifecycle(calendar.appointmentClock());
        var blocks = calendar.settings().sequenceBlocks();
        return db.submit(c -> {
            if (after != null && after.isCompletedExceptionally()) { // the writer ran it before this: done
                throw new vn.motcua.store.StoreException("Not stored: the group before it failed");
            }
            // the office row and the clerk's id are the same for every line of the group: read once (issue 18)
            OfficeProfile office = null;
            String clerkId = null;
            List<Dossier> stored = new ArrayList<>();
            List<Long> rowids = new ArrayList<>();
            Memo memo = new Memo();
            for (int i = 0; i < checked.size(); i++) {
                Checked in = checked.get(i);
                if (in == null) {
                    continue;
                }
                Appointment appointment = group.appointments.get(i);
                LineSavepoint.begin(c);
                try {
                    if (office == null) {
                        office = office(c);
                        clerkId = clerkId(c, office, actor);
                    }
                    Dossier d = store(c, in, appointment, actor, lifecycle, blocks, office, clerkId, memo, false);
                    LineSavepoint.release(c);
                    stored.add(d);
                    rowids.add(memo.rowid);
                    outcomes[i] = new Outcome(new Registered(d, appointment != null
                            && appointment.provisionalCalendar(), in.warnings()), null);
                } catch (ValidationException | SequenceBlocks.SequenceExhaustedException e) {
                    LineSavepoint.undo(c);
                    memo.forget(); // what the line wrote is gone: read the chain's end and the sequence again
                    outcomes[i] = new Outcome(null, e);
                }
            }
            // The search rows of the lines that stayed, after the last savepoint and before the commit: in the same
            // transaction as their dossiers, but written to FTS5 as one batch (one new segment for the group, not one
            // per line: see DossierRepository.insertUnindexed). A line undone above has none, as before.
            for (int k = 0; k < stored.size(); k++) {
                dossiers.indexForSearch(c, rowids.get(k), stored.get(k));
            }
            return List.of(outcomes);
        });
    }

    /**
     * What the lines of one group hand on to the next inside the writer's transaction, so that each line does not
     * read back what the line before it has just written (issue 18): the audit chain's last hash and the last code
     * number issued per day. Empty for a registration of its own; forgotten when a line is undone (its writes are
     * gone with its savepoint), so the next line reads both again.
     */
    private static final class Memo {
        String auditEnd;
        long rowid; // the last dossier stored, for its search row
        final Map<LocalDate, Integer> lastCode = new HashMap<>();

        void forget() {
            auditEnd = null;
            lastCode.clear();
        }
    }

    /**
     * One line's savepoint, by statements the connection's statement cache keeps compiled (JDBC's
     * {@code setSavepoint} compiles a new {@code SAVEPOINT} statement each time). Same SQLite savepoint semantics:
     * {@code undo} rolls the line's writes back and closes its savepoint.
     */
    private static final class LineSavepoint {
        private LineSavepoint() {
        }

        static void begin(Connection c) throws SQLException {
            run(c, "SAVEPOINT registration_line");
        }

        static void release(Connection c) throws SQLException {
            run(c, "RELEASE registration_line");
        }

        static void undo(Connection c) throws SQLException {
            run(c, "ROLLBACK TO registration_line");
            run(c, "RELEASE registration_line");
        }

        private static void run(Connection c, String sql) throws SQLException {
            try (var ps = c.prepareStatement(sql)) {
                ps.executeUpdate();
            }
        }
    }

    private static void requireActor(Actor actor) {
        if (actor == null) {
            throw new AccessDeniedException(Msg.of("access.signInRequired", Msg.of("action.register")));
        }
    }

    private Appointment appointment(Checked in) {
        Procedure p = in.registration().procedure();
        return p.noFixedAppointment() ? null
                : calendar.appointment(in.receivedAt(), p.timeFor(in.registration().channel()), p.sameDayCutoff());
    }

    /** Stores one checked registration on the writer's connection (inside the caller's transaction). */
    private Dossier store(Connection c, Checked in, Appointment appointment, Actor actor, DossierLifecycle lifecycle,
                          SequenceBlocks blocks, OfficeProfile office, String clerkId, Memo memo, boolean indexNow)
            throws SQLException {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate day = in.receivedAt().toLocalDate();
        Integer last = memo.lastCode.get(day);
        int seq = sequences.issue(c, day, office.deskNo(), blocks,
                last != null ? last : sequences.last(c, day, office.deskNo()));
        memo.lastCode.put(day, seq);
        String code = new DossierCode(AgencyCode.parse(office.agencyCode()), day, seq).toString();
        Dossier draft = in.registration().draft()
                .id(UUID.randomUUID()).code(code)
                .appointmentAt(appointment == null ? null : appointment.appointmentAt())
                .status(DossierStatus.NEW)
                .deskNo(office.deskNo())
                .receivedBy(actor.username())
                .receivedById(clerkId)
                .receivedByName(actor.fullName())
                .build();
        Transition t = lifecycle.receive(draft, new ActionRequest(actor, in.receivedAt(), null, null, null));
        Dossier d = t.after();
        if (indexNow) {
            dossiers.insert(c, d, now);
        } else {
            memo.rowid = dossiers.insertUnindexed(c, d, now); // the caller writes its search row before the commit
        }
        dossiers.addFirstProgress(c, d.id(), t.entry()); // a new dossier: its log is this entry
        // The logbook line is given here, once; it travels with the first progress entry to the other desks.
        LogbookLine line = logbook.assignNew(c, d); // inserted just above: it has no line yet
        outbox.append(c, OutboxRepository.EventType.DOSSIER_RECEIVED, d.id(), OffsetDateTime.now(clock),
                Map.of("dossier", d, "progress", ProgressExtras.with(t.entry(), ProgressExtras.LOGBOOK, line)));
        memo.auditEnd = audit.record(c, now, actor.username(), "REGISTER", d.id(), d.code(),
                memo.auditEnd != null ? memo.auditEnd : audit.chainEnd(c));
        return d;
    }

    private OfficeProfile office(Connection c) throws SQLException {
        return offices.find(c).orElseThrow(() -> new ValidationException("setup", Msg.of("registration.notSetUp")));
    }

    /** The receiving clerk's account id (see {@link vn.motcua.domain.dossier.ClerkId}). */
    private static String clerkId(java.sql.Connection c, OfficeProfile office, Actor actor) throws java.sql.SQLException {
        boolean province = new vn.motcua.store.UserRepository().find(c, actor.username())
                .map(vn.motcua.store.UserAccount::provinceManaged).orElse(false);
        return province ? vn.motcua.domain.dossier.ClerkId.province(office.agencyCode(), actor.username())
                : vn.motcua.domain.dossier.ClerkId.local(office.deviceId(), actor.username());
    }

    /** Checks a request without storing anything; throws {@link ValidationException} with every problem. */
    Checked check(RegistrationRequest r) {
        return check(r, code -> db.read(c -> procedures.find(c, code)));
    }

    /** One call down to the domain's parse step; its refusals become this layer's {@link ValidationException}. */
    private Checked check(RegistrationRequest r, Function<String, Optional<Procedure>> findProcedure) {
        ParsedRegistration parsed = new RegistrationParser(findProcedure, DeskContext.ZONE)
                .parse(r, LocalDateTime.now(clock));
        if (!parsed.ok()) {
            throw new ValidationException(parsed.problems().stream().map(Problem::of).toList());
        }
        return new Checked(parsed.registration(), parsed.warnings());
    }
}

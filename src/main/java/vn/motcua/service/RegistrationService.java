package vn.motcua.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.calendar.Appointment;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.catalog.ProcessingTime;
import vn.motcua.domain.citizen.CitizenIds;
import vn.motcua.domain.citizen.Emails;
import vn.motcua.domain.citizen.IdCheck;
import vn.motcua.domain.citizen.PhoneCheck;
import vn.motcua.domain.citizen.PhoneNumbers;
import vn.motcua.domain.dossier.ActionRequest;
import vn.motcua.domain.dossier.AgencyCode;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierCode;
import vn.motcua.domain.dossier.DossierLifecycle;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.ReceivedDocument;
import vn.motcua.domain.dossier.ReturnMethod;
import vn.motcua.domain.dossier.SequenceBlocks;
import vn.motcua.domain.dossier.Transition;
import vn.motcua.domain.office.OfficeProfile;
import vn.motcua.domain.text.Msg;
import vn.motcua.domain.text.Text;
import vn.motcua.store.AuditRepository;
import vn.motcua.store.CodeSequenceRepository;
import vn.motcua.store.Database;
import vn.motcua.store.DossierRepository;
import vn.motcua.store.OfficeRepository;
import vn.motcua.store.OutboxRepository;
import vn.motcua.store.LogbookRepository;
import vn.motcua.store.ProgressExtras;
import vn.motcua.domain.dossier.LogbookLine;
import vn.motcua.store.ProcedureRepository;

/**
 * Tiếp nhận hồ sơ: validates what the clerk typed, computes the appointment, and stores the dossier, its first
 * progress entry, its search row and an outbox event in ONE transaction, issuing the dossier code inside it.
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

    /** The stored dossier, whether the appointment used a provisional calendar year, and non-blocking warnings. */
    public record Registered(Dossier dossier, boolean provisionalCalendar, List<String> warnings) {
    }

    /** A checked request: everything needed to store, plus warnings. */
    record Checked(Procedure procedure, Channel channel, ReturnMethod returnMethod, LocalDateTime receivedAt,
                   Applicant applicant, Applicant submitter, List<ReceivedDocument> documents, int sets,
                   String summary, String notes, List<String> warnings) {
    }

    public Registered register(RegistrationRequest request, Actor actor) {
        requireActor(actor);
        Checked in = check(request);
        Appointment appointment = appointment(in);
        DossierLifecycle lifecycle = new DossierLifecycle(calendar.appointmentClock());
        var blocks = calendar.settings().sequenceBlocks();
        Dossier stored = db.write(c -> store(c, in, appointment, actor, lifecycle, blocks));
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
        requireActor(actor);
        Map<String, Optional<Procedure>> procedureCache = new HashMap<>();
        List<Checked> checked = new ArrayList<>();
        Outcome[] outcomes = new Outcome[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            try {
                checked.add(check(requests.get(i),
                        code -> procedureCache.computeIfAbsent(code, k -> db.read(c -> procedures.find(c, k)))));
            } catch (ValidationException e) {
                checked.add(null);
                outcomes[i] = new Outcome(null, e);
            }
        }
        DossierLifecycle lifecycle = new DossierLifecycle(calendar.appointmentClock());
        var blocks = calendar.settings().sequenceBlocks();
        db.write(c -> {
            for (int i = 0; i < checked.size(); i++) {
                Checked in = checked.get(i);
                if (in == null) {
                    continue;
                }
                Appointment appointment = appointment(in);
                Savepoint sp = c.setSavepoint();
                try {
                    Dossier d = store(c, in, appointment, actor, lifecycle, blocks);
                    c.releaseSavepoint(sp);
                    outcomes[i] = new Outcome(new Registered(d, appointment != null
                            && appointment.provisionalCalendar(), in.warnings()), null);
                } catch (ValidationException | SequenceBlocks.SequenceExhaustedException e) {
                    c.rollback(sp);
                    outcomes[i] = new Outcome(null, e);
                }
            }
            return null;
        });
        return List.of(outcomes);
    }

    private static void requireActor(Actor actor) {
        if (actor == null) {
            throw new AccessDeniedException(Msg.of("access.signInRequired", Msg.of("action.register")));
        }
    }

    private Appointment appointment(Checked in) {
        Procedure p = in.procedure();
        return p.noFixedAppointment() ? null
                : calendar.appointment(in.receivedAt(), p.timeFor(in.channel()), p.sameDayCutoff());
    }

    /** Stores one checked registration on the writer's connection (inside the caller's transaction). */
    private Dossier store(Connection c, Checked in, Appointment appointment, Actor actor, DossierLifecycle lifecycle,
                          SequenceBlocks blocks) throws SQLException {
        Procedure p = in.procedure();
        ProcessingTime time = p.timeFor(in.channel());
        LocalDateTime now = LocalDateTime.now(clock);
        OfficeProfile office = offices.find(c).orElseThrow(() -> new ValidationException("setup",
                Msg.of("registration.notSetUp")));
        LocalDate day = in.receivedAt().toLocalDate();
        int seq = sequences.next(c, day, office.deskNo(), blocks);
        String code = new DossierCode(AgencyCode.parse(office.agencyCode()), day, seq).toString();
        Dossier draft = Dossier.builder()
                .id(UUID.randomUUID()).code(code)
                .procedureCode(p.code()).procedureName(p.name())
                .fieldCode(p.field().code()).fieldName(p.field().name())
                .channel(in.channel()).returnMethod(in.returnMethod())
                .applicant(in.applicant()).submitter(in.submitter())
                .documents(in.documents()).sets(in.sets())
                .summary(in.summary() != null ? in.summary() : p.name())
                .notes(in.notes())
                .processingTime(time)
                .receivedAt(in.receivedAt())
                .appointmentAt(appointment == null ? null : appointment.appointmentAt())
                .status(DossierStatus.NEW)
                .deskNo(office.deskNo())
                .receivedBy(actor.username())
                .receivedById(clerkId(c, office, actor))
                .receivedByName(actor.fullName())
                .build();
        Transition t = lifecycle.receive(draft, new ActionRequest(actor, in.receivedAt(), null, null, null));
        Dossier d = t.after();
        dossiers.insert(c, d, now);
        dossiers.addProgress(c, d.id(), t.entry());
        // The logbook line is given here, once; it travels with the first progress entry to the other desks.
        LogbookLine line = logbook.assign(c, d);
        outbox.append(c, OutboxRepository.EventType.DOSSIER_RECEIVED, d.id(), OffsetDateTime.now(clock),
                Map.of("dossier", d, "progress", ProgressExtras.with(t.entry(), ProgressExtras.LOGBOOK, line)));
        audit.record(c, now, actor.username(), "REGISTER", d.id(), d.code());
        return d;
    }

    /** The receiving clerk's account id (see {@link vn.motcua.domain.dossier.ClerkId}). */
    private static String clerkId(java.sql.Connection c, OfficeProfile office, Actor actor) throws java.sql.SQLException {
        boolean province = new vn.motcua.store.UserRepository().find(c, actor.username())
                .map(vn.motcua.store.UserAccount::provinceManaged).orElse(false);
        return province ? vn.motcua.domain.dossier.ClerkId.province(office.agencyCode(), actor.username())
                : vn.motcua.domain.dossier.ClerkId.local(office.deviceId(), actor.username());
    }

    /** Validates a request without storing anything; throws {@link ValidationException} with every problem. */
    Checked check(RegistrationRequest r) {
        return check(r, code -> db.read(c -> procedures.find(c, code)));
    }

    private Checked check(RegistrationRequest r, Function<String, Optional<Procedure>> findProcedure) {
        List<Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (r == null) {
            throw new ValidationException("", Msg.of("registration.empty"));
        }
        Procedure procedure = null;
        String code = Text.nfc(r.procedureCode());
        if (code == null || code.isEmpty()) {
            problems.add(Problem.of("procedureCode", "registration.procedure.missing"));
        } else {
            procedure = findProcedure.apply(code).orElse(null);
            if (procedure == null) {
                problems.add(Problem.of("procedureCode", "registration.procedure.unknown", code));
            } else if (!procedure.active()) {
                problems.add(Problem.of("procedureCode", "registration.procedure.inactive", code));
            }
        }
        Channel channel = r.channel() == null ? Channel.DIRECT : Channel.parse(r.channel()).orElse(null);
        if (channel == null) {
            problems.add(Problem.of("channel", "registration.channel.invalid"));
        }
        ReturnMethod returnMethod = r.returnMethod() == null ? ReturnMethod.COUNTER
                : ReturnMethod.parse(r.returnMethod()).orElse(null);
        if (returnMethod == null) {
            problems.add(Problem.of("returnMethod", "registration.returnMethod.invalid"));
        }
        LocalDateTime receivedAt = receivedAt(r.receivedAt(), problems);
        Applicant applicant = person("applicant", r.applicant(), true, receivedAt, problems, warnings);
        Applicant submitter = r.submitter() == null ? null
                : person("submitter", r.submitter(), false, receivedAt, problems, warnings);
        List<ReceivedDocument> documents = documents(r.documents(), procedure, problems, warnings);
        int sets = r.sets() == null ? 1 : r.sets();
        if (sets < 1 || sets > 99) {
            problems.add(Problem.of("sets", "registration.sets.range"));
        }
        String summary = limited("summary", Text.nfc(r.summary()), 1000, "registration.summary", problems);
        String notes = limited("notes", Text.nfc(r.notes()), 2000, "registration.notes", problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new Checked(procedure, channel, returnMethod, receivedAt, applicant, submitter, documents, sets,
                summary, notes, warnings);
    }

    private LocalDateTime receivedAt(String text, List<Problem> problems) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        if (text == null || text.isBlank()) {
            return now;
        }
        LocalDateTime t;
        try {
            t = LocalDateTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            try {
                t = OffsetDateTime.parse(text.trim()).atZoneSameInstant(DeskContext.ZONE).toLocalDateTime();
            } catch (DateTimeParseException e2) {
                problems.add(Problem.of("receivedAt", "registration.receivedAt.format", text));
                return now;
            }
        }
        if (t.isAfter(now.plusMinutes(5))) {
            problems.add(Problem.of("receivedAt", "registration.receivedAt.future"));
        } else if (t.getYear() < 2000) {
            problems.add(Problem.of("receivedAt", "registration.receivedAt.invalid"));
        }
        return t;
    }

    private static Applicant person(String field, RegistrationRequest.Person p, boolean owner,
                                    LocalDateTime receivedAt, List<Problem> problems, List<String> warnings) {
        Msg who = Msg.of(owner ? "registration.person.owner" : "registration.person.submitter");
        if (p == null) {
            problems.add(Problem.of(field, "registration.person.missing", who));
            return null;
        }
        int before = problems.size();
        String name = Text.personName(p.fullName());
        if (name == null || name.isBlank()) {
            problems.add(Problem.of(field + ".fullName", "registration.name.empty", who));
        } else if (name.length() > 100) {
            problems.add(Problem.of(field + ".fullName", "registration.name.tooLong", 100));
        } else if (name.codePoints().anyMatch(Character::isDigit)) {
            problems.add(Problem.of(field + ".fullName", "registration.name.digits"));
        }
        LocalDate birth = null;
        if (p.birthDate() != null && !p.birthDate().isBlank()) {
            try {
                birth = LocalDate.parse(p.birthDate().trim());
                if (birth.isAfter(receivedAt.toLocalDate()) || birth.getYear() < 1900) {
                    problems.add(Problem.of(field + ".birthDate", "registration.birthDate.invalid"));
                }
            } catch (DateTimeParseException e) {
                problems.add(Problem.of(field + ".birthDate", "registration.birthDate.format"));
            }
        }
        String id = null;
        if (p.idNumber() == null || p.idNumber().isBlank()) {
            if (owner) {
                problems.add(Problem.of(field + ".idNumber", "registration.idNumber.empty"));
            }
        } else {
            IdCheck check = CitizenIds.check(p.idNumber(), birth == null ? null : birth.getYear());
            if (!check.valid()) {
                problems.add(new Problem(field + ".idNumber", check.error()));
            } else {
                id = check.normalized();
                check.warnings().forEach(w -> warnings.add(field + ".idNumber: " + w));
            }
        }
        String phone = null;
        if (p.phone() != null && !p.phone().isBlank()) {
            PhoneCheck check = PhoneNumbers.check(p.phone());
            if (!check.valid()) {
                problems.add(new Problem(field + ".phone", check.error()));
            } else {
                phone = check.normalized();
            }
        }
        String email = Text.nfc(p.email());
        if (email != null && !email.isEmpty() && !Emails.isValid(email)) {
            problems.add(Problem.of(field + ".email", "registration.email.invalid", email));
        }
        String address = limited(field + ".address", Text.nfc(p.address()), 300, "registration.address", problems);
        vn.motcua.domain.citizen.Sex sex = null;
        if (!Text.isBlank(p.sex())) {
            sex = vn.motcua.domain.citizen.Sex.parse(p.sex()).orElse(null);
            if (sex == null) {
                problems.add(new Problem(field + ".sex", "Giới tính phải là «Nam» hoặc «Nữ»."));
            }
        }
        String otherId = null;
        if (!Text.isBlank(p.otherIdNumber())) {
            IdCheck check = CitizenIds.check(p.otherIdNumber(), null);
            if (!check.valid()) {
                problems.add(new Problem(field + ".otherIdNumber", "Số CMND cũ: " + check.error()));
            } else {
                otherId = check.normalized();
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Applicant(name, id, birth, phone, email, address, sex, otherId);
    }

    private static List<ReceivedDocument> documents(List<RegistrationRequest.DocumentLine> lines,
                                                    Procedure procedure, List<Problem> problems,
                                                    List<String> warnings) {
        if (lines == null) {
            return procedure == null ? List.of() : procedure.documents().stream()
                    .map(d -> new ReceivedDocument(d.name(), d.originals(), d.copies(), d.mandatory())).toList();
        }
        if (lines.size() > 100) {
            problems.add(Problem.of("documents", "registration.documents.tooMany", 100));
            return List.of();
        }
        List<ReceivedDocument> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            String path = "documents[" + i + "]";
            String name = line == null ? null : Text.nfc(line.name());
            if (name == null || name.isBlank()) {
                problems.add(Problem.of(path + ".name", "registration.document.nameEmpty"));
                continue;
            }
            if (name.length() > 500) {
                problems.add(Problem.of(path + ".name", "registration.document.nameTooLong", 500));
                continue;
            }
            int originals = line.originals() == null ? 1 : line.originals();
            int copies = line.copies() == null ? 0 : line.copies();
            int certified = line.certifiedCopies() == null ? 0 : line.certifiedCopies();
            if (originals < 0 || copies < 0 || certified < 0 || originals > 999 || copies > 999 || certified > 999) {
                problems.add(Problem.of(path, "registration.document.countRange"));
                continue;
            }
            boolean mandatory = line.mandatory() != null ? line.mandatory() : procedure != null
                    && procedure.documents().stream().anyMatch(d -> d.mandatory() && d.name().equals(name));
            out.add(new ReceivedDocument(name, originals, copies, mandatory, certified));
        }
        if (procedure != null) {
            procedure.documents().stream()
                    .filter(d -> d.mandatory())
                    .filter(d -> out.stream().noneMatch(x -> Text.fold(x.name()).equals(Text.fold(d.name()))))
                    .forEach(d -> warnings.add("documents: thiếu giấy tờ bắt buộc «" + d.name() + "»"));
        }
        return out;
    }

    private static String limited(String field, String value, int max, String labelKey, List<Problem> problems) {
        if (value != null && value.length() > max) {
            problems.add(Problem.of(field, "registration.text.tooLong", Msg.of(labelKey), max));
        }
        return value == null || value.isEmpty() ? null : value;
    }
}

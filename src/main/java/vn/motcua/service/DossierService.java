package vn.motcua.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.catalog.SupplementClockPolicy;
import vn.motcua.domain.citizen.PersonNames;
import vn.motcua.domain.dossier.ActionRequest;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.dossier.DossierLifecycle;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.ProgressEntry;
import vn.motcua.domain.dossier.StatusMachine;
import vn.motcua.domain.dossier.TimeFlag;
import vn.motcua.domain.dossier.TimeFlags;
import vn.motcua.domain.dossier.Transition;
import vn.motcua.domain.dossier.TransitionRefusedException;
import vn.motcua.domain.text.Msg;
import vn.motcua.domain.text.Text;
import vn.motcua.store.AuditRepository;
import vn.motcua.store.Database;
import vn.motcua.store.DossierRepository;
import vn.motcua.store.OutboxRepository;
import vn.motcua.store.ProcedureRepository;

/** Looking dossiers up and moving them through their life (each action: progress entry + outbox event, one transaction). */
public final class DossierService {
    private final Database db;
    private final DossierRepository dossiers;
    private final ProcedureRepository procedures;
    private final OutboxRepository outbox;
    private final AuditRepository audit;
    private final CalendarService calendar;
    private final Clock clock;

    DossierService(Database db, DossierRepository dossiers, ProcedureRepository procedures, OutboxRepository outbox,
                   AuditRepository audit, CalendarService calendar, Clock clock) {
        this.db = db;
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.outbox = outbox;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A dossier with what the screen shows beside it. */
    public record DossierView(Dossier dossier, List<ProgressEntry> progress, TimeFlag timeFlag, long daysLate,
                              List<DossierAction> allowedActions) {
    }

    /** Loads a dossier for viewing and leaves an audit entry. */
    public Optional<DossierView> show(String code, Actor viewer) {
        String c0 = Text.nfc(code);
        Optional<Dossier> found = db.read(c -> dossiers.findByCode(c, c0 == null ? "" : c0.toUpperCase()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Dossier d = found.get();
        LocalDateTime now = LocalDateTime.now(clock);
        List<ProgressEntry> progress = db.read(c -> dossiers.progress(c, d.id()));
        db.run(c -> {
            audit.record(c, now, viewer == null ? "system" : viewer.username(), "VIEW", d.id(), d.code());
        });
        return Optional.of(view(d, progress, now));
    }

    private DossierView view(Dossier d, List<ProgressEntry> progress, LocalDateTime now) {
        return new DossierView(d, progress, TimeFlags.of(d, now, calendar.settings().dueSoonWindow()),
                TimeFlags.daysLate(d, now), StatusMachine.allowedActions(d));
    }

    /**
     * The details a returning citizen gave last time (name, birth date, phone, e-mail, address), found by their ID
     * number, to fill the registration form; empty for a first visit or a malformed number.
     */
    public Optional<vn.motcua.domain.dossier.Applicant> recallApplicant(String idNumber) {
        var check = vn.motcua.domain.citizen.CitizenIds.check(idNumber, null);
        if (!check.valid()) {
            return Optional.empty();
        }
        return db.read(c -> dossiers.latestApplicant(c, check.normalized()));
    }

    public List<Dossier> search(String text, int limit) {
        return db.read(c -> dossiers.search(c, text, limit));
    }

    public List<Dossier> list(List<DossierStatus> statuses, int offset, int limit) {
        return db.read(c -> dossiers.listByStatus(c, statuses, offset, limit));
    }

    public TimeFlag timeFlag(Dossier d) {
        return TimeFlags.of(d, LocalDateTime.now(clock), calendar.settings().dueSoonWindow());
    }

    /**
     * Applies a lifecycle action. Refusals by the status machine or the role rules surface as
     * {@link TransitionRefusedException} with the Vietnamese reason; nothing is stored then.
     */
    public Transition apply(String code, DossierAction action, Actor actor, String reason, String agency,
                            LocalDateTime supplementDeadline) {
        if (actor == null) {
            throw new AccessDeniedException(Msg.of("access.signInRequired", Msg.of("action.dossier.act")));
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        DossierLifecycle lifecycle = new DossierLifecycle(calendar.appointmentClock());
        return db.write(c -> {
            Dossier d = dossiers.findByCode(c, code).orElseThrow(() -> new ValidationException("code",
                    Msg.of("dossier.notFound", code)));
            SupplementClockPolicy policy = procedures.find(c, d.procedureCode())
                    .map(p -> p.supplementPolicy()).orElse(SupplementClockPolicy.RECOMPUTE_FROM_COMPLETION);
            Transition t = lifecycle.apply(d, action, new ActionRequest(actor, now, Text.nfc(reason), Text.nfc(agency),
                    supplementDeadline), policy);
            if (!dossiers.update(c, t.after(), d.version(), now)) {
                throw new TransitionRefusedException(action, d.status(), Msg.of("dossier.changedMeanwhile"));
            }
            dossiers.addProgress(c, d.id(), t.entry());
            outbox.append(c, OutboxRepository.EventType.DOSSIER_TRANSITIONED, d.id(), OffsetDateTime.now(clock),
                    Map.of("action", action.name(), "dossier", t.after(), "progress", t.entry()));
            audit.record(c, now, actor.username(), action.name(), d.id(), d.code());
            return t;
        });
    }

    /**
     * Corrects the applicant's contact facts of a dossier this desk received (name, phone, e-mail, address): the
     * explicit, audited way facts change after receipt (issue 13). One transaction: the dossier, a progress entry
     * naming the corrected fields, the {@code DOSSIER_CORRECTED} event and an audit row with the reason. The server
     * accepts it only from the device whose receiving event created the dossier. Supervisor and admin only.
     *
     * @param fullName null = unchanged (likewise phone, email, address; blank clears an optional one)
     */
    public Dossier correctApplicant(String code, Actor actor, String fullName, String phone, String email,
                                    String address, String reason) {
        Roles.require(actor, "action.dossier.correct", vn.motcua.domain.account.Role.SUPERVISOR,
                vn.motcua.domain.account.Role.ADMIN);
        String why = reason == null ? "" : Text.nfc(reason.strip());
        if (why.isEmpty() || why.length() > 1000) {
            throw new ValidationException("reason", Msg.of("dossier.correct.reason", "1.000"));
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        return db.write(c -> {
            Dossier d = dossiers.findByCode(c, code).orElseThrow(() -> new ValidationException("code",
                    Msg.of("dossier.notFound", code)));
            var a = d.applicant();
            // the person-name rule of registration (one home: PersonNames), so a correction cannot bring in what
            // the counter refuses
            String name = fullName == null ? a.fullName() : PersonNames.normalize(fullName);
            if (name == null) {
                throw new ValidationException("fullName", Msg.of("dossier.correct.nameEmpty"));
            }
            Optional<Msg> nameProblem = fullName == null ? Optional.empty() : PersonNames.problem(name);
            if (nameProblem.isPresent()) {
                throw new ValidationException("fullName", nameProblem.get());
            }
            String newPhone = phone == null ? a.phone() : phone.isBlank() ? null : phone.strip();
            if (phone != null && newPhone != null) {
                var check = vn.motcua.domain.citizen.PhoneNumbers.check(newPhone);
                if (!check.valid()) {
                    throw new ValidationException("phone", check.error());
                }
                newPhone = check.normalized();
            }
            String newEmail = email == null ? a.email() : email.isBlank() ? null : email.strip();
            if (email != null && newEmail != null && !vn.motcua.domain.citizen.Emails.isValid(newEmail)) {
                throw new ValidationException("email", Msg.of("dossier.correct.email"));
            }
            String newAddress = address == null ? a.address() : address.isBlank() ? null : Text.nfc(address.strip());
            var corrected = a.toBuilder().fullName(name).phone(newPhone).email(newEmail).address(newAddress).build();
            List<String> fields = new java.util.ArrayList<>();
            if (!name.equals(a.fullName())) {
                fields.add("họ tên");
            }
            if (!java.util.Objects.equals(newPhone, a.phone())) {
                fields.add("số điện thoại");
            }
            if (!java.util.Objects.equals(newEmail, a.email())) {
                fields.add("thư điện tử");
            }
            if (!java.util.Objects.equals(newAddress, a.address())) {
                fields.add("địa chỉ");
            }
            if (fields.isEmpty()) {
                throw new ValidationException("code", Msg.of("dossier.correct.nothing"));
            }
            Dossier after = d.toBuilder().applicant(corrected).version(d.version() + 1).build();
            if (!dossiers.update(c, after, d.version(), now)) {
                throw new ValidationException("code", Msg.of("dossier.changedMeanwhile"));
            }
            ProgressEntry entry = new ProgressEntry(actor.fullName(), actor.title(), actor.unit(), now,
                    "Đính chính thông tin hồ sơ: " + String.join(", ", fields), d.status(), now, null, why);
            dossiers.addProgress(c, d.id(), entry);
            outbox.append(c, OutboxRepository.EventType.DOSSIER_CORRECTED, d.id(), OffsetDateTime.now(clock),
                    Map.of("reason", why, "dossier", after, "progress", entry));
            audit.record(c, now, actor.username(), "CORRECTED", d.id(), d.code() + " " + String.join(", ", fields)
                    + ": " + why);
            return after;
        });
    }

    /** Moves a dossier to a target status when exactly one action leads there (the command line's {@code --to}). */
    public Transition transitionTo(String code, DossierStatus target, Actor actor, String reason) {
        Dossier d = db.read(c -> dossiers.findByCode(c, code)).orElseThrow(() -> new ValidationException("code",
                Msg.of("dossier.notFound", code)));
        Optional<DossierAction> direct = StatusMachine.actionFor(d.status(), target);
        if (direct.isPresent()) {
            return apply(code, direct.get(), actor, reason, null, null);
        }
        // No action leads there from here: let the status machine explain with the action that leads to the target.
        List<DossierAction> leading = java.util.Arrays.stream(DossierAction.values())
                .filter(a -> a.to() == target && a != DossierAction.RECEIVE && a.from().stream()
                        .noneMatch(f -> f == target))
                .toList();
        if (leading.isEmpty()) {
            throw new ValidationException("to", Msg.of(d.status() == target
                    ? "dossier.transition.already" : "dossier.transition.none", d.status().labelVi(),
                    target.labelVi()));
        }
        Msg why = StatusMachine.refusalMsg(d, leading.get(0), actor.role()).orElse(Msg.of(
                "dossier.transition.none", d.status().labelVi(), target.labelVi()));
        throw new TransitionRefusedException(leading.get(0), d.status(), why);
    }
}

package vn.motcua.desk.register;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.calendar.Appointment;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.citizen.IdCardReading;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.ParsedRegistration;
import vn.motcua.domain.dossier.RegistrationParser;
import vn.motcua.domain.dossier.RegistrationRequest;
import vn.motcua.domain.text.InputProblem;
import vn.motcua.domain.text.Text;
import vn.motcua.service.DeskContext;
import vn.motcua.service.Problem;
import vn.motcua.service.RegistrationService.Registered;
import vn.motcua.service.ValidationException;

/**
 * Tiếp nhận hồ sơ: four sections — the procedure picker ({@link ProcedurePicker}), the applicant and submitter
 * ({@link ApplicantSection}), the documents ({@link DocumentsSection}), the appointment and fees
 * ({@link AppointmentSection}) — checked live as a whole by the domain's {@link RegistrationParser}, the same step the
 * service runs before it stores (decision 0019), so the form and the service never disagree. "Tiếp nhận" stores it
 * all in one transaction through {@link vn.motcua.service.RegistrationService}.
 */
public final class RegisterViewModel {
    /** Field names; the same names key the error properties. */
    public static final String PROCEDURE = "procedure";
    public static final String ID = "idNumber";
    public static final String NAME = "fullName";
    public static final String BIRTH = "birthDate";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String ADDRESS = "address";
    public static final String OTHER_ID = "otherIdNumber";
    public static final String SUB_NAME = "submitterName";
    public static final String SUB_ID = "submitterId";
    public static final String SUB_PHONE = "submitterPhone";
    public static final String DOCUMENTS = "documents";
    /** Request paths of the registration check → our fields. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("procedureCode", PROCEDURE), Map.entry("applicant.idNumber", ID),
            Map.entry("applicant.fullName", NAME), Map.entry("applicant.birthDate", BIRTH),
            Map.entry("applicant.phone", PHONE), Map.entry("applicant.email", EMAIL),
            Map.entry("applicant.address", ADDRESS), Map.entry("applicant.otherIdNumber", OTHER_ID),
            Map.entry("submitter.fullName", SUB_NAME),
            Map.entry("submitter.idNumber", SUB_ID), Map.entry("submitter.phone", SUB_PHONE));
    /** A required value not given → the word in "Still needed: …". */
    private static final Map<String, String> MISSING = Map.of("procedureCode", "register.missing.procedure",
            "applicant.fullName", "register.missing.name", "applicant.idNumber", "register.missing.id",
            "submitter.fullName", "register.missing.submitter");

    /** What the screen needs from the services; the desk passes the real ones, tests may pass their own. */
    public interface Services {
        List<Procedure> procedures();

        Appointment appointment(LocalDateTime receivedAt, Procedure procedure, Channel channel);

        Optional<Applicant> recall(String idNumber);

        Registered register(RegistrationRequest request);

        /** The services of a desk context, acting as {@code actor}. */
        static Services of(DeskContext ctx, Actor actor) {
            return new Services() {
                @Override
                public List<Procedure> procedures() {
                    return ctx.catalog().list(true);
                }

                @Override
                public Appointment appointment(LocalDateTime receivedAt, Procedure p, Channel channel) {
                    return ctx.calendar().appointment(receivedAt, p.timeFor(channel), p.sameDayCutoff());
                }

                @Override
                public Optional<Applicant> recall(String idNumber) {
                    return ctx.dossiers().recallApplicant(idNumber);
                }

                @Override
                public Registered register(RegistrationRequest request) {
                    return ctx.registration().register(request, actor);
                }
            };
        }
    }

    private final ProcedurePicker picker = new ProcedurePicker();
    private final ApplicantSection applicant;
    private final DocumentsSection documents;
    private final AppointmentSection appointment;
    private final RegistrationParser parser = new RegistrationParser(picker::find, DeskContext.ZONE);

    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<ParsedRegistration> check = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper idWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper submitError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding valid;

    private final Services services;
    private final Clock clock;
    private final TaskExecutor tasks;
    private final Messages m;
    private final Consumer<Registered> onRegistered;
    private RegistrationDraft pendingDraft;

    public RegisterViewModel(Services services, Clock clock, TaskExecutor tasks, Messages messages,
                             Consumer<Registered> onRegistered) {
        this.services = services;
        this.clock = clock;
        this.tasks = tasks;
        this.m = messages;
        this.onRegistered = onRegistered;
        this.applicant = new ApplicantSection(services::recall, tasks, messages);
        this.documents = new DocumentsSection(messages.t("register.documents.newLine"));
        this.appointment = new AppointmentSection(picker.chosenProperty(), services::appointment, clock, tasks,
                messages);
        for (String f : List.of(PROCEDURE, ID, NAME, BIRTH, PHONE, EMAIL, ADDRESS, OTHER_ID, SUB_NAME, SUB_ID,
                SUB_PHONE, DOCUMENTS)) {
            errors.put(f, new ReadOnlyStringWrapper(""));
        }
        picker.chosenProperty().addListener((obs, old, now) -> documents.checklistOf(now));
        InvalidationListener recheck = obs -> validate();
        inputs().forEach(o -> o.addListener(recheck));
        valid = Bindings.createBooleanBinding(() -> check.get() != null && check.get().ok() && !busy.get(), check,
                busy);
        validate();
        appointment.refresh();
    }

    /** Everything the clerk can change; the check runs again after each change. */
    private List<Observable> inputs() {
        List<Observable> out = new ArrayList<>(applicant.textInputs());
        out.addAll(appointment.textInputs());
        out.addAll(List.of(applicant.sexProperty(), applicant.otherIdProperty(),
                applicant.submitterDifferentProperty(), picker.chosenProperty(), appointment.channelProperty(),
                appointment.returnMethodProperty(), appointment.setsProperty(), documents.lines()));
        return out;
    }

    /** Loads the active catalogue in the background. */
    public void loadCatalogue() {
        BackgroundTask.wrap(services::procedures)
                .onSuccess(list -> {
                    picker.setCatalogue(list);
                    if (pendingDraft != null && !list.isEmpty()) {
                        restore(pendingDraft);
                    }
                })
                .onFailure(e -> submitError.set(ErrorMessages.of(e, m)))
                .executeWith(tasks);
    }

    /** The form as the registration request the service takes (what "Tiếp nhận" sends). */
    public RegistrationRequest request() {
        Procedure p = picker.chosenProperty().get();
        return new RegistrationRequest(p == null ? null : p.code(), appointment.channelProperty().get().key(),
                appointment.returnMethodProperty().get().key(), null, applicant.applicant(), applicant.submitter(),
                documents.received(), appointment.setsProperty().get(), appointment.summaryProperty().get(),
                appointment.notesProperty().get());
    }

    /**
     * Runs the registration check on the form as it stands and shows its outcome: each problem under its field (a
     * required value not given goes to "Still needed" instead), the rest below the form, the warnings beside the ID
     * number and the checklist.
     */
    private void validate() {
        ParsedRegistration parsed = parser.parse(request(), LocalDateTime.now(clock));
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> needed = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (InputProblem p : parsed.problems()) {
            String field = fieldOf(p.field());
            if (p.missing() && MISSING.containsKey(p.field())) {
                needed.add(m.t(MISSING.get(p.field())));
            } else if (field != null) {
                byField.computeIfAbsent(field, k -> new ArrayList<>()).add(m.msg(p.msg()));
            } else {
                other.add(m.msg(p.msg()));
            }
        }
        errors.forEach((f, e) -> e.set(String.join(" ", byField.getOrDefault(f, List.of()))));
        missing.set(needed.isEmpty() ? "" : m.t("register.missing", String.join(", ", needed)));
        formError.set(String.join("\n", other));
        idWarning.set(warnings(parsed, "applicant.idNumber"));
        documents.setWarning(warnings(parsed, "documents"));
        check.set(parsed);
    }

    private String warnings(ParsedRegistration parsed, String field) {
        return parsed.warnings().stream().filter(w -> w.field().equals(field)).map(w -> m.msg(w.msg()))
                .collect(Collectors.joining(" "));
    }

    private static String fieldOf(String path) {
        String field = FIELDS.get(path);
        return field == null && path.startsWith("documents") ? DOCUMENTS : field;
    }

    /** "Tiếp nhận": stores the dossier (one transaction) and hands the result to the screen. */
    public void submit() {
        validate();
        if (!valid.get()) {
            String needed = missing.get();
            submitError.set(needed.isEmpty() ? m.t("register.fixErrors") : needed);
            return;
        }
        RegistrationRequest request = request();
        busy.set(true);
        submitError.set("");
        BackgroundTask.wrap(() -> services.register(request))
                .onSuccess(onRegistered)
                .onFailure(this::showProblems)
                .onFinished(() -> busy.set(false))
                .executeWith(tasks);
    }

    private void showProblems(Throwable e) {
        if (e instanceof ValidationException v) {
            List<String> general = new ArrayList<>();
            for (Problem p : v.problems()) {
                String field = fieldOf(p.field());
                if (field != null) {
                    errors.get(field).set(m.msg(p.msg()));
                } else {
                    general.add(m.msg(p.msg()));
                }
            }
            submitError.set(general.isEmpty() ? m.t("register.fixErrors") : String.join("\n", general));
        } else {
            submitError.set(ErrorMessages.of(e, m));
        }
    }

    /** Recomputes the appointment for "now" (the main window calls this once a minute). */
    public void refreshAppointment() {
        appointment.refresh();
    }

    /** Ticks every line of the checklist (Ctrl+D). */
    public void tickAllDocuments() {
        documents.tickAll();
    }

    /** Fills the applicant from a scanned identity card (see {@link ApplicantSection#fillFromCard}). */
    public void fillFromCard(IdCardReading reading, boolean keyboard) {
        applicant.fillFromCard(reading, keyboard);
    }

    // ---- the draft kept as the clerk types -------------------------------------------------------------------

    /** Whether anything was picked or typed: a form worth keeping as a draft, or asking about before closing. */
    public boolean hasInput() {
        if (picker.chosenProperty().get() != null || applicant.submitterDifferentProperty().get()) {
            return true;
        }
        return textInputs().stream().anyMatch(p -> !Text.isBlank(p.get())) || documents.hasExtraLines();
    }

    private List<StringProperty> textInputs() {
        List<StringProperty> out = new ArrayList<>(applicant.textInputs());
        out.addAll(appointment.textInputs());
        return out;
    }

    /** Everything a draft is made of: the keeper saves again a moment after any of these changes. */
    public List<Observable> draftInputs() {
        return inputs();
    }

    /** The form as it stands, as a draft saved at {@code savedAt}. */
    public RegistrationDraft draft(LocalDateTime savedAt) {
        Procedure p = picker.chosenProperty().get();
        ApplicantSection a = applicant;
        AppointmentSection o = appointment;
        return new RegistrationDraft(savedAt, p == null ? null : p.code(), a.idNumberProperty().get(),
                a.fullNameProperty().get(), a.birthDateProperty().get(), a.phoneProperty().get(),
                a.emailProperty().get(), a.addressProperty().get(), a.submitterDifferentProperty().get(),
                a.submitterNameProperty().get(), a.submitterIdProperty().get(), a.submitterPhoneProperty().get(),
                o.channelProperty().get().name(), o.returnMethodProperty().get().name(), o.setsProperty().get(),
                o.summaryProperty().get(), o.notesProperty().get(), documents.draft());
    }

    /**
     * Puts a kept draft back into the form (after the catalogue has loaded, if it has not yet). A procedure no longer
     * in the catalogue leaves the picker open with its code typed in.
     */
    public void restore(RegistrationDraft d) {
        if (picker.procedures().isEmpty()) {
            pendingDraft = d;
            return;
        }
        pendingDraft = null;
        reset();
        Procedure p = d.procedureCode() == null ? null : picker.find(d.procedureCode()).orElse(null);
        if (p != null) {
            picker.choose(p);
            documents.restore(d.documents());
        } else if (d.procedureCode() != null) {
            picker.queryProperty().set(d.procedureCode());
        }
        appointment.restore(d);
        applicant.restore(d);
        appointment.refresh();
    }

    static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
        try {
            return name == null ? fallback : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** Clears the form for the next citizen (the catalogue stays loaded). */
    public void reset() {
        picker.reset();
        applicant.reset();
        appointment.reset();
        submitError.set("");
        validate();
    }

    // ---- sections and what the form computes (read-only) ------------------------------------------------------

    public ProcedurePicker picker() {
        return picker;
    }

    public ApplicantSection applicant() {
        return applicant;
    }

    public DocumentsSection documents() {
        return documents;
    }

    public AppointmentSection appointment() {
        return appointment;
    }

    /** The applicant's name as typed (the main window names the draft by it). */
    public StringProperty fullNameProperty() {
        return applicant.fullNameProperty();
    }

    /** The problem shown under {@code field} (one of the constants above), empty when none. */
    public ReadOnlyStringProperty error(String field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /** The last outcome of the registration check on the form (what the service would say of it). */
    public ReadOnlyObjectProperty<ParsedRegistration> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** The ID number's warnings (another province, another birth year, old CMND). */
    public ReadOnlyStringProperty idWarningProperty() {
        return idWarning.getReadOnlyProperty();
    }

    /** "Still needed: …" (empty when every required value is given). */
    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /** Problems of values without a field of their own on the form (summary or notes too long …). */
    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty submitErrorProperty() {
        return submitError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when the form can be registered now. */
    public BooleanBinding validProperty() {
        return valid;
    }
}

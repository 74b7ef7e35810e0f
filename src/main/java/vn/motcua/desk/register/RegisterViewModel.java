package vn.motcua.desk.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Formats;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.calendar.Appointment;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.citizen.CitizenIds;
import vn.motcua.domain.citizen.Emails;
import vn.motcua.domain.citizen.IdCheck;
import vn.motcua.domain.citizen.PhoneCheck;
import vn.motcua.domain.citizen.PhoneNumbers;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.ReturnMethod;
import vn.motcua.domain.text.Text;
import vn.motcua.service.DeskContext;
import vn.motcua.service.Problem;
import vn.motcua.domain.dossier.RegistrationRequest;
import vn.motcua.service.RegistrationService.Registered;
import vn.motcua.service.ValidationException;

/**
 * Tiếp nhận hồ sơ: the procedure picker (diacritics-insensitive, by code or name), the document checklist, the
 * applicant (inline validation, recall of a returning citizen by ID number), the submitter when different, channel,
 * return method, notes, and the appointment recomputed live. "Tiếp nhận" stores it all in one transaction through
 * {@link vn.motcua.service.RegistrationService}.
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
    private static final List<String> FIELDS = List.of(PROCEDURE, ID, NAME, BIRTH, PHONE, EMAIL, ADDRESS, SUB_NAME,
            SUB_ID, SUB_PHONE, DOCUMENTS, OTHER_ID);
    /** Service problem paths → our fields. */
    private static final Map<String, String> SERVICE_FIELDS = Map.ofEntries(
            Map.entry("procedureCode", PROCEDURE), Map.entry("applicant.idNumber", ID),
            Map.entry("applicant.fullName", NAME), Map.entry("applicant.birthDate", BIRTH),
            Map.entry("applicant.phone", PHONE), Map.entry("applicant.email", EMAIL),
            Map.entry("applicant.address", ADDRESS), Map.entry("applicant.otherIdNumber", OTHER_ID),
            Map.entry("submitter.fullName", SUB_NAME),
            Map.entry("submitter.idNumber", SUB_ID), Map.entry("submitter.phone", SUB_PHONE));

    /** What the screen needs from the services; the desk passes the real ones, tests may pass their own. */
    public interface Services {
        List<Procedure> procedures();

        Appointment appointment(LocalDateTime receivedAt, Procedure procedure, Channel channel);

        java.util.Optional<Applicant> recall(String idNumber);

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
                public java.util.Optional<Applicant> recall(String idNumber) {
                    return ctx.dossiers().recallApplicant(idNumber);
                }

                @Override
                public Registered register(RegistrationRequest request) {
                    return ctx.registration().register(request, actor);
                }
            };
        }
    }

    private final ObservableList<Procedure> procedures = FXCollections.observableArrayList();
    private final FilteredList<Procedure> matching = new FilteredList<>(procedures, p -> true);
    private final javafx.collections.transformation.SortedList<Procedure> suggestions =
            new javafx.collections.transformation.SortedList<>(matching);
    private final Map<Procedure, String> searchKeys = new HashMap<>();
    private final StringProperty procedureQuery = new SimpleStringProperty("");
    private final ObjectProperty<Procedure> procedure = new SimpleObjectProperty<>();
    private final ObservableList<DocumentLine> documents = FXCollections.observableArrayList(
            d -> new Observable[] {d.receivedProperty(), d.nameProperty(), d.originalsProperty(), d.copiesProperty()});

    private final StringProperty idNumber = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty birthDate = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final ObjectProperty<vn.motcua.domain.citizen.Sex> sex = new SimpleObjectProperty<>();
    private final StringProperty otherId = new SimpleStringProperty("");
    private final CardFill card = new CardFill();
    private final BooleanProperty submitterDifferent = new SimpleBooleanProperty(false);
    private final StringProperty submitterName = new SimpleStringProperty("");
    private final StringProperty submitterId = new SimpleStringProperty("");
    private final StringProperty submitterPhone = new SimpleStringProperty("");
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.DIRECT);
    private final ObjectProperty<ReturnMethod> returnMethod = new SimpleObjectProperty<>(ReturnMethod.COUNTER);
    private final IntegerProperty sets = new SimpleIntegerProperty(1);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");

    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    private final StringProperty idWarning = new SimpleStringProperty("");
    private final StringProperty recallMessage = new SimpleStringProperty("");
    private final StringProperty documentsWarning = new SimpleStringProperty("");
    private final ObjectProperty<Appointment> appointment = new SimpleObjectProperty<>();
    private final StringProperty appointmentText = new SimpleStringProperty("");
    private final BooleanProperty provisionalCalendar = new SimpleBooleanProperty(false);
    private final StringProperty procedureInfo = new SimpleStringProperty("");
    private final StringProperty submitError = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding valid;
    private final StringBinding missing;

    private final Services services;
    private final Clock clock;
    private final TaskExecutor tasks;
    private final Messages m;
    private final Consumer<Registered> onRegistered;
    private long appointmentGeneration;
    private String lastRecalled = "";
    private RegistrationDraft pendingDraft;

    public RegisterViewModel(Services services, Clock clock, TaskExecutor tasks, Messages messages,
                             Consumer<Registered> onRegistered) {
        this.services = services;
        this.clock = clock;
        this.tasks = tasks;
        this.m = messages;
        this.onRegistered = onRegistered;
        FIELDS.forEach(f -> errors.put(f, new SimpleStringProperty("")));
        procedureQuery.addListener((obs, old, now) -> filterSuggestions(now));
        procedure.addListener((obs, old, now) -> procedureChosen(now));
        channel.addListener((obs, old, now) -> refreshAppointment());
        idNumber.addListener((obs, old, now) -> {
            validateId();
            recallIfKnown();
        });
        birthDate.addListener((obs, old, now) -> {
            validateBirth();
            validateId();
        });
        fullName.addListener((obs, old, now) -> validateName(NAME, now, true));
        phone.addListener((obs, old, now) -> validatePhone(PHONE, now));
        email.addListener((obs, old, now) -> validateEmail());
        otherId.addListener((obs, old, now) -> validateOtherId());
        address.addListener((obs, old, now) -> card.addressEdited(now));
        submitterDifferent.addListener((obs, old, now) -> validateSubmitter());
        submitterName.addListener((obs, old, now) -> validateSubmitter());
        submitterId.addListener((obs, old, now) -> validateSubmitter());
        submitterPhone.addListener((obs, old, now) -> validateSubmitter());
        documents.addListener((javafx.collections.ListChangeListener<DocumentLine>) c -> validateDocuments());
        List<Observable> deps = new ArrayList<>(errors.values());
        deps.addAll(List.of(procedure, idNumber, fullName, submitterDifferent, submitterName, busy));
        valid = Bindings.createBooleanBinding(() -> missingItems().isEmpty()
                && errors.values().stream().allMatch(e -> e.get().isEmpty()) && !busy.get(),
                deps.toArray(Observable[]::new));
        missing = Bindings.createStringBinding(() -> {
            List<String> items = missingItems();
            return items.isEmpty() ? "" : m.t("register.missing", String.join(", ", items));
        }, deps.toArray(Observable[]::new));
        refreshAppointment();
    }

    /** Loads the active catalogue in the background. */
    public void loadCatalogue() {
        BackgroundTask.wrap(services::procedures)
                .onSuccess(list -> {
                    searchKeys.clear();
                    list.forEach(p -> searchKeys.put(p, Text.fold(p.code() + " " + p.name() + " "
                            + p.field().name())));
                    procedures.setAll(list);
                    filterSuggestions(procedureQuery.get());
                    if (pendingDraft != null && !list.isEmpty()) {
                        restore(pendingDraft);
                    }
                })
                .onFailure(e -> submitError.set(ErrorMessages.of(e, m)))
                .executeWith(tasks);
    }

    /**
     * Keeps the procedures whose code, name or field contain every typed word (diacritics and case ignored), best
     * first: the code or the name starting with what was typed, then the name containing it as a phrase, then the
     * shorter name (the plain procedure before its variants).
     */
    private void filterSuggestions(String query) {
        String q = Text.fold(query);
        String[] words = q.split(" ");
        matching.setPredicate(p -> {
            String key = searchKeys.getOrDefault(p, "");
            return Arrays.stream(words).allMatch(key::contains);
        });
        suggestions.setComparator(java.util.Comparator.<Procedure>comparingInt(p -> rank(p, q))
                .thenComparingInt(p -> p.name().length())
                .thenComparing(Procedure::code));
    }

    private static int rank(Procedure p, String foldedQuery) {
        if (foldedQuery.isEmpty()) {
            return 0;
        }
        String name = Text.fold(p.name());
        if (p.code().startsWith(foldedQuery) || name.startsWith(foldedQuery)) {
            return 0;
        }
        return name.contains(foldedQuery) ? 1 : 2;
    }

    /** Picks a procedure (from the suggestions); its documents become the checklist. */
    public void choose(Procedure p) {
        procedure.set(p);
    }

    /** Picks the first suggestion (Enter in the picker); false when nothing matches. */
    public boolean chooseFirstSuggestion() {
        if (suggestions.isEmpty()) {
            return false;
        }
        choose(suggestions.get(0));
        return true;
    }

    private void procedureChosen(Procedure p) {
        List<DocumentLine> lines = new ArrayList<>();
        if (p != null) {
            p.documents().forEach(d -> lines.add(new DocumentLine(d.name(), d.originals(), d.copies(), d.mandatory(),
                    false)));
            errors.get(PROCEDURE).set("");
        } else {
            procedureInfo.set("");
        }
        documents.setAll(lines);
        refreshAppointment();
    }

    private String time(Procedure p) {
        var t = p.timeFor(channel.get());
        if (p.noFixedAppointment()) {
            return m.t("register.noFixedAppointment");
        }
        return m.english() ? t.value() + " " + m.of("timeUnit", t.unit()) : t.toVietnamese();
    }

    /** Adds an extra document line the catalogue does not list. */
    public DocumentLine addDocument(String name) {
        DocumentLine line = new DocumentLine(name == null || name.isBlank() ? m.t("register.documents.newLine")
                : name, 1, 0, false, true);
        documents.add(line);
        return line;
    }

    public void removeDocument(DocumentLine line) {
        if (line != null && line.extra()) {
            documents.remove(line);
        }
    }

    /** Recomputes the appointment for "now" (the view calls this as inputs change and once a minute). */
    public void refreshAppointment() {
        Procedure p = procedure.get();
        long mine = ++appointmentGeneration;
        if (p == null) {
            appointment.set(null);
            appointmentText.set(m.t("register.appointment.pick"));
            provisionalCalendar.set(false);
            return;
        }
        procedureInfo.set(m.t("register.procedure.info", p.field().name(), time(p), feesOf(p)));
        if (p.noFixedAppointment()) {
            appointment.set(null);
            appointmentText.set(m.t("register.noFixedAppointment"));
            provisionalCalendar.set(false);
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        Channel ch = channel.get();
        BackgroundTask.wrap(() -> services.appointment(now, p, ch))
                .onSuccess(a -> {
                    if (mine == appointmentGeneration) {
                        appointment.set(a);
                        appointmentText.set(describe(a.appointmentAt()));
                        provisionalCalendar.set(a.provisionalCalendar());
                    }
                })
                .onFailure(e -> {
                    if (mine == appointmentGeneration) {
                        appointment.set(null);
                        appointmentText.set(ErrorMessages.of(e, m));
                    }
                })
                .executeWith(tasks);
    }

    private String feesOf(Procedure p) {
        return p.fees().isEmpty() || p.totalFeeVnd() == 0 ? m.t("register.fees.none")
                : m.t("register.fees.amount", String.format("%,d", p.totalFeeVnd()).replace(',', '.'));
    }

    /** "Thứ Tư, 06/05/2026 lúc 15:30". */
    String describe(LocalDateTime t) {
        return m.t("register.appointment.value", m.t("weekday." + t.getDayOfWeek().name()),
                Formats.date(t.toLocalDate()), String.format("%02d:%02d", t.getHour(), t.getMinute()));
    }

    private void validateId() {
        String raw = idNumber.get();
        idWarning.set("");
        if (Text.isBlank(raw)) {
            errors.get(ID).set("");
            return;
        }
        Integer birthYear = Formats.parseDate(birthDate.get()).map(LocalDate::getYear).orElse(null);
        IdCheck check = CitizenIds.check(raw, birthYear);
        errors.get(ID).set(check.valid() ? "" : check.error());
        if (check.valid() && !check.warnings().isEmpty()) {
            idWarning.set(String.join(" ", check.warnings()));
        }
    }

    private void recallIfKnown() {
        String raw = idNumber.get();
        IdCheck check = Text.isBlank(raw) ? null : CitizenIds.check(raw, null);
        if (check == null || !check.valid() || check.normalized().equals(lastRecalled)) {
            return;
        }
        String id = check.normalized();
        lastRecalled = id;
        BackgroundTask.wrap(() -> services.recall(id))
                .onSuccess(found -> found.ifPresent(a -> {
                    if (!id.equals(CitizenIds.check(idNumber.get(), null).normalized())) {
                        return;
                    }
                    fillIfEmpty(fullName, a.fullName());
                    fillIfEmpty(birthDate, a.birthDate() == null ? null : Formats.date(a.birthDate()));
                    fillIfEmpty(phone, a.phone());
                    fillIfEmpty(email, a.email());
                    fillIfEmpty(address, a.address());
                    fillIfEmpty(otherId, a.otherIdNumber());
                    if (sex.get() == null) {
                        sex.set(a.sex());
                    }
                    recallMessage.set(m.t("register.recalled", a.fullName()));
                }))
                .onFailure(e -> recallMessage.set(ErrorMessages.of(e, m)))
                .executeWith(tasks);
    }

    private static void fillIfEmpty(StringProperty target, String value) {
        if (value != null && Text.isBlank(target.get())) {
            target.set(value);
        }
    }

    private void validateOtherId() {
        String raw = otherId.get();
        IdCheck check = Text.isBlank(raw) ? null : CitizenIds.check(raw, null);
        errors.get(OTHER_ID).set(check == null || check.valid() ? "" : check.error());
    }

    /**
     * Fills the applicant from a scanned identity card: ID (then the returning-citizen recall), old ID, name, date of
     * birth, sex, address; the card's warnings show above the form. A damaged payload fills nothing and says why.
     * A different citizen's card clears what belonged to the previous one (phone, e-mail).
     *
     * @param keyboard true when the payload came from a keyboard-mode scanner (then a name without diacritics is
     *                 blamed on the scanner mode)
     */
    public void fillFromCard(vn.motcua.domain.citizen.IdCardReading reading, boolean keyboard) {
        if (!reading.ok()) {
            card.damaged(reading.problem());
            return;
        }
        vn.motcua.domain.citizen.IdCardPayload c = reading.card();
        IdCheck current = Text.isBlank(idNumber.get()) ? null : CitizenIds.check(idNumber.get(), null);
        if (current != null && current.valid() && !current.normalized().equals(c.idNumber())) {
            phone.set("");
            email.set("");
            fullName.set("");
            birthDate.set("");
            address.set("");
            otherId.set("");
            sex.set(null);
        }
        recallMessage.set("");
        idNumber.set(c.idNumber());
        fullName.set(c.fullName());
        birthDate.set(Formats.date(c.dateOfBirth()));
        sex.set(c.sex());
        otherId.set(c.oldIdNumber() == null ? "" : c.oldIdNumber());
        address.set(c.address());
        List<String> notes = new ArrayList<>();
        if (keyboard && c.nameWithoutDiacritics()) {
            notes.add(m.t("register.card.noDiacritics"));
        }
        c.warnings().stream()
                .filter(w -> !(keyboard && c.nameWithoutDiacritics() && w.contains("cổng nối tiếp")))
                .filter(w -> !(c.addressPredatesReorganisation() && w.startsWith("Thẻ cấp ngày"))) // flag on address
                .forEach(notes::add);
        card.filled(m.t("register.card.filled", Formats.date(c.issuedOn())), String.join("\n", notes),
                c.addressPredatesReorganisation() ? m.t("register.card.checkCommune") : "", c.address());
    }

    private void validateName(String field, String value, boolean required) {
        String name = Text.personName(value);
        String error = "";
        if (name != null && !name.isEmpty()) {
            if (name.length() > 100) {
                error = m.t("register.error.nameLong");
            } else if (name.codePoints().anyMatch(Character::isDigit)) {
                error = m.t("register.error.nameDigits");
            }
        }
        errors.get(field).set(error);
    }

    private void validateBirth() {
        String raw = birthDate.get();
        if (Text.isBlank(raw)) {
            errors.get(BIRTH).set("");
            return;
        }
        var d = Formats.parseDate(raw);
        LocalDate today = LocalDate.now(clock);
        errors.get(BIRTH).set(d.isEmpty() ? m.t("register.error.birthFormat")
                : d.get().isAfter(today) || d.get().getYear() < 1900 ? m.t("register.error.birthRange") : "");
    }

    private void validatePhone(String field, String raw) {
        if (Text.isBlank(raw)) {
            errors.get(field).set("");
            return;
        }
        PhoneCheck check = PhoneNumbers.check(raw);
        errors.get(field).set(check.valid() ? "" : check.error());
    }

    private void validateEmail() {
        String e = Text.nfc(email.get());
        errors.get(EMAIL).set(e == null || e.isEmpty() || Emails.isValid(e) ? "" : m.t("register.error.email"));
    }

    private void validateSubmitter() {
        if (!submitterDifferent.get()) {
            errors.get(SUB_NAME).set("");
            errors.get(SUB_ID).set("");
            errors.get(SUB_PHONE).set("");
            return;
        }
        validateName(SUB_NAME, submitterName.get(), true);
        String raw = submitterId.get();
        if (Text.isBlank(raw)) {
            errors.get(SUB_ID).set("");
        } else {
            IdCheck check = CitizenIds.check(raw, null);
            errors.get(SUB_ID).set(check.valid() ? "" : check.error());
        }
        validatePhone(SUB_PHONE, submitterPhone.get());
    }

    private void validateDocuments() {
        boolean badName = documents.stream().anyMatch(d -> d.receivedProperty().get()
                && Text.isBlank(d.nameProperty().get()));
        boolean badCount = documents.stream().anyMatch(d -> d.originalsProperty().get() < 0
                || d.copiesProperty().get() < 0 || d.originalsProperty().get() > 999 || d.copiesProperty().get() > 999);
        errors.get(DOCUMENTS).set(badName ? m.t("register.error.documentName")
                : badCount ? m.t("register.error.documentCount") : "");
        String lacking = documents.stream().filter(d -> d.mandatory() && !d.receivedProperty().get())
                .map(d -> d.nameProperty().get()).collect(Collectors.joining("; "));
        documentsWarning.set(lacking.isEmpty() ? "" : m.t("register.documents.lacking", lacking));
    }

    /** What still has to be filled before "Tiếp nhận" (empty when complete). */
    public List<String> missingItems() {
        List<String> out = new ArrayList<>();
        if (procedure.get() == null) {
            out.add(m.t("register.missing.procedure"));
        }
        if (Text.isBlank(fullName.get())) {
            out.add(m.t("register.missing.name"));
        }
        if (Text.isBlank(idNumber.get())) {
            out.add(m.t("register.missing.id"));
        }
        if (submitterDifferent.get() && Text.isBlank(submitterName.get())) {
            out.add(m.t("register.missing.submitter"));
        }
        return out;
    }

    /** Builds the request exactly as the service takes it. */
    RegistrationRequest request() {
        Procedure p = procedure.get();
        List<RegistrationRequest.DocumentLine> docs = documents.stream().filter(d -> d.receivedProperty().get())
                .map(d -> new RegistrationRequest.DocumentLine(d.nameProperty().get(), d.originalsProperty().get(),
                        d.copiesProperty().get(), d.mandatory()))
                .toList();
        RegistrationRequest.Person owner = new RegistrationRequest.Person(fullName.get(), idNumber.get(),
                isoDate(birthDate.get()), phone.get(), email.get(), address.get(),
                sex.get() == null ? null : sex.get().name(), otherId.get());
        RegistrationRequest.Person sub = submitterDifferent.get() ? new RegistrationRequest.Person(submitterName.get(),
                submitterId.get(), null, submitterPhone.get(), null, null) : null;
        return new RegistrationRequest(p == null ? null : p.code(), channel.get().key(), returnMethod.get().key(),
                null, owner, sub, docs, sets.get(), blankToNull(summary.get()), blankToNull(notes.get()));
    }

    private static String isoDate(String text) {
        if (Text.isBlank(text)) {
            return null;
        }
        return Formats.parseDate(text).map(LocalDate::toString).orElse(text);
    }

    private static String blankToNull(String s) {
        return Text.isBlank(s) ? null : s;
    }

    /** "Tiếp nhận": stores the dossier (one transaction) and hands the result to the screen. */
    public void submit() {
        if (!valid.get()) {
            submitError.set(missing.get().isEmpty() ? m.t("register.fixErrors") : missing.get());
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
                String field = SERVICE_FIELDS.get(p.field());
                if (field == null && p.field().startsWith("documents")) {
                    field = DOCUMENTS;
                }
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

    /** Ticks every line of the checklist (the citizen handed over everything listed). */
    public void tickAllDocuments() {
        documents.forEach(d -> d.receivedProperty().set(true));
    }

    // ---- the draft kept as the clerk types -------------------------------------------------------------------

    /** Whether anything was picked or typed: a form worth keeping as a draft, or asking about before closing. */
    public boolean hasInput() {
        if (procedure.get() != null || submitterDifferent.get()) {
            return true;
        }
        return textInputs().stream().anyMatch(p -> !Text.isBlank(p.get()))
                || documents.stream().anyMatch(DocumentLine::extra);
    }

    private List<StringProperty> textInputs() {
        return List.of(idNumber, fullName, birthDate, phone, email, address, submitterName, submitterId,
                submitterPhone, summary, notes);
    }

    /** Everything a draft is made of: the keeper saves again a moment after any of these changes. */
    public List<Observable> draftInputs() {
        List<Observable> out = new ArrayList<>(textInputs());
        out.addAll(List.of(procedure, submitterDifferent, channel, returnMethod, sets, documents));
        return out;
    }

    /** The form as it stands, as a draft saved at {@code savedAt}. */
    public RegistrationDraft draft(LocalDateTime savedAt) {
        Procedure p = procedure.get();
        return new RegistrationDraft(savedAt, p == null ? null : p.code(), idNumber.get(), fullName.get(),
                birthDate.get(), phone.get(), email.get(), address.get(), submitterDifferent.get(),
                submitterName.get(), submitterId.get(), submitterPhone.get(), channel.get().name(),
                returnMethod.get().name(), sets.get(), summary.get(), notes.get(),
                documents.stream().map(d -> new RegistrationDraft.Line(d.nameProperty().get(),
                        d.originalsProperty().get(), d.copiesProperty().get(), d.mandatory(), d.extra(),
                        d.receivedProperty().get())).toList());
    }

    /**
     * Puts a kept draft back into the form (after the catalogue has loaded, if it has not yet). A procedure no longer
     * in the catalogue leaves the picker open with its code typed in.
     */
    public void restore(RegistrationDraft d) {
        if (procedures.isEmpty()) {
            pendingDraft = d;
            return;
        }
        pendingDraft = null;
        reset();
        Procedure p = d.procedureCode() == null ? null
                : procedures.stream().filter(x -> x.code().equals(d.procedureCode())).findFirst().orElse(null);
        if (p != null) {
            procedure.set(p);
            List<DocumentLine> lines = new ArrayList<>();
            for (RegistrationDraft.Line l : d.documents()) {
                DocumentLine line = new DocumentLine(l.name(), l.originals(), l.copies(), l.mandatory(), l.extra());
                line.receivedProperty().set(l.received());
                lines.add(line);
            }
            documents.setAll(lines);
        } else if (d.procedureCode() != null) {
            procedureQuery.set(d.procedureCode());
        }
        fullName.set(orEmpty(d.fullName()));
        birthDate.set(orEmpty(d.birthDate()));
        phone.set(orEmpty(d.phone()));
        email.set(orEmpty(d.email()));
        address.set(orEmpty(d.address()));
        submitterDifferent.set(d.submitterDifferent());
        submitterName.set(orEmpty(d.submitterName()));
        submitterId.set(orEmpty(d.submitterId()));
        submitterPhone.set(orEmpty(d.submitterPhone()));
        channel.set(enumOr(Channel.class, d.channel(), Channel.DIRECT));
        returnMethod.set(enumOr(ReturnMethod.class, d.returnMethod(), ReturnMethod.COUNTER));
        sets.set(Math.max(1, d.sets()));
        summary.set(orEmpty(d.summary()));
        notes.set(orEmpty(d.notes()));
        idNumber.set(orEmpty(d.idNumber()));
        refreshAppointment();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
        try {
            return name == null ? fallback : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** Clears the form for the next citizen (the catalogue stays loaded). */
    public void reset() {
        procedureQuery.set("");
        procedure.set(null);
        for (StringProperty p : List.of(idNumber, fullName, birthDate, phone, email, address, submitterName,
                submitterId, submitterPhone, summary, notes)) {
            p.set("");
        }
        submitterDifferent.set(false);
        sex.set(null);
        otherId.set("");
        card.clear();
        channel.set(Channel.DIRECT);
        returnMethod.set(ReturnMethod.COUNTER);
        sets.set(1);
        errors.values().forEach(e -> e.set(""));
        idWarning.set("");
        recallMessage.set("");
        submitError.set("");
        lastRecalled = "";
    }

    public StringProperty error(String field) {
        return errors.get(field);
    }

    public ObservableList<Procedure> procedures() {
        return procedures;
    }

    public ObservableList<Procedure> suggestions() {
        return suggestions;
    }

    public StringProperty procedureQueryProperty() {
        return procedureQuery;
    }

    public ObjectProperty<Procedure> procedureProperty() {
        return procedure;
    }

    public ObservableList<DocumentLine> documents() {
        return documents;
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty birthDateProperty() {
        return birthDate;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public ObjectProperty<vn.motcua.domain.citizen.Sex> sexProperty() {
        return sex;
    }

    public StringProperty otherIdProperty() {
        return otherId;
    }

    /** What the last card scan said (filled, warnings, damaged) and the flag on the address. */
    public CardFill card() {
        return card;
    }

    public BooleanProperty submitterDifferentProperty() {
        return submitterDifferent;
    }

    public StringProperty submitterNameProperty() {
        return submitterName;
    }

    public StringProperty submitterIdProperty() {
        return submitterId;
    }

    public StringProperty submitterPhoneProperty() {
        return submitterPhone;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public ObjectProperty<ReturnMethod> returnMethodProperty() {
        return returnMethod;
    }

    public IntegerProperty setsProperty() {
        return sets;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty idWarningProperty() {
        return idWarning;
    }

    public StringProperty recallMessageProperty() {
        return recallMessage;
    }

    public StringProperty documentsWarningProperty() {
        return documentsWarning;
    }

    public ObjectProperty<Appointment> appointmentProperty() {
        return appointment;
    }

    public StringProperty appointmentTextProperty() {
        return appointmentText;
    }

    public BooleanProperty provisionalCalendarProperty() {
        return provisionalCalendar;
    }

    public StringProperty procedureInfoProperty() {
        return procedureInfo;
    }

    public StringProperty submitErrorProperty() {
        return submitError;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public StringBinding missingProperty() {
        return missing;
    }
}

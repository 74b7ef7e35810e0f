package vn.motcua.desk.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Formats;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.citizen.CitizenIds;
import vn.motcua.domain.citizen.IdCardPayload;
import vn.motcua.domain.citizen.IdCardReading;
import vn.motcua.domain.citizen.IdCheck;
import vn.motcua.domain.citizen.Sex;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.RegistrationRequest;
import vn.motcua.domain.text.Text;

/**
 * The applicant section of the registration form: the dossier owner as typed, filled from a scanned identity card or
 * recalled from an earlier dossier of the same ID number, and the submitter when someone else hands the papers in.
 * It holds what was typed; whether it is right is the registration check's business ({@link RegisterViewModel}).
 */
public final class ApplicantSection {
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty birthDate = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final StringProperty otherId = new SimpleStringProperty("");
    private final CardFill card = new CardFill();
    private final BooleanProperty submitterDifferent = new SimpleBooleanProperty(false);
    private final StringProperty submitterName = new SimpleStringProperty("");
    private final StringProperty submitterId = new SimpleStringProperty("");
    private final StringProperty submitterPhone = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper recallMessage = new ReadOnlyStringWrapper("");

    private final Function<String, Optional<Applicant>> recall;
    private final TaskExecutor tasks;
    private final Messages m;
    private String lastRecalled = "";

    ApplicantSection(Function<String, Optional<Applicant>> recall, TaskExecutor tasks, Messages messages) {
        this.recall = recall;
        this.tasks = tasks;
        this.m = messages;
        idNumber.addListener((obs, old, now) -> recallIfKnown());
        address.addListener((obs, old, now) -> card.addressEdited(now));
    }

    /** The owner as the registration request takes it (the date of birth as typed). */
    RegistrationRequest.Person applicant() {
        return new RegistrationRequest.Person(fullName.get(), idNumber.get(), birthDate.get(), phone.get(),
                email.get(), address.get(), sex.get() == null ? null : sex.get().name(), otherId.get());
    }

    /** The submitter, or null when the owner came in person. */
    RegistrationRequest.Person submitter() {
        return submitterDifferent.get() ? new RegistrationRequest.Person(submitterName.get(), submitterId.get(), null,
                submitterPhone.get(), null, null) : null;
    }

    /** The typed values, in form order (drafts, "anything typed?"). */
    List<StringProperty> textInputs() {
        return List.of(idNumber, fullName, birthDate, phone, email, address, submitterName, submitterId,
                submitterPhone);
    }

    private static String normalizedId(String raw) {
        IdCheck check = Text.isBlank(raw) ? null : CitizenIds.check(raw, null);
        return check == null || !check.valid() ? null : check.normalized();
    }

    /** A valid ID number not recalled yet: fills the empty fields from the citizen's last dossier. */
    private void recallIfKnown() {
        String id = normalizedId(idNumber.get());
        if (id == null || id.equals(lastRecalled)) {
            return;
        }
        lastRecalled = id;
        BackgroundTask.wrap(() -> recall.apply(id))
                .onSuccess(found -> found.ifPresent(a -> {
                    if (!id.equals(normalizedId(idNumber.get()))) {
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

    /**
     * Fills the applicant from a scanned identity card: ID (then the returning-citizen recall), old ID, name, date of
     * birth, sex, address; the card's warnings show above the form. A damaged payload fills nothing and says why.
     * A different citizen's card clears what belonged to the previous one (phone, e-mail).
     *
     * @param keyboard true when the payload came from a keyboard-mode scanner (then a name without diacritics is
     *                 blamed on the scanner mode)
     */
    void fillFromCard(IdCardReading reading, boolean keyboard) {
        if (!reading.ok()) {
            card.damaged(m.msg(reading.problem()));
            return;
        }
        IdCardPayload c = reading.card();
        String current = normalizedId(idNumber.get());
        if (current != null && !current.equals(c.idNumber())) {
            for (StringProperty p : List.of(phone, email, fullName, birthDate, address, otherId)) {
                p.set("");
            }
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
        c.warnings().stream() // by key: the keyboard note and the address flag say these two better
                .filter(w -> !(keyboard && IdCardPayload.NAME_NO_DIACRITICS_KEY.equals(w.key())))
                .filter(w -> !IdCardPayload.ISSUED_BEFORE_REORGANISATION_KEY.equals(w.key()))
                .map(m::msg)
                .forEach(notes::add);
        card.filled(m.t("register.card.filled", Formats.date(c.issuedOn())), String.join("\n", notes),
                c.addressPredatesReorganisation() ? m.t("register.card.checkCommune") : "", c.address());
    }

    /** Puts a kept draft's people back. */
    void restore(RegistrationDraft d) {
        fullName.set(orEmpty(d.fullName()));
        birthDate.set(orEmpty(d.birthDate()));
        phone.set(orEmpty(d.phone()));
        email.set(orEmpty(d.email()));
        address.set(orEmpty(d.address()));
        submitterDifferent.set(d.submitterDifferent());
        submitterName.set(orEmpty(d.submitterName()));
        submitterId.set(orEmpty(d.submitterId()));
        submitterPhone.set(orEmpty(d.submitterPhone()));
        idNumber.set(orEmpty(d.idNumber()));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    void reset() {
        textInputs().forEach(p -> p.set(""));
        submitterDifferent.set(false);
        sex.set(null);
        otherId.set("");
        card.clear();
        recallMessage.set("");
        lastRecalled = "";
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

    public ObjectProperty<Sex> sexProperty() {
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

    /** "Recalled from an earlier dossier: …" after a returning citizen's ID number. */
    public ReadOnlyStringProperty recallMessageProperty() {
        return recallMessage.getReadOnlyProperty();
    }
}

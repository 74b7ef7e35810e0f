package vn.motcua.desk.print;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.motcua.print.FormType;
import vn.motcua.service.FormOptions;
import vn.motcua.service.PrintService;

/**
 * What a notice asks before it is printed: the reason (refusal, stop, apology), the items and deadline (supplement),
 * the new appointment (apology) and the contact line. Blank fields are left to the dossier's own data.
 */
public final class FormExtrasViewModel {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("H:mm");

    private final FormType type;
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty items = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("08:00");
    private final StringProperty error = new SimpleStringProperty("");
    private final vn.motcua.desk.common.Messages m;
    private final boolean savedApology;

    /**
     * @param savedApology the dossier already has an apology (its new appointment and reason are stored): for a
     *                     reprint, blank fields take them
     */
    public FormExtrasViewModel(FormType type, vn.motcua.desk.common.Messages m, boolean savedApology) {
        this.type = type;
        this.m = m;
        this.savedApology = savedApology;
    }

    public boolean asksReason() {
        return type == FormType.REFUSAL || type == FormType.STOP || type == FormType.APOLOGY
                || type == FormType.SUPPLEMENT;
    }

    public boolean asksItems() {
        return type == FormType.SUPPLEMENT;
    }

    /** Apology: the new appointment; supplement: the deadline. */
    public boolean asksDate() {
        return type == FormType.APOLOGY || type == FormType.SUPPLEMENT;
    }

    /** An apology must carry the new appointment (typed, or the one its saved apology set). */
    public boolean dateRequired() {
        return type == FormType.APOLOGY && !savedApology;
    }

    public boolean asksAnything() {
        return type != FormType.CONTROL && type != FormType.RECEIPT && type != FormType.LOGBOOK;
    }

    /**
     * What the clerk set, for {@link PrintService#formPdf}, or empty with {@link #errorProperty()} set when something
     * is wrong.
     */
    public Optional<FormOptions> extras() {
        error.set("");
        FormOptions x = FormOptions.NONE.withReason(clean(reason.get())).withItems(clean(items.get()))
                .withContact(clean(contact.get()));
        if (asksDate()) {
            if (date.get() == null) {
                if (dateRequired()) {
                    error.set(m.t("print.extras.dateMissing"));
                    return Optional.empty();
                }
            } else {
                LocalTime t;
                try {
                    t = LocalTime.parse(time.get() == null || time.get().isBlank() ? "8:00" : time.get().strip(), HM);
                } catch (DateTimeParseException e) {
                    error.set(m.t("print.extras.timeBad", time.get()));
                    return Optional.empty();
                }
                LocalDateTime at = date.get().atTime(t);
                x = type == FormType.APOLOGY ? x.withNewAppointment(at) : x.withDeadline(at);
            }
        }
        if (type == FormType.APOLOGY && x.reason() == null && !savedApology) {
            error.set(m.t("print.extras.reasonMissing"));
            return Optional.empty();
        }
        return Optional.of(x);
    }

    private static String clean(String value) {
        // keep the line breaks (one item per line): plain NFC, not Text.nfc, which folds spaces
        String v = value == null ? null : java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC);
        return v == null || v.isBlank() ? null : v.strip();
    }

    public FormType type() {
        return type;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty itemsProperty() {
        return items;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty errorProperty() {
        return error;
    }
}

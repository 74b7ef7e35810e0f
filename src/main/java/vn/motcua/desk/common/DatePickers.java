package vn.motcua.desk.common;

import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * Every date picker of the desk: dates written and read as dd/MM/yyyy (also d/M/yyyy, dd-MM-yyyy), and a typed date
 * is taken when the clerk presses Enter or leaves the box, never silently dropped. A text that is not a date puts
 * back the last good value.
 */
public final class DatePickers {
    private DatePickers() {
    }

    /**
     * The calendar popups' month and day names follow the desk's language, not the machine's: JavaFX's date picker
     * reads the JVM's FORMAT locale, so it is set once where the desk's language is chosen (start-up and the display
     * settings), not by each picker.
     */
    public static void useLanguage(Messages messages) {
        Locale.setDefault(Locale.Category.FORMAT, messages.locale());
    }

    /** A new picker showing {@code value} (may be null), set up as {@link #apply} does. */
    public static DatePicker create(LocalDate value, Messages messages) {
        DatePicker picker = new DatePicker(value);
        apply(picker, messages);
        return picker;
    }

    /** Sets up a picker made elsewhere (e.g. from FXML). */
    public static DatePicker apply(DatePicker picker, Messages messages) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return Formats.date(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                // not a date: keep the last good one rather than emptying the box
                return Formats.parseDate(s).orElse(picker.getValue());
            }
        });
        picker.setPromptText(messages == null ? "dd/mm/yyyy" : messages.t("date.prompt"));
        picker.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit(picker);
            }
        });
        picker.getEditor().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit(picker);
            }
        });
        return picker;
    }

    /** Takes what was typed: a date becomes the value, blank clears it, anything else shows the value again. */
    public static void commit(DatePicker picker) {
        String text = picker.getEditor().getText();
        if (text == null || text.isBlank()) {
            picker.setValue(null);
            return;
        }
        var parsed = Formats.parseDate(text);
        if (parsed.isPresent()) {
            if (!parsed.get().equals(picker.getValue())) {
                picker.setValue(parsed.get());
            }
        } else {
            picker.getEditor().setText(Formats.date(picker.getValue()));
        }
    }
}

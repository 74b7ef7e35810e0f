package vn.motcua.desk.register;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import vn.motcua.desk.common.Messages;

/** The bindings every section of the registration form uses for its fields and messages. */
final class FormBits {
    static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private FormBits() {
    }

    /**
     * Binds a field to its value and its problem: the message under the field, the field marked. The message's line
     * is reserved even while it is empty and the message never widens its column, so the form does not move when a
     * message appears (issue 15, "the form jumps").
     */
    static void bindField(TextInputControl field, StringProperty value, Label error, ObservableStringValue message) {
        field.textProperty().bindBidirectional(value);
        reserveLine(error, message);
        message.addListener((obs, old, now) -> field.pseudoClassStateChanged(DANGER, now != null && !now.isEmpty()));
    }

    /** A message label that keeps one line of room when empty and takes its width from its column, not its text. */
    static void reserveLine(Label label, ObservableStringValue text) {
        label.textProperty().bind(Bindings.createStringBinding(() -> isEmpty(text) ? " " : text.get(), text));
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> !isEmpty(text), text));
        label.setMinWidth(0);
        label.setPrefWidth(1);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
    }

    /** A label shown only while {@code text} is not empty (it takes no room otherwise). */
    static void showWhenText(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> !isEmpty(text), text));
        label.managedProperty().bind(label.visibleProperty());
    }

    private static boolean isEmpty(ObservableStringValue text) {
        return text.get() == null || text.get().isEmpty();
    }

    /** A count 0–999 bound to {@code value} (typed or with the arrows). */
    static Spinner<Integer> countSpinner(IntegerProperty value, String id) {
        Spinner<Integer> s = new Spinner<>(0, 999, value.get());
        s.setId(id);
        s.setEditable(true);
        // in em, so the number stays readable at every text size (arrows left and right of it)
        s.setStyle("-fx-pref-width: 7.5em; -fx-min-width: 7.5em;");
        s.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        s.valueProperty().addListener((obs, old, now) -> value.set(now == null ? 0 : now));
        commitOnFocusLoss(s);
        return s;
    }

    /** A typed number counts when the spinner loses focus; a wrong one goes back to the last value. */
    static void commitOnFocusLoss(Spinner<Integer> s) {
        s.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                try {
                    s.increment(0);
                } catch (NumberFormatException e) {
                    s.getEditor().setText(String.valueOf(s.getValue()));
                }
            }
        });
    }

    /** Shows an enum value by its translation {@code prefix.VALUE}. */
    static <E extends Enum<E>> StringConverter<E> enumConverter(Messages m, String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : m.of(prefix, value);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }
}

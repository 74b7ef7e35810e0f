package vn.motcua.desk.settings;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.DeskPreferences;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;

/** Language, text size (100–200 %) and idle lock time of this computer. */
public final class SettingsDialog {
    private SettingsDialog() {
    }

    /** Shows the dialog; when the clerk saves, returns whether the language changed. */
    public static Optional<Boolean> show(Window owner, Messages m, DeskPreferences prefs, TaskExecutor tasks) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.t("settings.title"));
        dialog.setHeaderText(null);
        ButtonType save = new ButtonType(m.t("button.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.t("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Dialogs.prepare(dialog.getDialogPane(), owner);

        ComboBox<String> language = new ComboBox<>();
        language.getItems().setAll("vi", "en");
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null ? "" : m.t("settings.language." + tag);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        language.setValue(prefs.language());
        Slider size = new Slider(DeskPreferences.MIN_TEXT, DeskPreferences.MAX_TEXT, prefs.textScale());
        size.setMajorTickUnit(25);
        size.setMinorTickCount(0);
        size.setSnapToTicks(true);
        size.setShowTickMarks(true);
        size.setShowTickLabels(true);
        size.setPrefWidth(320);
        size.setId("settings-text-size");
        Label sizeValue = new Label();
        sizeValue.textProperty().bind(size.valueProperty().asString("%.0f %%"));
        Spinner<Integer> idle = new Spinner<>(0, 240, prefs.idleMinutes(), 5);
        idle.setEditable(true);
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(12);
        Label languageLabel = new Label(m.t("settings.language"));
        Label sizeLabel = new Label(m.t("settings.textSize"));
        Label idleLabel = new Label(m.t("settings.idle"));
        for (Label l : new Label[] {languageLabel, sizeLabel, idleLabel, sizeValue}) {
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never "…" at large text
        }
        size.setMinWidth(200);
        grid.addRow(0, languageLabel, language);
        grid.addRow(1, sizeLabel, size, sizeValue);
        grid.addRow(2, idleLabel, idle);
        Label idleHint = new Label(m.t("settings.idle.hint"));
        idleHint.setWrapText(true);
        idleHint.getStyleClass().addAll("text-muted", "text-small");
        grid.add(idleHint, 1, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(b -> {
            if (b != save) {
                return null;
            }
            boolean languageChanged = !prefs.language().equals(language.getValue());
            prefs.setLanguage(language.getValue());
            prefs.setTextScale((int) Math.round(size.getValue()));
            prefs.setIdleMinutes(idle.getValue() == null ? DeskPreferences.DEFAULT_IDLE_MINUTES : idle.getValue());
            BackgroundTask.wrapRunnable(() -> {
                try {
                    prefs.save();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).onFailure(e -> Dialogs.error(owner, m, m.t("settings.saveFailed", ErrorMessages.of(e, m))))
                    .executeWith(tasks);
            return languageChanged;
        });
        return dialog.showAndWait();
    }
}

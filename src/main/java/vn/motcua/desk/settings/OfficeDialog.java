package vn.motcua.desk.settings;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.HeaderPreview;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.office.OfficeProfile;
import vn.motcua.service.SetupService;

/**
 * "Đơn vị" for the administrator: the office's name and the form-header texts (governing body, unit, place), with the
 * header shown live as it will print; saved through {@link SetupService#updateOffice}, which is audited.
 */
public final class OfficeDialog {
    private OfficeDialog() {
    }

    /** Shows the dialog; returns the saved profile when the administrator saved. */
    public static Optional<OfficeProfile> show(Window owner, Messages m, SetupService setup, Actor actor,
                                               TaskExecutor tasks) {
        OfficeProfile current = setup.office().orElseThrow();
        Dialog<OfficeProfile> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.t("office.title"));
        dialog.setHeaderText(null);
        ButtonType save = new ButtonType(m.t("button.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.t("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Dialogs.prepare(dialog.getDialogPane(), owner);
        vn.motcua.desk.common.Dialogs.maxWidth(dialog.getDialogPane(), 1300); // 200 % text: the em widths below need more than the usual 760

        TextField name = field("office-name", current.officeName());
        TextField governing = field("office-governingBody", current.governingBody());
        TextField unit = field("office-unitName", current.unitName());
        TextField place = field("office-placeName", current.placeName());
        Label preview = new Label();
        preview.setId("office-header-preview");
        preview.getStyleClass().add("header-preview");
        preview.setWrapText(true);
        preview.textProperty().bind(HeaderPreview.of(m, name.textProperty(), governing.textProperty(),
                unit.textProperty(), place.textProperty()));
        Label hint = new Label(m.t("office.hint"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label error = new Label();
        error.setId("office-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(10);
        String[] labels = {"office.name", "office.governingBody", "office.unitName", "office.placeName"};
        javafx.scene.Node[] inputs = {name, governing, unit, place};
        for (int i = 0; i < inputs.length; i++) {
            Label label = new Label(m.t(labels[i]));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(i, label, inputs[i]);
            GridPane.setHgrow(inputs[i], javafx.scene.layout.Priority.ALWAYS);
        }
        preview.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(12, grid, hint, new Label(m.t("setup.preview")),
                preview, error);
        box.setStyle("-fx-min-width: 40em; -fx-pref-width: 40em;");
        dialog.getDialogPane().setContent(box);

        javafx.scene.Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("office-save");
        dialog.getDialogPane().lookupButton(cancel).setId("office-cancel");
        dialog.setResultConverter(b -> null);
        saveButton.addEventFilter(ActionEvent.ACTION, ev -> {
            ev.consume();
            var details = new SetupService.OfficeDetails(name.getText(), governing.getText(), unit.getText(),
                    place.getText());
            saveButton.setDisable(true);
            BackgroundTask.wrap(() -> setup.updateOffice(details, actor))
                    .onSuccess(saved -> {
                        dialog.setResultConverter(b -> saved);
                        dialog.setResult(saved);
                        dialog.close();
                    })
                    .onFailure(e -> error.setText(ErrorMessages.of(e, m)))
                    .onFinished(() -> saveButton.setDisable(false))
                    .executeWith(tasks);
        });
        return dialog.showAndWait();
    }

    private static TextField field(String id, String value) {
        TextField t = new TextField(value);
        t.setId(id);
        t.setPrefColumnCount(20);
        return t;
    }
}

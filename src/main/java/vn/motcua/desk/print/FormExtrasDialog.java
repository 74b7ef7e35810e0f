package vn.motcua.desk.print;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.motcua.desk.common.DatePickers;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.Messages;
import vn.motcua.service.FormOptions;

/** Asks what a notice needs before its preview opens (see {@link FormExtrasViewModel}). */
public final class FormExtrasDialog {
    private FormExtrasDialog() {
    }

    public static Optional<FormOptions> ask(Window owner, Messages m, FormExtrasViewModel vm) {
        if (!vm.asksAnything()) {
            return Optional.of(FormOptions.NONE);
        }
        Dialog<FormOptions> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.of("form", vm.type()));
        dialog.setHeaderText(m.t("print.extras.header"));
        ButtonType ok = new ButtonType(m.t("print.extras.preview"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(m.t("button.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.prepare(dialog.getDialogPane(), owner);
        // large text on a 768 px screen: fewer lines per box, or the buttons fall below the screen's edge
        boolean large = Dialogs.textScale() >= 1.5;
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        int r = 0;
        if (vm.asksReason()) {
            TextArea reason = new TextArea();
            reason.setId("extras-reason");
            reason.setPrefRowCount(large ? 2 : 3);
            reason.setWrapText(true);
            reason.setPromptText(m.t(switch (vm.type()) {
                case SUPPLEMENT -> "print.extras.reasonHint.supplement";
                case REFUSAL -> "print.extras.reasonHint.refusal";
                case APOLOGY -> "print.extras.reasonHint.apology";
                default -> "print.extras.reasonHint.stop";
            }));
            reason.textProperty().bindBidirectional(vm.reasonProperty());
            grid.addRow(r++, new Label(m.t("print.extras.reason")), reason);
        }
        if (vm.asksItems()) {
            TextArea items = new TextArea();
            items.setId("extras-items");
            items.setPrefRowCount(large ? 2 : 4);
            items.setPromptText(m.t("print.extras.itemsHint"));
            items.textProperty().bindBidirectional(vm.itemsProperty());
            grid.addRow(r++, new Label(m.t("print.extras.items")), items);
        }
        if (vm.asksDate()) {
            DatePicker date = DatePickers.create(null, m);
            date.setId("extras-date");
            date.valueProperty().bindBidirectional(vm.dateProperty());
            TextField time = new TextField();
            time.setId("extras-time");
            time.setPrefColumnCount(5);
            time.textProperty().bindBidirectional(vm.timeProperty());
            grid.addRow(r++, new Label(m.t(vm.dateRequired() ? "print.extras.newAppointment"
                    : "print.extras.deadline")), new javafx.scene.layout.HBox(8, date, time));
        }
        TextField contact = new TextField();
        contact.setId("extras-contact");
        contact.setPromptText(m.t("print.extras.contactHint"));
        contact.textProperty().bindBidirectional(vm.contactProperty());
        grid.addRow(r, new Label(m.t("print.extras.contact")), contact);
        // the names whole ("Giấy tờ cần bổ sung" was cut at 200 %): the boxes take the rest of the width
        grid.getChildren().stream().filter(n -> n instanceof Label).forEach(n -> ((Label) n).setMinWidth(
                javafx.scene.layout.Region.USE_PREF_SIZE));
        Label error = new Label();
        error.getStyleClass().add("danger-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Label hint = new Label(m.t("print.extras.blankHint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, grid, hint, error));
        javafx.scene.control.Button okButton = (javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ok);
        dialog.getDialogPane().lookupAll(".text-area").forEach(n -> vn.motcua.desk.common.NoteFields.install(
                (TextArea) n, okButton));
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            if (vm.extras().isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ok ? vm.extras().orElse(null) : null);
        return dialog.showAndWait();
    }
}

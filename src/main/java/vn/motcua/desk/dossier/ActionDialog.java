package vn.motcua.desk.dossier;

import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.motcua.desk.common.DatePickers;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.Formats;
import vn.motcua.desk.common.Messages;
import vn.motcua.domain.dossier.DossierAction;

/** Asks what an action needs (reason, agency, supplement deadline) and confirms it. */
public final class ActionDialog {
    /** What the clerk entered. */
    public record Input(String reason, String agency, LocalDate supplementDeadline) {
    }

    private ActionDialog() {
    }

    public static Optional<Input> ask(Window owner, Messages m, DossierAction action, String code) {
        Dialog<Input> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.of("action", action));
        dialog.setHeaderText(m.t("dossier.action.confirm", m.of("action", action), code));
        ButtonType ok = new ButtonType(m.of("action", action), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.t("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Dialogs.prepare(dialog.getDialogPane(), owner);

        VBox content = new VBox(6);
        TextArea reason = new TextArea();
        reason.setId("action-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        String reasonKey = action == DossierAction.REQUEST_SUPPLEMENT ? "dossier.action.supplementContent"
                : action.reasonRequired() ? "dossier.action.reason" : "dossier.action.note";
        content.getChildren().addAll(new Label(m.t(reasonKey)), reason);
        TextField agency = new TextField();
        agency.setId("action-agency");
        if (action.agencyRequired()) {
            content.getChildren().addAll(new Label(m.t("dossier.action.agency")), agency);
        }
        DatePicker deadline = new DatePicker();
        DatePickers.apply(deadline, m);
        if (action == DossierAction.REQUEST_SUPPLEMENT) {
            content.getChildren().addAll(new Label(m.t("dossier.action.deadline")), deadline);
        }
        dialog.getDialogPane().setContent(content);
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("action-ok");
        ((Button) okButton).setDefaultButton(!action.reasonRequired());
        vn.motcua.desk.common.NoteFields.install(reason, (Button) okButton);
        okButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> (action.reasonRequired() && reason.getText().isBlank())
                        || (action.agencyRequired() && agency.getText().isBlank()),
                reason.textProperty(), agency.textProperty()));
        dialog.setResultConverter(b -> b == ok ? new Input(blankToNull(reason.getText()),
                blankToNull(agency.getText()), deadline.getValue()) : null);
        Platform.runLater(() -> (action.agencyRequired() ? agency : reason).requestFocus());
        return dialog.showAndWait();
    }

    /**
     * Actions that end a dossier's processing or take back a returned result ("Thu hồi", "Rút hồ sơ", "Dừng xử lý",
     * "Từ chối tiếp nhận"): the clerk confirms once more, as for "Làm lại", with Enter on "Huỷ".
     */
    public static boolean final_(DossierAction a) {
        return a == DossierAction.REVOKE_RETURN || a == DossierAction.WITHDRAW || a == DossierAction.STOP
                || a == DossierAction.DENY;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

package vn.motcua.desk.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Message boxes with the desk's style and text size. */
public final class Dialogs {
    private Dialogs() {
    }

    public static void error(Window owner, Messages m, String message) {
        show(owner, Alert.AlertType.ERROR, m.t("dialog.error.title"), message, m);
    }

    public static void info(Window owner, Messages m, String title, String message) {
        show(owner, Alert.AlertType.INFORMATION, title, message, m);
    }

    private static void show(Window owner, Alert.AlertType type, String title, String message, Messages m) {
        Alert a = new Alert(type, "", ButtonType.OK);
        a.setTitle(title);
        a.setHeaderText(null);
        Label text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().add("dialog-message");
        a.getDialogPane().setContent(text);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(ButtonType.OK)).setText(m.t("button.ok"));
        prepare(a.getDialogPane(), owner);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.showAndWait();
    }

    /** Gives a dialog the owner's stylesheets and text size. */
    public static void prepare(DialogPane pane, Window owner) {
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().setAll(owner.getScene().getStylesheets());
            String style = owner.getScene().getRoot().getStyle();
            pane.setStyle(style);
        }
        pane.setMinWidth(420);
        pane.setMaxWidth(760);
    }
}

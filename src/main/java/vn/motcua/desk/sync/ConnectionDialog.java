package vn.motcua.desk.sync;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.Icons;
import vn.motcua.desk.common.Messages;

/** "Kết nối máy chủ": enroll this desk with the province's server and see what it is enrolled with. */
public final class ConnectionDialog {
    private ConnectionDialog() {
    }

    public static void show(Window owner, Messages m, ConnectionViewModel vm, Runnable onEnrolled) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.t("sync.connection.title"));
        dialog.setHeaderText(null);
        ButtonType close = new ButtonType(m.t("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        Dialogs.prepare(dialog.getDialogPane(), owner);
        dialog.getDialogPane().setContent(content(m, vm, onEnrolled));
        vm.load();
        dialog.showAndWait();
    }

    /** The dialog's content (also used by the UI test). */
    public static VBox content(Messages m, ConnectionViewModel vm, Runnable onEnrolled) {
        Label nowTitle = new Label(m.t("sync.connection.current"));
        nowTitle.getStyleClass().add("section-title");
        GridPane now = grid();
        int r = 0;
        r = info(now, r, m.t("sync.connection.server"), vm.enrolledServerProperty(), "sync-enrolled-server");
        r = info(now, r, m.t("sync.connection.office"), vm.enrolledOfficeProperty(), "sync-enrolled-office");
        r = info(now, r, m.t("sync.connection.desk"), vm.enrolledDeskProperty(), "sync-enrolled-desk");
        r = info(now, r, m.t("sync.connection.catalog"), vm.catalogVersionProperty(), "sync-catalog-version");
        r = info(now, r, m.t("sync.connection.calendar"), vm.calendarVersionProperty(), "sync-calendar-version");
        info(now, r, m.t("sync.connection.lastSync"), vm.lastSyncProperty(), "sync-last");

        Label formTitle = new Label(m.t("sync.connection.enrollTitle"));
        formTitle.getStyleClass().add("section-title");
        Label hint = new Label(m.t("sync.connection.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().addAll("text-muted", "text-small");
        TextField url = field("sync-url", vm.serverUrlProperty(), "https://motcua.example.gov.vn");
        TextField code = field("sync-code", vm.codeProperty(), "XXXXX-XXXXX-XXXXX-XXXXX");
        TextField name = field("sync-device", vm.deviceNameProperty(), m.t("sync.connection.devicePrompt"));
        GridPane form = grid();
        form.addRow(0, new Label(m.t("sync.connection.url")), url);
        form.addRow(1, new Label(m.t("sync.connection.code")), code);
        form.addRow(2, new Label(m.t("sync.connection.device")), name);

        Button enroll = new Button(m.t("sync.connection.enroll"));
        enroll.setId("sync-enroll");
        enroll.setGraphic(Icons.of(Material2AL.LINK));
        enroll.getStyleClass().add("accent");
        enroll.setDefaultButton(true);
        enroll.disableProperty().bind(vm.canEnrollProperty().not());
        enroll.setOnAction(e -> vm.enroll(onEnrolled));
        code.setOnAction(e -> vm.enroll(onEnrolled));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        HBox actions = new HBox(10, enroll, busy);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label message = message("sync-message", "success-text", vm.messageProperty());
        Label warning = message("sync-warning", "warning-text", vm.warningProperty());
        Label error = message("sync-error", "danger-text", vm.errorProperty());
        VBox box = new VBox(10, nowTitle, now, new javafx.scene.control.Separator(), formTitle, hint, form, actions,
                message, warning, error);
        box.setPrefWidth(640);
        box.setStyle("-fx-padding: 4 8 4 8;");
        box.setId("sync-connection");
        return box;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(8);
        javafx.scene.layout.ColumnConstraints k = new javafx.scene.layout.ColumnConstraints();
        k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints v = new javafx.scene.layout.ColumnConstraints();
        v.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(k, v);
        return g;
    }

    private static int info(GridPane g, int row, String key, StringProperty value, String id) {
        Label k = new Label(key);
        k.getStyleClass().add("text-muted");
        Label v = new Label();
        v.setId(id);
        v.setWrapText(true);
        v.textProperty().bind(value);
        g.addRow(row, k, v);
        return row + 1;
    }

    private static TextField field(String id, StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        f.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(f, Priority.ALWAYS);
        return f;
    }

    private static Label message(String id, String style, StringProperty text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        l.textProperty().bind(text);
        l.visibleProperty().bind(text.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}

package vn.motcua.desk.backup;

import java.io.File;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.Icons;
import vn.motcua.desk.common.Messages;
import vn.motcua.service.BackupService.Backup;

/** "Sao lưu &amp; khôi phục": back up now, back up to a USB stick, the backups, restore with confirmation. */
public final class BackupDialog {
    private BackupDialog() {
    }

    public static void show(Window owner, Messages m, BackupViewModel vm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.t("backup.title"));
        dialog.setHeaderText(m.t("backup.header"));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(m.t("button.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.prepare(dialog.getDialogPane(), owner);
        dialog.getDialogPane().setMinWidth(640);

        Button now = new Button(m.t("backup.now"), Icons.of(Material2MZ.SAVE));
        now.setId("backup-now");
        now.getStyleClass().add("accent");
        now.setOnAction(e -> vm.backUpNow());
        Button usb = new Button(m.t("backup.toFolder"), Icons.of(Material2AL.FOLDER_OPEN));
        usb.setId("backup-to-folder");
        usb.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle(m.t("backup.chooseFolder"));
            File dir = dc.showDialog(dialog.getDialogPane().getScene().getWindow());
            if (dir != null) {
                vm.backUpTo(dir.toPath());
            }
        });
        TableView<Backup> table = BackupTable.of(vm.backups(), m);
        Button restore = new Button(m.t("backup.restore"), Icons.of(Material2MZ.RESTORE));
        restore.setId("backup-restore");
        restore.getStyleClass().add("danger");
        restore.setVisible(vm.canRestore());
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.busyProperty()));
        restore.setOnAction(e -> {
            Backup b = table.getSelectionModel().getSelectedItem();
            if (b != null && confirm(dialog.getDialogPane().getScene().getWindow(), m, b)) {
                vm.restore(b);
                dialog.close();
            }
        });
        now.disableProperty().bind(vm.busyProperty());
        usb.disableProperty().bind(vm.busyProperty());
        now.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        usb.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // at large text the two buttons go on two lines rather than being cut to "…"
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(10, 10, now, usb);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("backup-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label hint = new Label(m.t("backup.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        // on a screen too short for the dialog (200 % text) the table gives way, never the texts
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label listTitle = new Label(m.t("backup.list"));
        listTitle.setWrapText(true);
        listTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox content = new VBox(10, buttons, status, listTitle, table, restore, hint);
        dialog.getDialogPane().setContent(content);
        vm.load();
        dialog.showAndWait();
    }

    private static boolean confirm(Window owner, Messages m, Backup b) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.initOwner(owner);
        a.setTitle(m.t("backup.restore"));
        a.setHeaderText(m.t("backup.confirm.header", vn.motcua.desk.common.Formats.dateTime(b.takenAt())));
        Label text = new Label(m.t("backup.confirm.text"));
        text.setWrapText(true);
        a.getDialogPane().setContent(text);
        ButtonType yes = new ButtonType(m.t("backup.confirm.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(m.t("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(yes, no);
        Dialogs.prepare(a.getDialogPane(), owner);
        return a.showAndWait().filter(r -> r == yes).isPresent();
    }
}

package vn.motcua.desk.backup;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.desk.common.Icons;
import vn.motcua.desk.common.Messages;
import vn.motcua.service.BackupService.Backup;

/** The screen shown instead of the desk when the database failed its check at start. */
public final class RecoveryView {
    private final StackPane root;

    public RecoveryView(RecoveryViewModel vm, Messages m, Runnable quit) {
        Label title = new Label(m.t("recovery.title"), Icons.of(Material2AL.ERROR_OUTLINE));
        title.getStyleClass().addAll("title-2", "danger-text");
        title.setStyle("-fx-font-size: 1.7em; -fx-font-weight: bold;");
        title.setId("recovery-title");
        Label explain = new Label(m.t("recovery.explain"));
        explain.setWrapText(true);
        Label detail = new Label(m.t("recovery.detail", vm.problem()));
        detail.setWrapText(true);
        detail.getStyleClass().add("text-muted");
        Button newest = new Button(m.t("recovery.restoreNewest"), Icons.of(Material2MZ.RESTORE));
        newest.setId("recovery-newest");
        newest.getStyleClass().add("accent");
        newest.setDefaultButton(true);
        newest.disableProperty().bind(vm.busyProperty());
        newest.setOnAction(e -> vm.restoreNewest());
        TableView<Backup> table = BackupTable.of(vm.backups(), m);
        Button chosen = new Button(m.t("recovery.restoreChosen"));
        chosen.setId("recovery-chosen");
        chosen.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.busyProperty()));
        chosen.setOnAction(e -> vm.restore(table.getSelectionModel().getSelectedItem()));
        Button exit = new Button(m.t("recovery.quit"));
        exit.setId("recovery-quit");
        exit.setOnAction(e -> quit.run());
        HBox buttons = new HBox(10, newest, chosen, exit);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("recovery-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label help = new Label(m.t("recovery.help", vm.dataDir()));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        VBox card = new VBox(14, title, explain, detail, new Label(m.t("backup.list")), table, buttons, status, help);
        card.setPadding(new Insets(28));
        card.setMaxWidth(760);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.getStyleClass().add("recovery-card");
        root = new StackPane(card);
        root.setPadding(new Insets(24));
        vm.load();
    }

    public Parent root() {
        return root;
    }
}

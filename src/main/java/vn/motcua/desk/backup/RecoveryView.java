package vn.motcua.desk.backup;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
        title.setWrapText(true); // 200 % English: "The data on this computer is damaged" was cut
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label explain = new Label(m.t("recovery.explain"));
        explain.setId("recovery-explain");
        explain.setWrapText(true);
        explain.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // never cut: the page scrolls instead
        Label restoreDoes = new Label(m.t("recovery.restoreDoes"));
        restoreDoes.setId("recovery-restore-does");
        restoreDoes.setWrapText(true);
        restoreDoes.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // the technical finding (often the database library's English message) only behind "Chi tiết"
        javafx.scene.control.TextArea detailText = new javafx.scene.control.TextArea(m.t("recovery.detail",
                vm.problem()));
        detailText.setId("recovery-detail-text");
        detailText.setEditable(false);
        detailText.setWrapText(true);
        detailText.setPrefRowCount(4);
        javafx.scene.control.TitledPane detail = new javafx.scene.control.TitledPane(m.t("recovery.details"),
                detailText);
        detail.setId("recovery-details");
        detail.setExpanded(false);
        detail.setAnimated(false);
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
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(10, 10, newest, chosen, exit);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (Button b : new Button[] {newest, chosen, exit}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        Label status = new Label();
        status.setId("recovery-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label help = new Label(m.t("recovery.help", vm.dataDir()));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.setPrefHeight(200);
        table.setMinHeight(140);
        Label listTitle = new Label(m.t("backup.list"));
        listTitle.setWrapText(true);
        listTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox card = new VBox(14, title, explain, restoreDoes, listTitle, table, buttons, status,
                detail, help);
        card.setPadding(new Insets(28));
        card.setMaxWidth(760);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.getStyleClass().add("recovery-card");
        StackPane centred = new StackPane(card);
        centred.setPadding(new Insets(24));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        root = new StackPane(scroll);
        vm.load();
    }

    public Parent root() {
        return root;
    }
}

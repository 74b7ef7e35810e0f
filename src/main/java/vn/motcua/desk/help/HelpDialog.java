package vn.motcua.desk.help;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.Messages;

/** F1: the function-key shortcuts and how to register a dossier in a few steps. */
public final class HelpDialog {
    private static final String[][] KEYS = {
        {"F1", "help.key.f1"}, {"F2", "help.key.f2"}, {"F3", "help.key.f3"}, {"F5", "help.key.f5"},
        {"F9", "help.key.f9"}, {"Enter", "help.key.enter"}, {"↓", "help.key.down"}, {"Tab", "help.key.tab"},
        {"Ctrl+L", "help.key.lock"}, {"Esc", "help.key.esc"}, {"Ctrl+D", "help.key.tickAll"},
        {"Ctrl+Enter", "help.key.ctrlEnter"}};

    private HelpDialog() {
    }

    public static void show(Window owner, Messages m) {
        show(owner, m, java.util.List.of());
    }

    /** @param queues the queues Ctrl+1 … Ctrl+N open, in order */
    public static void show(Window owner, Messages m, java.util.List<String> queues) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.t("help.title"));
        dialog.setHeaderText(m.t("help.header"));
        ButtonType close = new ButtonType(m.t("button.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        Dialogs.prepare(dialog.getDialogPane(), owner);
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        for (int i = 0; i < KEYS.length; i++) {
            Label key = new Label(KEYS[i][0]);
            key.getStyleClass().add("key-cap");
            key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label what = new Label(m.t(KEYS[i][1]));
            what.setWrapText(true);
            grid.addRow(i, key, what);
        }
        GridPane queueGrid = new GridPane();
        queueGrid.setHgap(16);
        queueGrid.setVgap(6);
        queueGrid.setId("help-queue-keys");
        for (int i = 0; i < queues.size(); i++) {
            Label key = new Label("Ctrl+" + (i + 1));
            key.getStyleClass().add("key-cap");
            key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label what = new Label(queues.get(i));
            what.setWrapText(true);
            queueGrid.add(key, (i % 2) * 2, i / 2);
            queueGrid.add(what, (i % 2) * 2 + 1, i / 2);
        }
        Label queueTitle = new Label(m.t("help.queues"));
        queueTitle.getStyleClass().add("section-title");
        Label steps = new Label(m.t("help.steps"));
        steps.setWrapText(true);
        VBox body = new VBox(14, grid);
        if (!queues.isEmpty()) {
            body.getChildren().addAll(queueTitle, queueGrid);
        }
        body.getChildren().add(steps);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setId("help-dialog");
        dialog.showAndWait();
    }
}

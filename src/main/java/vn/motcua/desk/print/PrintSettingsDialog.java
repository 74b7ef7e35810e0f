package vn.motcua.desk.print;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.Messages;
import vn.motcua.print.PaperFormat;
import vn.motcua.print.TemplateSet;

/** "Cài đặt in": printer, paper and mode per form, and the template set (administrators). */
public final class PrintSettingsDialog {
    private PrintSettingsDialog() {
    }

    public static void show(Window owner, Messages m, PrintSettingsViewModel vm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.t("print.settings.title"));
        dialog.setHeaderText(m.t("print.settings.header"));
        ButtonType save = new ButtonType(m.t("button.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, new ButtonType(m.t("button.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.prepare(dialog.getDialogPane(), owner);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, head(m.t("print.settings.form")), head(m.t("print.printer")), head(m.t("print.paper")),
                head(m.t("print.settings.escPos")));
        int r = 1;
        for (PrintSettingsViewModel.Row row : vm.rows()) {
            Label name = new Label(m.of("form", row.type()));
            name.setWrapText(true);
            name.setStyle("-fx-min-width: 11em; -fx-max-width: 14em;");
            ComboBox<String> printer = new ComboBox<>(vm.printers());
            printer.setTooltip(new javafx.scene.control.Tooltip(m.t("print.settings.printerHint")));
            printer.setId("settings-printer-" + row.type().key());
            printer.setStyle("-fx-min-width: 11em; -fx-pref-width: 14em;");
            printer.setCellFactory(l -> printerCell(m, false));
            printer.setButtonCell(printerCell(m, true));
            printer.valueProperty().bindBidirectional(row.printerProperty());
            ComboBox<PaperFormat> paper = new ComboBox<>();
            paper.getItems().setAll(PrintPreviewViewModel.formatsFor(row.type()));
            paper.setId("settings-paper-" + row.type().key());
            paper.setStyle("-fx-min-width: 11em;"); // "Cuộn 80 mm", "A4 landscape" whole at any text size
            paper.setCellFactory(l -> paperCell(m));
            paper.setButtonCell(paperCell(m));
            paper.valueProperty().bindBidirectional(row.formatProperty());
            CheckBox esc = new CheckBox();
            esc.setTooltip(new javafx.scene.control.Tooltip(m.t("print.escPos")));
            esc.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            esc.selectedProperty().bindBidirectional(row.escPosProperty());
            esc.disableProperty().bind(row.formatProperty().isNotEqualTo(PaperFormat.ROLL_80MM));
            grid.addRow(r++, name, printer, paper, esc);
        }
        VBox content = new VBox(12);
        if (vm.canChooseTemplateSet()) {
            ComboBox<TemplateSet> set = new ComboBox<>();
            set.setId("settings-template-set");
            // null = by each dossier's receipt date (the setting AUTO): a choice like the two sets, never a blank box
            set.getItems().setAll(java.util.Arrays.asList(null, TemplateSet.TT01_2018, TemplateSet.TT03_2025));
            set.setCellFactory(l -> setCell(m, false));
            set.setButtonCell(setCell(m, true));
            set.valueProperty().bindBidirectional(vm.templateSetProperty());
            HBox line = new HBox(10, new Label(m.t("print.settings.templateSet")), set);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            content.getChildren().add(line);
        }
        Label status = new Label();
        status.setId("settings-status");
        status.setWrapText(true);
        // wraps at the dialog's width instead of widening it or ending in "…" (the no-printer note is long)
        status.setPrefWidth(1);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());
        content.getChildren().add(grid);
        // 200 % text on a 1366×768 screen: the rows scroll instead of being cut; the note under them stays in view
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add("edge-to-edge");
        content.setStyle("-fx-padding: 0 1.2em 0 0;"); // the scroll bar never covers the ESC/POS column
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scroll.setMaxHeight(screen.getHeight() * 0.62);
        vn.motcua.desk.common.Dialogs.maxWidth(dialog.getDialogPane(), screen.getWidth() * 0.95);
        dialog.getDialogPane().setContent(new VBox(8, scroll, status));
        dialog.setOnCloseRequest(e -> {
            if (!vm.hasUnsavedChanges()) {
                return;
            }
            int answer = Dialogs.choose(dialog.getDialogPane().getScene().getWindow(), m.t("print.settings.title"),
                    m.t("print.settings.unsaved"), "print-settings-unsaved", 0,
                    new Dialogs.Choice(m.t("button.save"), "unsaved-save", ButtonBar.ButtonData.YES),
                    new Dialogs.Choice(m.t("print.settings.discard"), "unsaved-discard", ButtonBar.ButtonData.NO),
                    new Dialogs.Choice(m.t("button.cancel"), "unsaved-cancel", ButtonBar.ButtonData.CANCEL_CLOSE));
            if (answer == 1) {
                return;
            }
            e.consume();
            if (answer == 0) {
                vm.save(dialog::close);
            }
        });
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save();
        });
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(vm.busyProperty());
        dialog.setResizable(true);
        vm.load();
        dialog.showAndWait();
    }

    private static Label head(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "ESC/POS" whole
        return l;
    }

    /** A printer's name; blank is the default printer, said so (also the print preview's box). */
    static ListCell<String> printerCell(Messages m, boolean button) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String p, boolean empty) {
                super.updateItem(p, empty);
                // blank (or not yet chosen) = the OS default printer, shown by name, never an empty box
                setText(empty && !button ? null : p == null || p.isBlank() ? m.t("print.noPrinter") : p);
            }
        };
    }

    private static ListCell<PaperFormat> paperCell(Messages m) {
        return new ListCell<>() {
            @Override
            protected void updateItem(PaperFormat p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : m.of("paper", p));
            }
        };
    }

    private static ListCell<TemplateSet> setCell(Messages m, boolean button) {
        return new ListCell<>() {
            @Override
            protected void updateItem(TemplateSet s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty && !button ? null : s == null ? m.t("print.settings.templateSet.auto")
                        : m.of("templateSet", s));
            }
        };
    }
}

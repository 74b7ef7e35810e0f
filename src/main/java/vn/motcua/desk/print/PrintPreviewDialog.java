package vn.motcua.desk.print;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.desk.common.Icons;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.Theme;
import vn.motcua.print.PaperFormat;

/**
 * The print preview window: the pages as the printer will get them, paper and printer choice, "In", "Lưu PDF" and
 * "Đóng". Everything it does goes through its {@link PrintPreviewViewModel}.
 */
public final class PrintPreviewDialog {
    private final PrintPreviewViewModel vm;
    private final Messages m;
    private final SaveChooser chooser;
    private final String baseName;
    private final Stage stage = new Stage();

    public PrintPreviewDialog(PrintPreviewViewModel vm, Messages m, SaveChooser chooser, String baseName) {
        this.vm = vm;
        this.m = m;
        this.chooser = chooser;
        this.baseName = baseName;
    }

    /** Opens the window (not blocking) over {@code owner}. */
    public Stage show(Window owner, String title) {
        ComboBox<PaperFormat> format = new ComboBox<>(vm.formats());
        format.setId("preview-format");
        format.setCellFactory(l -> paperCell());
        format.setButtonCell(paperCell());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        format.setOnAction(e -> vm.changeFormat(format.getValue()));
        format.disableProperty().bind(vm.busyProperty().or(Bindings.size(vm.formats()).lessThan(2)));

        ComboBox<String> printer = new ComboBox<>(vm.printers());
        printer.setId("preview-printer");
        printer.valueProperty().bindBidirectional(vm.printerProperty());
        printer.setPromptText(m.t("print.noPrinter"));
        // the default printer by name, never an empty box (the value is "" when none is chosen)
        printer.setButtonCell(PrintSettingsDialog.printerCell(m, true));
        printer.setCellFactory(l -> PrintSettingsDialog.printerCell(m, false));
        printer.setPrefWidth(240);

        CheckBox escPos = new CheckBox(m.t("print.escPos"));
        escPos.setId("preview-escpos");
        escPos.selectedProperty().bindBidirectional(vm.escPosProperty());
        escPos.visibleProperty().bind(vm.formatProperty().isEqualTo(PaperFormat.ROLL_80MM));
        escPos.managedProperty().bind(escPos.visibleProperty());

        Button print = new Button(m.t("print.preview.print"), Icons.of(Material2MZ.PRINT));
        print.setId("preview-print");
        print.getStyleClass().add("accent");
        print.setDefaultButton(true);
        print.disableProperty().bind(vm.busyProperty().or(vm.readyProperty().not()));
        print.setOnAction(e -> vm.print());

        Button save = new Button(m.t("print.preview.save"), Icons.of(Material2MZ.SAVE_ALT));
        save.setId("preview-save");
        save.disableProperty().bind(vm.busyProperty().or(vm.readyProperty().not()));
        save.setOnAction(e -> chooser.choose(stage, vm.suggestedFileName(baseName)).ifPresent(vm::savePdf));

        Button close = new Button(m.t("button.close"));
        close.setId("preview-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());

        // two groups that wrap onto two lines when the text is large, instead of cutting every name to "…"
        Label paperName = new Label(m.t("print.paper"));
        Label printerName = new Label(m.t("print.printer"));
        for (Region r : new Region[] {paperName, printerName, escPos, save, print, close}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox choices = new HBox(10, paperName, format, printerName, printer, escPos);
        choices.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(10, busy, save, print, close);
        actions.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(24, 8, choices, actions);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 14, 10, 14));
        bar.getStyleClass().add("preview-bar");

        VBox pages = new VBox(18);
        pages.setId("preview-pages");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(18));
        ListChangeListener<java.awt.image.BufferedImage> refill = c -> pages.getChildren().setAll(vm.pages().stream().map(img -> {
            ImageView v = new ImageView(javafx.embed.swing.SwingFXUtils.toFXImage(img, null));
            v.setPreserveRatio(true);
            v.setSmooth(true);
            StackPane sheet = new StackPane(v);
            sheet.getStyleClass().add("preview-sheet");
            sheet.setMaxWidth(Region.USE_PREF_SIZE);
            return sheet;
        }).toList());
        vm.pages().addListener(refill);
        refill.onChanged(null);
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("preview-scroll");

        Label status = new Label();
        status.setId("preview-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.setPadding(new Insets(6, 14, 8, 14));

        Label qr = new Label();
        qr.setId("preview-qr-warning");
        qr.setWrapText(true);
        qr.getStyleClass().addAll("warning-banner");
        qr.setGraphic(Icons.of(org.kordamp.ikonli.material2.Material2AL.ERROR_OUTLINE));
        qr.setMaxWidth(Double.MAX_VALUE);
        qr.textProperty().bind(vm.qrWarningProperty());
        qr.visibleProperty().bind(vm.qrWarningProperty().isNotEmpty());
        qr.managedProperty().bind(qr.visibleProperty());
        BorderPane root = new BorderPane(scroll, new VBox(bar, qr), null, status, null);
        root.getStyleClass().add("print-preview");
        Scene scene = new Scene(root, 980, 720);
        Theme.style(scene);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.setStyle(owner.getScene().getRoot().getStyle());
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setTitle(title);
        vn.motcua.desk.common.Dialogs.centreOn(stage, owner);
        stage.show();
        return stage;
    }

    private ListCell<PaperFormat> paperCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(PaperFormat p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : m.of("paper", p));
            }
        };
    }

    public Stage stage() {
        return stage;
    }
}

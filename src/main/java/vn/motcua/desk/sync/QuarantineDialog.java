package vn.motcua.desk.sync;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.Formats;
import vn.motcua.desk.common.Icons;
import vn.motcua.desk.common.Messages;
import vn.motcua.service.DeskContext;
import vn.motcua.store.SyncOutboxRepository.Quarantined;

/** "Lỗi đồng bộ": the supervisor's list of events the server refused, with retry and resolve (with a note). */
public final class QuarantineDialog {
    private QuarantineDialog() {
    }

    public static void show(Window owner, Messages m, QuarantineViewModel vm, Runnable onChange) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.t("sync.quarantine.title"));
        dialog.setHeaderText(null);
        ButtonType close = new ButtonType(m.t("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        Dialogs.prepare(dialog.getDialogPane(), owner);
        vn.motcua.desk.common.Dialogs.maxWidth(dialog.getDialogPane(), 1200);
        dialog.getDialogPane().setPrefWidth(1060);
        dialog.getDialogPane().setMinWidth(owner == null ? 1060 : Math.min(1060, owner.getWidth() - 40));
        dialog.setResizable(true);
        vm.setOnChange(onChange);
        dialog.getDialogPane().setContent(content(m, vm, () -> dialog.getDialogPane().getScene().getWindow()));
        vm.load();
        dialog.showAndWait();
    }

    static VBox content(Messages m, QuarantineViewModel vm, java.util.function.Supplier<Window> window) {
        Label intro = new Label(m.t("sync.quarantine.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add("text-muted");
        TableView<Quarantined> table = new TableView<>(vm.events());
        table.setId("sync-quarantine-table");
        table.setPrefSize(980, 320);
        table.setPlaceholder(new Label(m.t("sync.quarantine.empty")));
        table.getColumns().add(column(m.t("sync.quarantine.when"), q -> time(q.quarantinedAt()), 120));
        table.getColumns().add(column(m.t("sync.quarantine.dossier"), q -> q.dossierCode() == null ? "" : q.dossierCode(),
                190));
        table.getColumns().add(column(m.t("sync.quarantine.type"), q -> vm.typeLabel(q.type()), 140));
        table.getColumns().add(column(m.t("sync.quarantine.reason"), q -> reason(m, q)
                + (q.code() == null ? "" : " (" + q.code() + ")"), 330));
        table.getColumns().add(column(m.t("sync.quarantine.state"), q -> q.open()
                ? m.t("sync.quarantine.open", q.attempts())
                : m.t("sync.quarantine.closed", q.resolvedBy(), time(q.resolvedAt()), q.resolutionNote()), 200));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<Quarantined> row = new javafx.scene.control.TableRow<>() {
                @Override
                protected void updateItem(Quarantined q, boolean empty) {
                    super.updateItem(q, empty);
                    setTooltip(empty || q == null ? null : new javafx.scene.control.Tooltip(reason(m, q)));
                }
            };
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button retry = new Button(m.t("sync.quarantine.retry"));
        retry.setId("sync-retry");
        retry.setGraphic(Icons.of(Material2MZ.REPLAY));
        Button resolve = new Button(m.t("sync.quarantine.resolve"));
        resolve.setId("sync-resolve");
        resolve.setGraphic(Icons.of(Material2AL.CHECK));
        var selected = table.getSelectionModel().selectedItemProperty();
        retry.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().open(), selected));
        resolve.disableProperty().bind(retry.disableProperty());
        retry.setOnAction(e -> vm.retry(selected.get()));
        resolve.setOnAction(e -> askNote(window.get(), m, selected.get()).ifPresent(note ->
                vm.resolve(selected.get(), note)));
        CheckBox all = new CheckBox(m.t("sync.quarantine.showResolved"));
        all.setId("sync-show-resolved");
        all.selectedProperty().bindBidirectional(vm.includeResolvedProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, retry, resolve, gap, all);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label hint = new Label(m.t("sync.quarantine.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll("text-muted", "text-small");
        VBox box = new VBox(10, intro, table, buttons, hint, message("sync-quarantine-message", "success-text",
                vm.messageProperty()), message("sync-quarantine-error", "danger-text", vm.errorProperty()));
        box.setId("sync-quarantine");
        box.setPrefWidth(1020);
        box.setStyle("-fx-padding: 4 8 4 8;");
        return box;
    }

    /** The server's reason in the clerk's language (its message), or its text as it came (decision 0030). */
    static String reason(Messages m, Quarantined q) {
        return m.msg(vn.motcua.service.SyncService.reason(q));
    }

    private static Optional<String> askNote(Window owner, Messages m, Quarantined q) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.t("sync.quarantine.resolve"));
        d.setHeaderText(null);
        ButtonType ok = new ButtonType(m.t("sync.quarantine.resolve"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.t("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Dialogs.prepare(d.getDialogPane(), owner);
        Label what = new Label(m.t("sync.quarantine.noteFor", q.dossierCode() == null ? "#" + q.seq()
                : q.dossierCode(), reason(m, q)));
        what.setWrapText(true);
        TextArea note = new TextArea();
        note.setId("sync-note");
        note.setPromptText(m.t("sync.quarantine.notePrompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        d.getDialogPane().lookupButton(ok).disableProperty().bind(note.textProperty().isEmpty());
        vn.motcua.desk.common.NoteFields.install(note, (javafx.scene.control.Button) d.getDialogPane()
                .lookupButton(ok));
        d.getDialogPane().setContent(new VBox(8, what, note));
        d.setResultConverter(b -> b == ok ? note.getText() : null);
        javafx.application.Platform.runLater(note::requestFocus);
        return d.showAndWait().filter(s -> !s.isBlank());
    }

    private static String time(Instant at) {
        return at == null ? "" : Formats.dateTime(LocalDateTime.ofInstant(at, ZONE));
    }

    private static final ZoneId ZONE = DeskContext.ZONE;

    private static TableColumn<Quarantined, String> column(String title, Function<Quarantined, String> value,
                                                           double width) {
        TableColumn<Quarantined, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static Label message(String id, String style, StringProperty text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.textProperty().bind(text);
        l.visibleProperty().bind(text.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}

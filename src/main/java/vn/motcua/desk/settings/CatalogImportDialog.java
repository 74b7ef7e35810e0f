package vn.motcua.desk.settings;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Actor;
import vn.motcua.service.CatalogService;
import vn.motcua.store.catalog.CatalogFile.CatalogProblem;

/**
 * "Nhập danh mục thủ tục…" for the administrator: a catalogue JSON file chosen on disk is imported exactly like
 * {@code catalog import} — all or nothing: a file with any bad entry imports nothing, and every bad entry is listed with
 * its position, code and field. The result is shown in a summary. When only some entries are bad, the summary offers
 * to import the good ones and skip the bad ({@code catalog import --partial}).
 */
public final class CatalogImportDialog {
    private CatalogImportDialog() {
    }

    /** Lets the administrator choose the file, then imports it. */
    public static void chooseAndImport(Window owner, Messages m, CatalogService catalog, Actor actor,
                                       TaskExecutor tasks) {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.t("catalogImport.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.t("catalogImport.jsonFiles"), "*.json"));
        File f = fc.showOpenDialog(owner);
        if (f != null) {
            importFile(owner, m, catalog, actor, tasks, f.toPath());
        }
    }

    /** Imports {@code file} in the background and shows what happened. */
    public static void importFile(Window owner, Messages m, CatalogService catalog, Actor actor, TaskExecutor tasks,
                                  Path file) {
        importFile(owner, m, catalog, actor, tasks, file, false);
    }

    private static void importFile(Window owner, Messages m, CatalogService catalog, Actor actor, TaskExecutor tasks,
                                   Path file, boolean partial) {
        BackgroundTask.wrap(() -> catalog.importFile(file, partial, actor))
                .onSuccess(r -> showResult(owner, m, file, r, partial || !someGood(r) ? null
                        : () -> importFile(owner, m, catalog, actor, tasks, file, true)))
                .onFailure(e -> Dialogs.error(owner, m, m.t("catalogImport.failed", file.getFileName(),
                        e instanceof java.io.IOException ? e.getMessage() : ErrorMessages.of(e, m))))
                .executeWith(tasks);
    }

    /** Bad entries only (no problem with the whole file): the good ones can be imported alone. */
    private static boolean someGood(CatalogService.ImportResult r) {
        return !r.applied() && r.rejected() > 0 && r.problems().stream().noneMatch(p -> p.position() == 0);
    }

    /** @param importGood imports the good entries only; null when that is not offered */
    private static void showResult(Window owner, Messages m, Path file, CatalogService.ImportResult r,
                                   Runnable importGood) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.t("catalogImport.title"));
        dialog.setHeaderText(null);
        ButtonType close = new ButtonType(m.t("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType good = new ButtonType(m.t("catalogImport.partial"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        if (importGood != null) {
            dialog.getDialogPane().getButtonTypes().add(0, good);
        }
        Dialogs.prepare(dialog.getDialogPane(), owner);
        vn.motcua.desk.common.Dialogs.maxWidth(dialog.getDialogPane(), 1300); // 200 % text: the em widths below need more than the usual 760
        Label summary = new Label();
        summary.setId("catalog-import-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(10, summary);
        box.setStyle("-fx-min-width: 40em; -fx-pref-width: 40em;");
        if (r.applied() && r.rejected() > 0) {
            summary.setText(m.t("catalogImport.partialDone", r.imported(), file.getFileName(), r.rejected()));
        } else if (r.applied()) {
            summary.setText(m.t("catalogImport.done", r.imported(), file.getFileName()));
        } else if (r.problems().isEmpty()) {
            summary.setText(m.t("catalogImport.empty", file.getFileName()));
            summary.getStyleClass().add("field-error");
        } else {
            summary.setText(m.t("catalogImport.refused", file.getFileName(), r.rejected(), r.problems().size()));
            summary.getStyleClass().add("field-error");
        }
        if (!r.problems().isEmpty()) {
            ListView<String> list = new ListView<>();
            list.setId("catalog-import-problems");
            list.setStyle("-fx-pref-height: 18em;");
            list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
                private final Label line = new Label();

                {
                    line.setWrapText(true);
                    line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                    line.prefWidthProperty().bind(v.widthProperty().subtract(40));
                }

                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(null);
                    line.setText(empty ? null : item);
                    setGraphic(empty ? null : line);
                }
            });
            r.problems().forEach(p -> list.getItems().add(describe(m, p)));
            box.getChildren().add(list);
        }
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().lookupButton(close).setId("catalog-import-close");
        if (importGood != null) {
            javafx.scene.Node b = dialog.getDialogPane().lookupButton(good);
            b.setId("catalog-import-partial");
            ((javafx.scene.control.Button) b).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        if (dialog.showAndWait().filter(good::equals).isPresent()) {
            importGood.run();
        }
    }

    /** "Mục 2 (1.001193), trường procedures[1].times.direct.unit: …"; the whole file when the position is 0. */
    static String describe(Messages m, CatalogProblem p) {
        String where = p.position() == 0 ? m.t("catalogImport.problem.file")
                : p.code().isEmpty() ? m.t("catalogImport.problem.entry", p.position())
                : m.t("catalogImport.problem.entryCode", p.position(), p.code());
        String field = p.path().isEmpty() ? "" : m.t("catalogImport.problem.field", p.path());
        return where + field + ": " + m.msg(p.msg());
    }
}

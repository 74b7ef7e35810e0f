package vn.motcua.desk.backup;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.desk.print.DeskPrinting;
import vn.motcua.desk.print.LogbookDialog;
import vn.motcua.desk.print.PrintSettingsDialog;
import vn.motcua.desk.print.PrintSettingsViewModel;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.service.DeskContext;

/**
 * The main window's menu entries for printing and data safety: the logbook, print settings (administrators and
 * supervisors), "Sao lưu &amp; khôi phục" (administrators) and "Xuất gói chẩn đoán".
 */
public final class ToolsMenu {
    private ToolsMenu() {
    }

    public static void install(MenuButton menu, DeskContext ctx, Actor actor, Messages m, TaskExecutor tasks,
                               DeskPrinting printing, Consumer<Path> restorer) {
        MenuItem logbook = new MenuItem(m.t("menu.logbook"));
        logbook.setId("menu-logbook");
        logbook.setOnAction(e -> LogbookDialog.show(owner(menu), m, printing, LocalDate.now(ctx.clock())));
        MenuItem printSettings = new MenuItem(m.t("menu.printSettings"));
        printSettings.setId("menu-print-settings");
        printSettings.setVisible(actor.role() == Role.ADMIN || actor.role() == Role.SUPERVISOR);
        printSettings.setOnAction(e -> PrintSettingsDialog.show(owner(menu), m,
                new PrintSettingsViewModel(ctx.print(), actor, tasks, m)));
        MenuItem backups = new MenuItem(m.t("menu.backup"));
        backups.setId("menu-backup");
        backups.setVisible(actor.role() == Role.ADMIN);
        backups.setOnAction(e -> BackupDialog.show(owner(menu), m,
                new BackupViewModel(ctx.backups(), tasks, m, restorer)));
        MenuItem diagnostics = new MenuItem(m.t("menu.diagnostics"));
        diagnostics.setId("menu-diagnostics");
        diagnostics.setOnAction(e -> exportDiagnostics(owner(menu), ctx, m, tasks));
        menu.getItems().addAll(0, java.util.List.of(logbook, printSettings, backups, diagnostics,
                new SeparatorMenuItem()));
    }

    private static Window owner(MenuButton menu) {
        return menu.getScene() == null ? null : menu.getScene().getWindow();
    }

    private static void exportDiagnostics(Window owner, DeskContext ctx, Messages m, TaskExecutor tasks) {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.t("menu.diagnostics"));
        fc.setInitialFileName("chan-doan-motcua-" + LocalDateTime.now(ctx.clock())
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".zip");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.t("diagnostics.zipFiles"), "*.zip"));
        File f = fc.showSaveDialog(owner);
        if (f == null) {
            return;
        }
        BackgroundTask.wrap(() -> ctx.diagnostics().write(f.toPath()))
                .onSuccess(p -> Dialogs.info(owner, m, m.t("menu.diagnostics"), m.t("diagnostics.written", p)))
                .onFailure(err -> Dialogs.error(owner, m, ErrorMessages.of(err, m)))
                .executeWith(tasks);
    }
}

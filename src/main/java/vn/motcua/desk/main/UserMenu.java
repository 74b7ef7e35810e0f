package vn.motcua.desk.main;

import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import vn.motcua.desk.Session;
import vn.motcua.desk.common.DeskPreferences;
import vn.motcua.desk.common.FxTaskExecutor;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.rating.CounterRatingView;
import vn.motcua.desk.settings.CatalogImportDialog;
import vn.motcua.desk.settings.OfficeDialog;
import vn.motcua.desk.settings.SettingsDialog;
import vn.motcua.desk.settings.WorkingHoursDialog;
import vn.motcua.desk.users.UsersDialog;
import vn.motcua.service.DeskContext;

/**
 * The user menu's screens: display settings for everyone, the counter rating window, and the administrator's
 * accounts, office, working hours and catalogue import (hidden for others; the services check the role again).
 */
final class UserMenu {
    /** The menu items of the main window's user menu that open a screen. */
    record Items(MenuItem settings, MenuItem users, MenuItem office, MenuItem workHours, MenuItem catalogImport,
                 MenuItem counterRating) {
    }

    private final DeskContext ctx;
    private final Session session;
    private final Messages m;
    private final FxTaskExecutor tasks;
    private final Supplier<Window> window;

    private UserMenu(DeskContext ctx, Session session, Messages m, FxTaskExecutor tasks, Supplier<Window> window) {
        this.ctx = ctx;
        this.session = session;
        this.m = m;
        this.tasks = tasks;
        this.window = window;
    }

    /**
     * Wires the items. {@code settingsSaved} runs with whether the language changed after the display settings were
     * saved.
     */
    static void wire(Items items, MainViewModel vm, DeskContext ctx, Session session, Messages m,
                     FxTaskExecutor tasks, DeskPreferences prefs, Supplier<Window> window,
                     java.util.function.Consumer<Boolean> settingsSaved) {
        UserMenu menu = new UserMenu(ctx, session, m, tasks, window);
        for (MenuItem adminOnly : new MenuItem[] {items.users(), items.office(), items.workHours(),
                items.catalogImport()}) {
            adminOnly.setVisible(vm.isAdmin());
        }
        items.settings().setOnAction(e -> SettingsDialog.show(window.get(), m, prefs, tasks).ifPresent(settingsSaved));
        items.counterRating().setOnAction(e -> CounterRatingView.open(window.get(), ctx.ratings(), session.actor(),
                tasks, m));
        if (vm.isAdmin()) {
            items.users().setOnAction(e -> menu.users());
            items.office().setOnAction(e -> OfficeDialog.show(window.get(), m, ctx.setup(), session.actor(), tasks)
                    .ifPresent(vm::officeChanged));
            items.workHours().setOnAction(e -> WorkingHoursDialog.show(window.get(), m, ctx.calendar(),
                    session.actor(), tasks));
            items.catalogImport().setOnAction(e -> CatalogImportDialog.chooseAndImport(window.get(), m, ctx.catalog(),
                    session.actor(), tasks));
        }
    }

    private void users() {
        UsersDialog.show(window.get(), m, ctx.accounts(), session.actor(), tasks);
    }
}

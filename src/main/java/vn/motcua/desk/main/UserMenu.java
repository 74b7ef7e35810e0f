package vn.motcua.desk.main;

import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.desk.common.Icons;
import javafx.stage.Window;
import vn.motcua.desk.Session;
import vn.motcua.desk.common.DeskPreferences;
import vn.motcua.desk.common.FxTaskExecutor;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.Notices;
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
                    .ifPresent(office -> {
                        vm.officeChanged(office);
                        Notices.show(window.get(), Notices.Kind.DONE, m.t("notice.officeSaved"));
                    }));
            items.workHours().setOnAction(e -> WorkingHoursDialog.show(window.get(), m, ctx.calendar(),
                    session.actor(), tasks));
            items.catalogImport().setOnAction(e -> CatalogImportDialog.chooseAndImport(window.get(), m, ctx.catalog(),
                    session.actor(), tasks));
        }
    }

    /** The administrator's screens, in the order of the "Quản trị" submenu. */
    static final java.util.List<String> ADMIN_GROUP = java.util.List.of("menu-users", "menu-office",
            "menu-work-hours", "menu-catalog-import", "menu-sync-connection", "menu-print-settings", "menu-scanner",
            "menu-backup", "menu-diagnostics");

    /**
     * Moves the administrator's screens (accounts, office, working hours, catalogue, connection, print settings,
     * scanner, backups, diagnostics) into one "Quản trị" submenu, so the menu stays within a 1366×768 screen at
     * 200 % text; a clerk's short menu stays flat. Separators left doubled or at an end are dropped.
     */
    static void arrange(MenuButton menu, boolean admin, Messages m) {
        if (!admin) {
            return;
        }
        java.util.List<MenuItem> grouped = menu.getItems().stream()
                .filter(i -> i.getId() != null && ADMIN_GROUP.contains(i.getId()) && i.isVisible())
                .sorted(java.util.Comparator.comparingInt(i -> ADMIN_GROUP.indexOf(i.getId())))
                .toList();
        if (grouped.isEmpty()) {
            return;
        }
        Menu group = new Menu(m.t("main.adminMenu"), Icons.of(Material2MZ.SETTINGS));
        group.setId("menu-admin");
        menu.getItems().removeAll(grouped);
        group.getItems().setAll(grouped);
        // in its own block just above "Khóa phiên làm việc" / "Đăng xuất" (after the last separator's block)
        int at = menu.getItems().size();
        for (int i = menu.getItems().size() - 1; i >= 0; i--) {
            if (menu.getItems().get(i) instanceof SeparatorMenuItem) {
                at = i;
                break;
            }
        }
        menu.getItems().addAll(at, java.util.List.of(new SeparatorMenuItem(), group));
        boolean lastWasSeparator = true;
        for (java.util.Iterator<MenuItem> it = menu.getItems().iterator(); it.hasNext();) {
            boolean separator = it.next() instanceof SeparatorMenuItem;
            if (separator && lastWasSeparator) {
                it.remove();
            }
            lastWasSeparator = separator;
        }
        MenuItem last = menu.getItems().get(menu.getItems().size() - 1);
        if (last instanceof SeparatorMenuItem) {
            menu.getItems().remove(last);
        }
    }

    private void users() {
        UsersDialog.show(window.get(), m, ctx.accounts(), session.actor(), tasks);
    }
}

package vn.motcua.desk.settings;

import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.scene.control.MenuItem;
import org.testfx.api.FxRobot;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.service.DeskFixture;

/** What the tests of the administrator's screens share: a desk with a clerk, and whether a user-menu item shows. */
final class AdminScreens {
    static final Actor CLERK = new Actor("canbo", "Trần Thị Cán Bộ", "Cán bộ một cửa", "", Role.CLERK);
    static final String CLERK_PASSWORD = "mat-khau-can-bo";

    private AdminScreens() {
    }

    /** A set-up desk (administrator {@code admin}) with the clerk {@code canbo}. */
    static DeskFixture deskWithClerk(Path dir) {
        DeskFixture desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 29, 9, 0));
        desk.ctx().accounts().create(desk.admin(), CLERK.username(), CLERK.fullName(), CLERK.title(), "",
                Role.CLERK, CLERK_PASSWORD);
        return desk;
    }

    /** Whether the user menu shows the item with this id. */
    static boolean menuItemVisible(FxRobot robot, String id) {
        MenuItem item = vn.motcua.desk.DeskUi.menuItem(robot, id);
        return item != null && item.isVisible();
    }
}

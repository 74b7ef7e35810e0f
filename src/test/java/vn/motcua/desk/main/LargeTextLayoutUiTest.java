package vn.motcua.desk.main;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.waitFor;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.desk.DeskApp;
import vn.motcua.desk.DeskPerClass;
import vn.motcua.desk.DeskUi;
import vn.motcua.service.DeskFixture;
import vn.motcua.service.RealisticDesk;

/**
 * At 200 % text on a 1366 × 768 screen (or the headless screen, when smaller), in Vietnamese and English: every
 * queue column shown lies within the table (less needed ones hide, the column chooser brings them back and they
 * stay), the administrator's user menu fits the screen (its screens grouped under "Quản trị"), and the search box
 * clears with its ✕ button. At 100 % every column shows.
 */
@ExtendWith(ApplicationExtension.class)
class LargeTextLayoutUiTest {
    @RegisterExtension
    static final DeskPerClass DESK = DeskPerClass.of(d -> RealisticDesk.create(d, 60));
    private Stage stage;
    private DeskApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void queueColumnsAndUserMenuFitAt200Percent_andEveryColumnShowsAt100(FxRobot robot) throws Exception {
        for (String lang : new String[] {"vi", "en"}) {
            open(robot, lang, 200);
            TableView<?> table = robot.lookup("#queue-table").queryAs(TableView.class);
            waitFor(() -> table.getWidth() > 0 && !table.getItems().isEmpty());
            Thread.sleep(300);
            assertThat(table.isTableMenuButtonVisible()).isTrue();
            assertThat(columnsRight(table)).as(lang + ": the last column's right edge within the table")
                    .isLessThanOrEqualTo(table.getWidth());
            List<String> shown = shownColumns(table);
            assertThat(shown).as(lang + ": the code, procedure and time flag stay").hasSizeGreaterThanOrEqualTo(3);
            assertThat(shown.size()).isLessThan(table.getColumns().size());
            // the clerk brings a hidden column back through the chooser: it stays, whatever the width does
            TableColumn<?, ?> hidden = table.getColumns().stream().filter(c -> !c.isVisible()).findFirst()
                    .orElseThrow();
            robot.interact(() -> hidden.setVisible(true));
            robot.interact(() -> stage.setWidth(stage.getWidth() - 1));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(hidden.isVisible()).isTrue();

            // the administrator's menu: one submenu for the screens, and the menu fits the screen
            robot.clickOn("#user-menu");
            waitFor(() -> menuWindow() != null);
            Window popup = menuWindow();
            double screen = javafx.stage.Screen.getPrimary().getBounds().getHeight();
            assertThat(popup.getY() + popup.getHeight()).as(lang + ": the user menu's bottom")
                    .isLessThanOrEqualTo(Math.min(768, screen));
            MenuButton menu = robot.lookup("#user-menu").queryAs(MenuButton.class);
            assertThat(menu.getItems().stream().filter(MenuItem::isVisible).count()).isLessThanOrEqualTo(10);
            Menu admin = (Menu) menu.getItems().stream().filter(i -> "menu-admin".equals(i.getId())).findFirst()
                    .orElseThrow();
            assertThat(admin.getItems()).extracting(MenuItem::getId).contains("menu-users", "menu-office",
                    "menu-work-hours", "menu-catalog-import", "menu-print-settings", "menu-backup");
            robot.type(javafx.scene.input.KeyCode.ESCAPE);

            // the supervisor's page scrolls rather than squeezing its overdue list to a row
            robot.interact(() -> app.mainView().showSupervisor());
            waitFor(() -> robot.lookup("#supervisor-list").tryQuery().isPresent());
            Thread.sleep(800);
            TableView<?> list = robot.lookup("#supervisor-list").queryAs(TableView.class);
            double em = vn.motcua.desk.common.Icons.sizeProperty().get() / 1.15; // the text size in px
            assertThat(list.getHeight()).as(lang + ": the supervisor's list height").isGreaterThan(6 * em);
            robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT1)
                    .release(javafx.scene.input.KeyCode.CONTROL);
            waitFor(() -> robot.lookup("#queue-search").tryQuery().isPresent());

            // the search box's clear button empties it
            robot.clickOn("#queue-search").write("nguyen");
            TextField search = robot.lookup("#queue-search").queryAs(TextField.class);
            Node clear = robot.lookup("#queue-search .clear-button").query();
            waitFor(() -> clear.getOpacity() > 0.5);
            robot.clickOn(clear);
            waitFor(() -> search.getText().isEmpty());
            robot.interact(stage::hide);
        }
        open(robot, "vi", 100);
        TableView<?> table = robot.lookup("#queue-table").queryAs(TableView.class);
        waitFor(() -> table.getWidth() > 0);
        Thread.sleep(300);
        // the "Mới tiếp nhận" queue has one status: every column but the status shows at 100 %
        assertThat(shownColumns(table)).hasSize(table.getColumns().size() - 1);
        assertThat(columnsRight(table)).isLessThanOrEqualTo(table.getWidth());
    }

    private void open(FxRobot robot, String lang, int scale) throws Exception {
        app = DESK.ui().startAt(robot, stage, lang, scale);
        DeskUi.signIn(robot, "admin", DeskFixture.PASSWORD);
    }

    private static List<String> shownColumns(TableView<?> table) {
        return table.getColumns().stream().filter(TableColumn::isVisible).map(TableColumn::getText).toList();
    }

    private static double columnsRight(TableView<?> table) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table.getColumns().stream().filter(TableColumn::isVisible)
                .mapToDouble(TableColumn::getWidth).sum()).get();
    }

    private static Window menuWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing()).findFirst()
                .orElse(null);
    }
}

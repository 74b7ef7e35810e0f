package vn.motcua.desk.main;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.waitFor;

import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.desk.DeskUi;
import vn.motcua.domain.account.Role;
import vn.motcua.service.DeskFixture;
import vn.motcua.service.QueueService.Queue;

/**
 * Every shortcut F1 lists works wherever the focus is in the main window: after a click in the queue side bar (a list
 * that takes F2 for itself), after closing the F1 help, in a queue's table and search box, in the registration form;
 * Ctrl+1 … Ctrl+9 open the side bar's queues and F1 lists them.
 */
@ExtendWith(ApplicationExtension.class)
class ShortcutsUiTest {
    @TempDir
    static Path dir;
    private static DeskUi ui;

    @BeforeAll
    static void createDesk() {
        DeskFixture desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 29, 9, 0));
        desk.ctx().accounts().create(desk.admin(), "canbo", "Trần Thị Cán Bộ", "Cán bộ một cửa", "", Role.CLERK,
                "mat-khau-can-bo");
        desk.register("1.004873", "2026-04-29T08:30", "Nguyễn Văn Đức");
        ui = DeskUi.over(desk);
    }

    @AfterAll
    static void close() {
        ui.close();
    }

    @Start
    void start(Stage stage) {
        ui.start(stage);
    }

    @Test
    void everyShortcut_worksFromEveryFocusPlace(FxRobot robot) throws Exception {
        signIn(robot, "canbo", "mat-khau-can-bo");

        // a click in the side bar puts the focus in its list: F2 still opens the registration form
        waitFor(() -> robot.lookup("#nav-PROCESSING").tryQuery().isPresent());
        robot.clickOn("#nav-PROCESSING");
        waitFor(() -> robot.lookup("#nav-queues").query().isFocused());
        robot.type(KeyCode.F2);
        waitFor(this::registerShown);

        // from the registration form's fields: Ctrl+1 opens "Mới tiếp nhận", its list takes the focus
        robot.clickOn("#register-id");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitFor(() -> selectedQueue(robot) == Queue.NEW && robot.lookup("#queue-table").query().isFocused());
        assertThat(registerShown()).isFalse();

        // from the queue's table: F2, and back with Ctrl+3, Ctrl+9
        robot.type(KeyCode.F2);
        waitFor(this::registerShown);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        waitFor(() -> selectedQueue(robot) == Queue.WAITING);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT9).release(KeyCode.CONTROL);
        waitFor(() -> selectedQueue(robot) == Queue.CLOSED);

        // F1 opens the help, which lists the queue keys; after closing it (Esc) F2 works
        robot.clickOn("#nav-DONE");
        robot.type(KeyCode.F1);
        waitFor(() -> robot.lookup("#help-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#help-queue-keys").queryAs(javafx.scene.layout.GridPane.class).getChildren())
                .extracting(n -> ((javafx.scene.control.Label) n).getText())
                .contains("Ctrl+1", "Mới tiếp nhận", "Ctrl+9", "Từ chối / Dừng / Rút");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#help-dialog").tryQuery().isEmpty());
        robot.type(KeyCode.F2);
        waitFor(this::registerShown);

        // F3 from the side bar goes to the search box of "Tra cứu hồ sơ"; F2 from the search box
        robot.clickOn("#nav-NEW");
        robot.type(KeyCode.F3);
        waitFor(() -> selectedQueue(robot) == Queue.ALL && robot.lookup("#queue-search").query().isFocused());
        robot.write("duc");
        robot.type(KeyCode.F2);
        waitFor(this::registerShown);

        // F5 from the side bar refreshes (a dossier registered behind the desk's back shows in the list)
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitFor(() -> table(robot).getItems().size() == 1);
        ui.desk().register("1.004873", "2026-04-29T08:40", "Trần Minh Đức"); // the search "duc" stays
        robot.clickOn("#nav-NEW");
        robot.type(KeyCode.F5);
        waitFor(() -> table(robot).getItems().size() == 2);

        // Ctrl+L from the side bar locks
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitFor(() -> ui.app().mainView().isLocked());
    }

    private boolean registerShown() {
        return ui.app().mainView().place().screen() != null
                && ui.app().mainView().place().screen().equals("register");
    }

    @SuppressWarnings("unchecked")
    private static Queue selectedQueue(FxRobot robot) {
        return ((ListView<Queue>) robot.lookup("#nav-queues").query()).getSelectionModel().getSelectedItem();
    }

    private static javafx.scene.control.TableView<?> table(FxRobot robot) {
        Node n = robot.lookup("#queue-table").query();
        return (javafx.scene.control.TableView<?>) n;
    }
}

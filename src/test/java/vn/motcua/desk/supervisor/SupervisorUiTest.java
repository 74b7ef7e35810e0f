package vn.motcua.desk.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.desk.DeskApp;
import vn.motcua.desk.PlaceholderReceiptPrinter;
import vn.motcua.desk.common.DeskPreferences;
import vn.motcua.desk.common.FxTaskExecutor;
import vn.motcua.service.DashboardFixture;
import vn.motcua.service.DashboardService.Figure;
import vn.motcua.service.DashboardService.Line;
import vn.motcua.service.DeskFixture;

/**
 * The supervisor's home over the hand-counted {@link DashboardFixture}: every tile shows the expected figure, and
 * clicking "Quá hạn" lists exactly the overdue dossiers.
 */
@ExtendWith(ApplicationExtension.class)
class SupervisorUiTest {
    @TempDir
    static Path dir;
    private static DeskFixture desk;
    private static FxTaskExecutor tasks;

    @BeforeAll
    static void createDesk() {
        desk = DashboardFixture.create(dir);
        tasks = new FxTaskExecutor();
    }

    @AfterAll
    static void close() {
        tasks.close();
        desk.close();
    }

    @Start
    void start(Stage stage) {
        new DeskApp(desk.ctx(), DeskPreferences.load(dir), PlaceholderReceiptPrinter::new, tasks).start(stage);
    }

    @Test
    void figuresMatchTheFixture_andOverdueListsExactlyTheOverdueDossiers(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#login-username").tryQuery().isPresent());
        robot.clickOn("#login-username").write("lanhdao");
        robot.clickOn("#login-password").write("mat-khau-lanh-dao").type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#nav-supervisor").tryQuery().isPresent());
        robot.clickOn("#nav-supervisor");
        waitFor(() -> text(robot, "#figure-count-OVERDUE").equals("2"));
        assertThat(text(robot, "#figure-count-" + Figure.RECEIVED_TODAY)).isEqualTo("1");
        assertThat(text(robot, "#figure-count-" + Figure.DUE_TODAY)).isEqualTo("1");
        assertThat(text(robot, "#figure-count-" + Figure.DUE_SOON)).isEqualTo("1");
        assertThat(text(robot, "#figure-count-" + Figure.WAITING_LONG)).isEqualTo("1");
        assertThat(text(robot, "#figure-count-" + Figure.RETURNED_TODAY)).isEqualTo("1");
        assertThat(text(robot, "#figure-count-" + Figure.QUARANTINED)).isEqualTo("1");

        robot.clickOn("#figure-OVERDUE");
        TableView<Line> list = robot.lookup("#supervisor-list").queryTableView();
        waitFor(() -> list.getItems().size() == 2);
        assertThat(list.getItems()).extracting(Line::code)
                .containsExactly(DashboardFixture.code("D1"), DashboardFixture.code("B2"));
        assertThat(text(robot, "#supervisor-list-title")).isEqualTo("Quá hạn: 2 hồ sơ");

        robot.clickOn("#figure-RETURNED_TODAY");
        waitFor(() -> list.getItems().size() == 1
                && list.getItems().get(0).code().equals(DashboardFixture.code("F1")));

        // a figure opens the dossier; back returns to the supervisor's home
        robot.clickOn("#figure-OVERDUE");
        waitFor(() -> list.getItems().size() == 2);
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#dossier-code").equals(DashboardFixture.code("D1")));
        robot.clickOn("#dossier-back");
        waitFor(() -> robot.lookup("#figure-OVERDUE").tryQuery().isPresent());

        // sign out, so the main window's timers stop before the next test class reuses the toolkit
        robot.clickOn("#user-menu");
        robot.clickOn("#menu-signout");
        waitFor(() -> robot.lookup("#login-username").tryQuery().isPresent());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(condition).get();
        });
    }
}

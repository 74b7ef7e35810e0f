package vn.motcua.desk.main;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.waitFor;

import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.service.DeskFixture;
import vn.motcua.service.QueueService.QueueRow;

/**
 * Issue 15, "side bar counts update but the list does not until F5": a dossier registered elsewhere (the command
 * line, another desk by sync: here the service itself) raises the side bar's count at the window's next clock tick
 * AND shows in the list open beside it, without F5; one moved out of the queue elsewhere leaves both.
 */
@ExtendWith(ApplicationExtension.class)
class SideBarReloadUiTest {
    @TempDir
    static Path dir;
    private static DeskUi ui;

    @BeforeAll
    static void createDesk() {
        DeskFixture desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 29, 9, 0));
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
    void aCountChangedElsewhere_reloadsTheListShown_withoutF5(FxRobot robot) throws Exception {
        signIn(robot, "admin", DeskFixture.PASSWORD);
        TableView<?> table = robot.lookup("#queue-table").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 1 && count(robot).equals("1"));

        String code = ui.desk().register("1.004873", "2026-04-29T08:50", "Lê Thị Mới").dossier().code();
        assertThat(codes(table)).as("nothing moves before the tick").doesNotContain(code);
        robot.interact(() -> ui.app().mainView().tick());
        waitFor(() -> count(robot).equals("2"));
        waitFor(() -> codes(table).contains(code));
        assertThat(table.getItems()).hasSize(2);

        // moved on elsewhere: out of the count and out of the list
        ui.desk().ctx().dossiers().apply(code, DossierAction.TRANSFER, ui.desk().admin(), null, null, null);
        robot.interact(() -> ui.app().mainView().tick());
        waitFor(() -> count(robot).equals("1"));
        waitFor(() -> !codes(table).contains(code));
        assertThat(table.getItems()).hasSize(1);
    }

    private static String count(FxRobot robot) {
        return robot.lookup("#nav-NEW .nav-count").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static java.util.List<String> codes(TableView<?> table) {
        return table.getItems().stream().map(r -> ((QueueRow) r).dossier().code()).toList();
    }
}

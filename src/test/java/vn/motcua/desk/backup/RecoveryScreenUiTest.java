package vn.motcua.desk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.waitFor;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.desk.Elided;
import vn.motcua.desk.common.FxTaskExecutor;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.Theme;

/**
 * The recovery screen at 200 % text in the launcher's 900×640 window: plain Vietnamese, what restoring does, nothing
 * cut; the database library's English message only behind "Chi tiết".
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryScreenUiTest {
    private static final String FLYWAY = "org.flywaydb.core.api.FlywayException: Unable to obtain connection from "
            + "database: [SQLITE_NOTADB] File opened that is not a database file (file is not a database)";
    @TempDir
    static Path dir;
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private Scene scene;

    @Start
    void start(Stage stage) {
        Messages m = Messages.forLanguage("vi");
        Theme.install();
        RecoveryViewModel vm = new RecoveryViewModel(dir, FLYWAY, Clock.systemUTC(), tasks, m, () -> { });
        var root = new RecoveryView(vm, m, stage::close).root();
        Theme.applyTextScale(root, 200);
        scene = new Scene(root, 900, 640);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void plainVietnamese_nothingCut_detailsBehindAToggle(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#recovery-explain").tryQuery().isPresent());
        assertThat(robot.lookup("#recovery-explain").queryAs(Labeled.class).getText()).contains("bị hỏng");
        assertThat(robot.lookup("#recovery-restore-does").queryAs(Labeled.class).getText())
                .contains("Khôi phục sẽ thay tệp hỏng");
        assertThat(robot.lookup("#recovery-detail-text").query().isVisible()).as("details folded").isFalse();
        assertThat(robot.lookup(n -> n instanceof Labeled l && l.isVisible() && l.getText() != null
                && l.getText().contains("Flyway")).tryQuery()).isEmpty();
        assertThat(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> Elided.under(scene.getRoot())).get()).isEmpty();

        robot.clickOn("Chi tiết");
        waitFor(() -> robot.lookup("#recovery-detail-text").query().isVisible());
        assertThat(robot.lookup("#recovery-detail-text").queryTextInputControl().getText()).contains("Flyway");
    }
}

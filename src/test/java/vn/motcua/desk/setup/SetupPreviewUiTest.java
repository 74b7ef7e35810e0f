package vn.motcua.desk.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.text;
import static vn.motcua.desk.DeskUi.waitFor;

import java.nio.file.Path;
import java.time.Clock;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.desk.DeskApp;
import vn.motcua.desk.PlaceholderReceiptPrinter;
import vn.motcua.desk.common.DeskPreferences;
import vn.motcua.desk.common.FxTaskExecutor;
import vn.motcua.service.DeskContext;

/**
 * The first-run wizard shows the form header live; "UBND xã …" does not print "ỦY BAN NHÂN DÂN UBND XÃ …"; the
 * office's and the administrator's fields line up.
 */
@ExtendWith(ApplicationExtension.class)
class SetupPreviewUiTest {
    @TempDir
    static Path dir;
    private static DeskContext ctx;
    private static final FxTaskExecutor TASKS = new FxTaskExecutor();

    @Start
    void start(Stage stage) {
        ctx = DeskContext.open(dir, Clock.system(DeskContext.ZONE));
        new DeskApp(ctx, DeskPreferences.load(dir), PlaceholderReceiptPrinter::new, TASKS).start(stage);
    }

    @AfterAll
    static void close() {
        TASKS.close();
        ctx.close();
    }

    @Test
    void headerPreview_followsTheOfficeName_andNeverDoublesTheCommittee(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#setup-officeName").tryQuery().isPresent());
        robot.clickOn("#setup-officeName").write("UBND xã Quảng Phú");
        waitFor(() -> text(robot, "#setup-header-preview").startsWith("ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ\n"));
        assertThat(text(robot, "#setup-header-preview")).doesNotContain("UBND")
                .contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG").contains("Quảng Phú, ngày");
        // the two sections' fields start at the same x (they were 60 px apart: one label column each)
        double office = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> left(robot, "#setup-officeName")).get();
        assertThat(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> left(robot, "#setup-username")).get())
                .isEqualTo(office);
        assertThat(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> left(robot, "#setup-confirm")).get())
                .isEqualTo(office);
    }

    private static double left(FxRobot robot, String id) {
        javafx.scene.Node n = robot.lookup(id).query();
        return n.localToScene(n.getBoundsInLocal()).getMinX();
    }
}

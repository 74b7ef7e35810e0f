package vn.motcua.desk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.waitFor;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.service.DeskFixture;
import vn.motcua.desk.DeskPerClass;
import vn.motcua.desk.DeskUi;
import vn.motcua.desk.ScreenShots;

/**
 * Issue 15, "200 % text on 1366×768": the help (F1) and the backups dialog, taller than the screen at 200 % text,
 * open no taller than the screen, with their buttons inside it.
 */
@ExtendWith(ApplicationExtension.class)
class TallDialogsUiTest {
    @RegisterExtension
    static final DeskPerClass DESK = DeskPerClass.standard();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DESK.ui().start(stage, "en", 200);
    }

    @Test
    void helpAndBackupsFitTheScreenAt200Percent(FxRobot robot) throws Exception {
        DeskUi.signIn(robot, "admin", DeskFixture.PASSWORD);
        List<String> wrong = new ArrayList<>();
        robot.type(KeyCode.F1);
        wrong.addAll(fits(robot, "help"));
        ScreenShots.closeOthers(robot, stage);
        DeskUi.menu(robot, "menu-backup");
        wrong.addAll(fits(robot, "backups"));
        ScreenShots.closeOthers(robot, stage);
        assertThat(wrong).isEmpty();
    }

    private List<String> fits(FxRobot robot, String what) throws Exception {
        waitFor(() -> dialog() != null);
        double screenBottom = Screen.getPrimary().getVisualBounds().getMaxY();
        try {
            waitFor(() -> dialog().getY() + dialog().getHeight() <= screenBottom + 1);
        } catch (java.util.concurrent.TimeoutException e) {
            // said below with the numbers
        }
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            Window d = dialog();
            List<String> out = new ArrayList<>();
            if (d.getY() + d.getHeight() > screenBottom + 1) {
                out.add(String.format("%s: %.0f px tall at y %.0f, the screen ends at %.0f", what, d.getHeight(),
                        d.getY(), screenBottom));
            }
            Node bar = d.getScene().getRoot().lookup(".button-bar");
            if (bar instanceof ButtonBar) {
                Bounds b = bar.localToScreen(bar.getBoundsInLocal());
                if (b.getMaxY() > screenBottom + 1) {
                    out.add(String.format("%s: its buttons end at %.0f, below the screen (%.0f)", what, b.getMaxY(),
                            screenBottom));
                }
            } else {
                out.add(what + ": no button bar found");
            }
            return out;
        }).get();
    }

    private Window dialog() {
        return Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage && w.isShowing()
                && w.getWidth() > 0).reduce((a, b) -> b).orElse(null);
    }
}

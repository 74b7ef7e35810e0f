package vn.motcua.desk.main;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.waitFor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import vn.motcua.desk.DeskUi;
import vn.motcua.desk.Elided;
import vn.motcua.service.DeskFixture;
import vn.motcua.service.QueueService.Queue;
import vn.motcua.service.RealisticDesk;

/**
 * No label or button is cut to "…" at 100 % and 200 % text on a 1366 × 768 screen (at most: the headless screen's size), in Vietnamese and in English: the sign-in
 * screen, the queues, the registration form, a dossier, the supervisor's home, the reports, the help, the
 * administrator's dialogs (accounts, office, working hours, backups, display settings) and the lock. Table cells
 * may end in "…" (a long procedure name in its column); their headers may not. The supervisor's figure tiles keep
 * their names inside their padding.
 */
@ExtendWith(ApplicationExtension.class)
class LargeTextElidedUiTest {
    @TempDir
    static Path dir;
    private static DeskUi ui;
    private static String code;
    private Stage stage;
    private final List<String> cut = new ArrayList<>();

    @BeforeAll
    static void createDesk() {
        ui = DeskUi.over(RealisticDesk.create(dir, 80));
        code = ui.desk().ctx().queues().page(Queue.ALL, "", null, true, 0, 1).rows().get(0).dossier().code();
    }

    @AfterAll
    static void close() {
        ui.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void nothingIsCutAt100And200PercentInEitherLanguage(FxRobot robot) throws Exception {
        for (String run : new String[] {"vi", "en", "vi 100", "en 100"}) {
            String lang = run.substring(0, 2);
            DeskApp[] app = {ui.startAt(robot, stage, lang, run.endsWith("100") ? 100 : 200)};
            waitFor(() -> robot.lookup("#login-username").tryQuery().isPresent());
            check(run + " sign-in");
            DeskUi.signIn(robot, "admin", DeskFixture.PASSWORD);
            Thread.sleep(500);
            check(run + " queue");
            robot.type(KeyCode.F2);
            waitFor(() -> robot.lookup("#register-id").tryQuery().isPresent());
            check(run + " registration");
            robot.interact(() -> app[0].mainView().showDossier(code));
            waitFor(() -> DeskUi.text(robot, "#dossier-code").equals(code));
            check(run + " dossier");
            robot.interact(() -> app[0].mainView().showSupervisor());
            Thread.sleep(800);
            check(run + " supervisor");
            tilesHoldTheirNames(run);
            robot.interact(() -> app[0].mainView().showReports());
            Thread.sleep(800);
            check(run + " reports");
            robot.type(KeyCode.F1);
            Thread.sleep(400);
            check(run + " help");
            robot.type(KeyCode.ESCAPE);
            for (String item : new String[] {"#menu-users", "#menu-office", "#menu-work-hours", "#menu-backup",
                    "#menu-settings"}) {
                vn.motcua.desk.DeskUi.menu(robot, item.substring(1));
                waitFor(() -> Window.getWindows().stream().filter(Window::isShowing).count() > 1);
                Thread.sleep(400);
                check(run + " " + item.substring(6));
                robot.type(KeyCode.ESCAPE);
                waitFor(() -> Window.getWindows().stream().filter(Window::isShowing).count() == 1);
            }
            MainView main = app[0].mainView();
            robot.interact(main::lock);
            waitFor(() -> main.lockWindow() != null && main.lockWindow().isShowing());
            check(run + " lock");
            robot.clickOn("#lock-password").write(DeskFixture.PASSWORD).type(KeyCode.ENTER);
            waitFor(() -> !main.isLocked());
            robot.interact(app[0]::signOut);
            waitFor(() -> robot.lookup("#login-username").tryQuery().isPresent());
        }
        assertThat(cut).as("labels cut to … at 100 %% and 200 %% text on 1366 × 768").isEmpty();
    }

    /**
     * The supervisor's figure tiles: each name ends inside its tile's padding (a name kept whole by its minimum width
     * is never "…" but ran up to, or past, the tile's right edge: "Trả kết quả hôm nay" at 100 %).
     */
    private void tilesHoldTheirNames(String where) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        cut.addAll(WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            for (javafx.scene.Node n : stage.getScene().getRoot().lookupAll(".figure-name")) {
                javafx.scene.control.Button tile = (javafx.scene.control.Button) n.getParent().getParent();
                double right = tile.sceneToLocal(n.localToScene(n.getLayoutBounds())).getMaxX();
                double inside = tile.getWidth() - tile.getPadding().getRight() + 0.5;
                if (right > inside || tile.getWidth() <= 0) {
                    out.add(where + " supervisor: tile " + tile.getId() + " '" + ((javafx.scene.control.Label) n)
                            .getText() + "' ends at " + Math.round(right) + " px of " + Math.round(tile.getWidth()));
                }
            }
            return out;
        }).get());
    }

    /** Every label cut in every window shown now. */
    private void check(String where) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w.isShowing() && w.getScene() != null) {
                    w.getScene().getRoot().applyCss();
                    w.getScene().getRoot().layout();
                    Elided.underExceptCells(w.getScene().getRoot()).forEach(c -> out.add(where + ": " + c));
                }
            }
            return out;
        }).get();
        cut.addAll(found);
    }
}

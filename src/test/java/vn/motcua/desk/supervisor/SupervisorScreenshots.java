package vn.motcua.desk.supervisor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.desk.DeskPerClass;
import vn.motcua.desk.DeskUi;
import vn.motcua.service.RealisticDesk;

/**
 * Not a test: writes screenshots of the supervisor's screens over 3,000 generated dossiers, when run with
 * {@code -Dscreenshots=DIR} ({@code mvn -o test -Dtest=SupervisorScreenshots -Dscreenshots=/tmp/shots}).
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class SupervisorScreenshots {
    static {
        // Monocle's headless screen must hold a 1366 × 768 window (read when the toolkit starts)
        System.setProperty("headless.geometry", "1366x768-32");
    }

    @RegisterExtension
    static final DeskPerClass DESK = DeskPerClass.of(d -> RealisticDesk.create(d, 3000));
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DESK.ui().start(stage, "vi", 100);
    }

    @Test
    void shoot(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("screenshots"));
        Files.createDirectories(out);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#login-username").tryQuery().isPresent());
        robot.clickOn("#login-username").write("lanhdao");
        robot.clickOn("#login-password").write("mat-khau-lanh-dao").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#nav-supervisor").tryQuery().isPresent());
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        robot.clickOn("#nav-supervisor");
        Thread.sleep(1500);
        robot.clickOn("#figure-OVERDUE");
        Thread.sleep(1000);
        shot(robot, out.resolve("supervisor-home.png"));
        robot.clickOn("#supervisor-risk-tab");
        Thread.sleep(500);
        shot(robot, out.resolve("supervisor-risk.png"));
        robot.clickOn("#nav-reports");
        Thread.sleep(800);
        robot.interact(() -> {
            var b = robot.lookup(".button").queryAll().stream()
                    .filter(n -> n instanceof javafx.scene.control.Button x && "Quý này".equals(x.getText()))
                    .findFirst().orElseThrow();
            ((javafx.scene.control.Button) b).fire();
        });
        Thread.sleep(1500);
        shot(robot, out.resolve("reports-charts.png"));
        robot.interact(() -> {
            var tab = robot.lookup(".tab-pane").queryAll().stream().map(n -> (javafx.scene.control.TabPane) n)
                    .filter(tp -> tp.getTabs().size() == 3).findFirst().orElseThrow();
            tab.getSelectionModel().select(1);
        });
        Thread.sleep(500);
        shot(robot, out.resolve("reports-complaints.png"));
        vn.motcua.desk.DeskUi.menu(robot, "menu-counter-rating");
        Thread.sleep(800);
        robot.clickOn("#rating-code").write(firstDoneCode());
        robot.clickOn("#rating-open");
        Thread.sleep(800);
        var ratingStage = javafx.stage.Window.getWindows().stream().filter(w -> w != stage)
                .filter(w -> w instanceof Stage s && "Đánh giá mức độ hài lòng".equals(s.getTitle()))
                .findFirst().orElseThrow();
        var img = WaitForAsyncUtils.asyncFx(() -> ratingStage.getScene().snapshot(null)).get();
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png",
                out.resolve("counter-rating.png").toFile());
        robot.clickOn("#rating-DISSATISFIED");
        Thread.sleep(500);
        img = WaitForAsyncUtils.asyncFx(() -> ratingStage.getScene().snapshot(null)).get();
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png",
                out.resolve("counter-rating-reason.png").toFile());
        for (String extra : System.getProperty("screenshots.more", "").split(",")) {
            if (!extra.isBlank() && robot.lookup("#" + extra).tryQuery().isPresent()) {
                robot.clickOn("#" + extra);
                Thread.sleep(1500);
                shot(robot, out.resolve(extra + ".png"));
            }
        }
        robot.interact(ratingStage::hide);
        vn.motcua.desk.DeskUi.menu(robot, "menu-signout");
    }

    /** A returned dossier nobody has rated yet. */
    private static String firstDoneCode() {
        return DESK.ui().desk().ctx().database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT code FROM dossier WHERE status = 10 "
                    + "AND code NOT IN (SELECT dossier_code FROM rating UNION SELECT dossier_code FROM counter_rating) "
                    + "LIMIT 1")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private void shot(FxRobot robot, Path file) throws Exception {
        var image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}

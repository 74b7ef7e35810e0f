package vn.motcua.desk.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.desk.DeskApp;
import vn.motcua.desk.Elided;
import vn.motcua.desk.PlaceholderReceiptPrinter;
import vn.motcua.desk.common.DeskPreferences;
import vn.motcua.desk.common.FxTaskExecutor;
import vn.motcua.service.DeskFixture;
import vn.motcua.service.RealisticDesk;

/**
 * Not a test: screenshots of every main screen at 1366 × 768, 100 % and 200 % text, Vietnamese and English, over
 * 600 generated dossiers, with the labels found cut listed in {@code elided.txt}, when run with
 * {@code -Dscreenshots=DIR} ({@code mvn -o test -Dtest=MainScreensScreenshots -Dscreenshots=/tmp/shots}).
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class MainScreensScreenshots {
    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    @TempDir
    static Path dir;
    private static DeskFixture desk;
    private static FxTaskExecutor tasks;
    private Stage stage;
    private final StringBuilder elided = new StringBuilder();

    @BeforeAll
    static void createDesk() {
        desk = RealisticDesk.create(dir, 600);
        tasks = new FxTaskExecutor();
    }

    @AfterAll
    static void close() {
        tasks.close();
        desk.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void shoot(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("screenshots"));
        Files.createDirectories(out);
        for (String lang : new String[] {"vi", "en"}) {
            for (int scale : new int[] {100, 200}) {
                String tag = lang + "-" + scale;
                DeskPreferences prefs = DeskPreferences.load(dir);
                prefs.setLanguage(lang);
                prefs.setTextScale(scale);
                prefs.save();
                robot.interact(() -> {
                    new DeskApp(desk.ctx(), DeskPreferences.load(dir), PlaceholderReceiptPrinter::new, tasks)
                            .start(stage);
                    stage.setWidth(1366);
                    stage.setHeight(768);
                });
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                        () -> robot.lookup("#login-username").tryQuery().isPresent());
                shot(robot, out, tag, "01-login");
                robot.clickOn("#login-username").write("lanhdao");
                robot.clickOn("#login-password").write("mat-khau-lanh-dao").type(KeyCode.ENTER);
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                        () -> robot.lookup("#status-user").tryQuery().isPresent());
                Thread.sleep(1500);
                shot(robot, out, tag, "02-queue-new");
                robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT8).release(KeyCode.CONTROL);
                Thread.sleep(1200);
                shot(robot, out, tag, "03-queue-overdue");
                robot.type(KeyCode.F2);
                Thread.sleep(800);
                robot.write("ket hon").type(KeyCode.ENTER);
                Thread.sleep(800);
                robot.write("038095001234");
                Thread.sleep(400);
                robot.type(KeyCode.TAB).write("12");
                Thread.sleep(600);
                shot(robot, out, tag, "04-register");
                robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup(".register-page .scroll-pane")
                        .query()).setVvalue(1));
                Thread.sleep(300);
                shot(robot, out, tag, "05-register-bottom");
                robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
                Thread.sleep(1200);
                robot.type(KeyCode.ENTER);
                Thread.sleep(1500);
                shot(robot, out, tag, "06-dossier");
                robot.clickOn("#nav-supervisor");
                Thread.sleep(1500);
                robot.clickOn("#figure-OVERDUE");
                Thread.sleep(1200);
                shot(robot, out, tag, "07-supervisor");
                robot.clickOn("#nav-reports");
                Thread.sleep(1500);
                shot(robot, out, tag, "08-reports");
                robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
                robot.type(KeyCode.F1);
                Thread.sleep(800);
                shotWindow(robot, out, tag, "09-help");
                robot.type(KeyCode.ESCAPE);
                Thread.sleep(300);
                vn.motcua.desk.DeskUi.menu(robot, "menu-signout");
                Thread.sleep(500);
                if (robot.lookup("#draft-discard").tryQuery().isPresent()) {
                    robot.clickOn("#draft-discard");
                }
                Thread.sleep(500);
            }
        }
        Files.writeString(out.resolve("elided.txt"), elided.toString());
    }

    private void shot(FxRobot robot, Path out, String tag, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                out.resolve(tag + "-" + name + ".png").toFile());
        var cut = WaitForAsyncUtils.asyncFx(() -> Elided.under(stage.getScene().getRoot())).get();
        cut.forEach(c -> elided.append(tag).append(' ').append(name).append(": ").append(c).append('\n'));
    }

    private void shotWindow(FxRobot robot, Path out, String tag, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Window w = Window.getWindows().stream().filter(x -> x != stage && x.isShowing()).reduce((a, b) -> b)
                .orElse(stage);
        var image = WaitForAsyncUtils.asyncFx(() -> w.getScene().snapshot(null)).get();
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                out.resolve(tag + "-" + name + ".png").toFile());
    }
}

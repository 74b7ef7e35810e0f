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
 * {@code -Dscreenshots=DIR} ({@code mvn -o test -Dtest=MainScreensScreenshots -Dscreenshots=target/screenshots}):
 * every window that shows (dialogs, menus, notices) drawn at its place on the screen, signed in as the administrator.
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
                robot.clickOn("#login-username").write("admin");
                robot.clickOn("#login-password").write(DeskFixture.PASSWORD).type(KeyCode.ENTER);
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
                shot(robot, out, tag, "09-help");
                robot.type(KeyCode.ESCAPE);
                Thread.sleep(300);
                robot.clickOn("#user-menu");
                Thread.sleep(500);
                shot(robot, out, tag, "10-user-menu");
                robot.clickOn("#menu-admin");
                Thread.sleep(500);
                shot(robot, out, tag, "11-user-menu-admin");
                closeOthers(robot);
                String[][] dialogs = {{"menu-settings", "12-settings"}, {"menu-users", "13-users"},
                    {"menu-office", "14-office"}, {"menu-work-hours", "15-work-hours"},
                    {"menu-print-settings", "16-print-settings"}, {"menu-backup", "17-backup"},
                    {"menu-sync-connection", "18-sync-connection"}, {"menu-counter-rating", "19-rating-window"}};
                for (String[] d : dialogs) {
                    vn.motcua.desk.DeskUi.menu(robot, d[0]);
                    Thread.sleep(1500);
                    shot(robot, out, tag, d[1]);
                    closeOthers(robot);
                }
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

    /**
     * The whole 1366 × 768 screen as a clerk sees it: every showing window (the main one, dialogs, menus and their
     * submenus, corner notices) drawn at its place, back to front; the labels cut in any of them are listed.
     */
    private void shot(FxRobot robot, Path out, String tag, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        java.awt.image.BufferedImage all = new java.awt.image.BufferedImage(1366, 768,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = all.createGraphics();
        // a menu only in the menu's own shots (a closed menu's popup may still count as showing under Monocle)
        java.util.List<Window> windows = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null)
                .filter(w -> name.contains("menu") || !(w instanceof javafx.scene.control.ContextMenu)).toList())
                .get();
        for (Window w : windows) {
            var image = WaitForAsyncUtils.asyncFx(() -> w.getScene().snapshot(null)).get();
            // placed as on the screen, relative to the main window (which fills it)
            int x = w == stage ? 0 : (int) (w.getX() + w.getScene().getX() - stage.getX() - stage.getScene().getX());
            int y = w == stage ? 0 : (int) (w.getY() + w.getScene().getY() - stage.getY() - stage.getScene().getY());
            g.drawImage(SwingFXUtils.fromFXImage(image, null), x, y, null);
            var cut = WaitForAsyncUtils.asyncFx(() -> Elided.under(w.getScene().getRoot())).get();
            cut.forEach(c -> elided.append(tag).append(' ').append(name).append(": ").append(c).append('\n'));
        }
        g.dispose();
        javax.imageio.ImageIO.write(all, "png", out.resolve(tag + "-" + name + ".png").toFile());
    }

    /** Closes every window but the main one (Escape first, as a clerk would; what stays is hidden). */
    private void closeOthers(FxRobot robot) throws Exception {
        for (int i = 0; i < 3 && !others().isEmpty(); i++) {
            robot.type(KeyCode.ESCAPE);
            Thread.sleep(300);
        }
        robot.interact(() -> others().forEach(Window::hide));
        Thread.sleep(300);
    }

    private java.util.List<Window> others() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList();
    }
}

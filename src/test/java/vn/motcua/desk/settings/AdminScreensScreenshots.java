package vn.motcua.desk.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
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
import vn.motcua.desk.DeskUi;
import vn.motcua.desk.Elided;
import vn.motcua.desk.PlaceholderReceiptPrinter;
import vn.motcua.desk.common.DeskPreferences;
import vn.motcua.desk.common.FxTaskExecutor;
import vn.motcua.service.DeskFixture;

/** Screenshots of the administrator's office, working-hours and catalogue-import dialogs ({@code -Dscreenshots=DIR}). */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class AdminScreensScreenshots {
    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    @TempDir
    static Path dir;
    @TempDir
    static Path files;
    private static DeskFixture desk;
    private static FxTaskExecutor tasks;
    private Stage stage;
    private final StringBuilder elided = new StringBuilder();

    @BeforeAll
    static void createDesk() {
        desk = AdminScreens.deskWithClerk(dir);
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
        Path bad = files.resolve("sai.json");
        Files.writeString(bad, new String(getClass().getResourceAsStream("/vn/motcua/catalog/sample-catalog.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"name\": \"Đăng ký khai sinh\"", "\"name\": \"\"")
                .replaceFirst("\"unit\": \"same-day\"", "\"unit\": \"fortnight\""));
        for (int scale : new int[] {100, 200}) {
            String tag = "vi-" + scale;
            DeskPreferences prefs = DeskPreferences.load(dir);
            prefs.setTextScale(scale);
            prefs.save();
            DeskApp[] app = new DeskApp[1];
            robot.interact(() -> {
                app[0] = new DeskApp(desk.ctx(), DeskPreferences.load(dir), PlaceholderReceiptPrinter::new, tasks);
                app[0].start(stage);
                stage.setWidth(1366);
                stage.setHeight(768);
            });
            DeskUi.signIn(robot, "admin", DeskFixture.PASSWORD);
            robot.clickOn("#user-menu");
            Thread.sleep(400);
            shot(out, tag, "01-user-menu", stage);
            robot.type(javafx.scene.input.KeyCode.ESCAPE);
            vn.motcua.desk.DeskUi.menu(robot, "menu-office"); // in the "Quản trị" submenu
            DeskUi.waitFor(() -> robot.lookup("#office-name").tryQuery().isPresent());
            shotWindow(out, tag, "02-office");
            robot.clickOn("#office-cancel");
            vn.motcua.desk.DeskUi.menu(robot, "menu-work-hours");
            DeskUi.waitFor(() -> robot.lookup("#workhours-cutoff").tryQuery().isPresent());
            robot.interact(() -> robot.lookup("#workhours-cutoff").queryAs(javafx.scene.control.TextField.class)
                    .setText("18:00"));
            robot.clickOn("#workhours-save");
            Thread.sleep(400);
            shotWindow(out, tag, "03-work-hours-error");
            robot.clickOn("#workhours-cancel");
            Window owner = stage;
            Platform.runLater(() -> CatalogImportDialog.importFile(owner, app[0].messages(), desk.ctx().catalog(),
                    desk.admin(), tasks, bad));
            DeskUi.waitFor(() -> robot.lookup("#catalog-import-summary").tryQuery().isPresent());
            shotWindow(out, tag, "04-catalog-refused");
            robot.clickOn("#catalog-import-close");
        }
        Files.writeString(out.resolve("elided.txt"), elided.toString());
    }

    private void shot(Path out, String tag, String name, Window w) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> w.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                out.resolve(tag + "-" + name + ".png").toFile());
        var cut = WaitForAsyncUtils.asyncFx(() -> Elided.under(w.getScene().getRoot())).get();
        cut.forEach(c -> elided.append(tag).append(' ').append(name).append(": ").append(c).append('\n'));
    }

    private void shotWindow(Path out, String tag, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Window w = Window.getWindows().stream().filter(x -> x != stage && x.isShowing()).reduce((a, b) -> b)
                .orElse(stage);
        shot(out, tag, name, w);
    }
}

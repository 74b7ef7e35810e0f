package vn.motcua.desk.register;

import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.text;
import static vn.motcua.desk.DeskUi.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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
import vn.motcua.desk.DeskUi;
import vn.motcua.service.DeskFixture;

/**
 * Not a test: the registration screen with messages showing, scrolled top and bottom, as pictures, at the text size
 * and language given ({@code mvn -o test -Dtest=RegisterScreenshots -Dscreenshots=DIR -Dscale=200 -Dlang=en}).
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class RegisterScreenshots {
    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    @TempDir
    static Path dir;
    private static DeskUi ui;
    private Stage stage;

    @BeforeAll
    static void createDesk() throws Exception {
        DeskFixture desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 29, 9, 0));
        Files.writeString(dir.resolve("desk-preferences.properties"), "textScale="
                + System.getProperty("scale", "100") + "\nlanguage=" + System.getProperty("lang", "vi")
                + "\nidleMinutes=0\n");
        ui = DeskUi.over(desk);
    }

    @AfterAll
    static void close() {
        ui.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setWidth(1366);
        stage.setHeight(768);
        ui.start(stage);
    }

    @Test
    void registration(FxRobot robot) throws Exception {
        String tag = System.getProperty("lang", "vi") + "-" + System.getProperty("scale", "100");
        signIn(robot, "admin", DeskFixture.PASSWORD);
        robot.type(KeyCode.F2);
        waitFor(() -> robot.lookup("#register-procedure").tryQuery().isPresent());
        Thread.sleep(800);
        shoot("register-empty-" + tag);
        robot.clickOn("#register-procedure").write("khai sinh").type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#register-chosen").contains("1.001193"));
        WaitForAsyncUtils.asyncFx(() -> {
            robot.lookup("#register-id").queryAs(TextField.class).setText("03809500123");
            robot.lookup("#register-name").queryAs(TextField.class).setText("Nguyễn Văn 2");
            robot.lookup("#register-phone").queryAs(TextField.class).setText("12345");
        }).get();
        Thread.sleep(800);
        shoot("register-errors-" + tag);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#register-doc-0").query().requestFocus()).get();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(".edge-to-edge").queryAs(ScrollPane.class).setVvalue(0.6)).get();
        Thread.sleep(800);
        shoot("register-documents-" + tag);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(".edge-to-edge").queryAs(ScrollPane.class).setVvalue(1)).get();
        Thread.sleep(800);
        shoot("register-bottom-" + tag);
    }

    private void shoot(String name) throws Exception {
        Path out = Path.of(System.getProperty("screenshots")).resolve(name + ".png");
        Files.createDirectories(out.getParent());
        var image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }
}

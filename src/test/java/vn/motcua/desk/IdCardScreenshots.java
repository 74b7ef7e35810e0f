package vn.motcua.desk;

import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.text;
import static vn.motcua.desk.DeskUi.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.embed.swing.SwingFXUtils;
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
import vn.motcua.desk.scan.WedgeKeys;
import vn.motcua.service.DeskFixture;

/**
 * Not a test: the registration screen filled by an ID-card scan, as a picture, at the text size given by
 * {@code -Dscale=100|200} ({@code mvn -o test -Dtest=IdCardScreenshots -Dscreenshots=DIR -Dscale=200}; under Xvfb
 * with the real toolkit add {@code -DargLine="-Dprism.order=sw"} and DISPLAY).
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class IdCardScreenshots {
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
                + System.getProperty("scale", "100") + "\nlanguage=vi\nidleMinutes=0\n");
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
    void filledRegistration(FxRobot robot) throws Exception {
        signIn(robot, "admin", DeskFixture.PASSWORD);
        waitFor(() -> robot.lookup("#queue-table").tryQuery().isPresent());
        WaitForAsyncUtils.asyncFx(() -> ui.app().mainView().scanning().useTiming(System::nanoTime,
                javafx.util.Duration.seconds(5))).get();
        WaitForAsyncUtils.asyncFx(() -> WedgeKeys.burst(stage.getScene(), IdCardScanUiTest.CARD_B)).get();
        waitFor(() -> text(robot, "#register-id").equals("001090123456"));
        Thread.sleep(1500);
        shoot("idcard-register-filled-" + System.getProperty("scale", "100"));
        WaitForAsyncUtils.asyncFx(() -> WedgeKeys.burst(stage.getScene(),
                "001090123456||NGUYEN VAN AN|01011990|Nam|Thon Dong, Xa Yen Hoa|15042021")).get();
        waitFor(() -> text(robot, "#register-name").equals("Nguyen Van An"));
        Thread.sleep(800);
        shoot("idcard-register-nodiacritics-" + System.getProperty("scale", "100"));
        WaitForAsyncUtils.asyncFx(() -> WedgeKeys.burst(stage.getScene(),
                "001090123456|012345678|NGUY?N V?N AN|01011990|Nam|X? Y?n H?a|15042021")).get();
        waitFor(() -> text(robot, "#register-card-message").contains("«?»"));
        Thread.sleep(800);
        shoot("idcard-register-damaged-" + System.getProperty("scale", "100"));
    }

    private void shoot(String name) throws Exception {
        Path out = Path.of(System.getProperty("screenshots")).resolve(name + ".png");
        Files.createDirectories(out.getParent());
        var image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
        if (System.getenv("DISPLAY") != null && !"true".equals(System.getProperty("testfx.headless"))) {
            new ProcessBuilder("import", "-window", "root", out.resolveSibling(name + "-xvfb.png").toString())
                    .inheritIO().start().waitFor();
        }
    }
}

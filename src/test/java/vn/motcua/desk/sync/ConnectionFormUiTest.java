package vn.motcua.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.desk.common.FxTaskExecutor;
import vn.motcua.desk.common.Messages;
import vn.motcua.service.DeskFixture;

/**
 * The "Kết nối máy chủ" form as an administrator uses it (TestFX + Monocle) against a real central server over HTTP:
 * a mistyped code is refused with the server's reason, the right one enrolls and the form shows the server, office
 * and desk it is enrolled with.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionFormUiTest {
    @TempDir
    static Path dir;
    private static TestCentral central;
    private static DeskFixture desk;
    private static FxTaskExecutor tasks;
    private static final AtomicBoolean enrolled = new AtomicBoolean();

    @BeforeAll
    static void startServerAndDesk() throws Exception {
        central = TestCentral.start(dir.resolve("central"));
        desk = DeskFixture.create(dir.resolve("desk"), 1, LocalDateTime.now());
        tasks = new FxTaskExecutor();
    }

    @AfterAll
    static void stop() {
        tasks.close();
        desk.close();
        central.close();
    }

    @Start
    void start(Stage stage) {
        Messages m = Messages.forLanguage("vi");
        ConnectionViewModel vm = new ConnectionViewModel(desk.ctx().sync(), desk.admin(), tasks, m, desk.ctx().clock());
        StackPane root = new StackPane(ConnectionDialog.content(m, vm, () -> enrolled.set(true)));
        root.setStyle("-fx-padding: 16");
        stage.setScene(new Scene(root, 760, 620));
        stage.show();
        vm.load();
    }

    @Test
    void administrator_enrollsTheDeskWithUrlAndCode(FxRobot robot) throws Exception {
        waitFor(() -> text(robot, "#sync-enrolled-server").equals("Chưa đăng ký"));
        assertThat(robot.lookup("#sync-enroll").queryButton().isDisabled()).isTrue();

        robot.clickOn("#sync-url").write(central.url());
        robot.clickOn("#sync-code").write("ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ");
        robot.clickOn("#sync-enroll");
        waitFor(() -> !text(robot, "#sync-error").isEmpty());
        assertThat(text(robot, "#sync-error")).contains("Mã đăng ký");
        assertThat(enrolled).isFalse();

        String code = central.code(1);
        robot.doubleClickOn("#sync-code").eraseText(30).write(code);
        robot.clickOn("#sync-device").write("Quầy 1");
        robot.clickOn("#sync-enroll");
        waitFor(() -> !text(robot, "#sync-message").isEmpty());
        assertThat(text(robot, "#sync-message")).contains("Xã Quảng Phú").contains("quầy số 1");
        assertThat(robot.lookup("#sync-error").query().isVisible()).isFalse();
        waitFor(() -> text(robot, "#sync-enrolled-server").equals(central.url()));
        assertThat(text(robot, "#sync-enrolled-office")).isEqualTo(DeskFixture.AGENCY);
        assertThat(text(robot, "#sync-enrolled-desk")).isEqualTo("Quầy số 1");
        assertThat(enrolled).isTrue();
        assertThat(desk.ctx().sync().status().enrolled()).isTrue();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}

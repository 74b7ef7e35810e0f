package vn.motcua.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.signOut;
import static vn.motcua.desk.DeskUi.text;
import static vn.motcua.desk.DeskUi.waitFor;

import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.domain.account.Role;
import vn.motcua.service.DeskFixture;

/**
 * The clerk's day in one headless run (TestFX + Monocle): sign in, register a dossier by typing and picking, find it
 * by search in its queue, move it to "Đã trả kết quả", and see a refused action's reason.
 */
@ExtendWith(ApplicationExtension.class)
class DeskUiTest {
    @TempDir
    static Path dir;
    private static DeskUi ui;
    private static DeskFixture desk;

    @BeforeAll
    static void createDesk() {
        desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 29, 9, 0));
        desk.ctx().accounts().create(desk.admin(), "canbo", "Trần Thị Cán Bộ", "Cán bộ một cửa", "", Role.CLERK,
                "mat-khau-can-bo");
        ui = DeskUi.over(desk);
    }

    @AfterAll
    static void close() {
        ui.close();
    }

    @Start
    void start(Stage stage) {
        ui.start(stage);
    }

    @Test
    void clerk_registersFindsAndCompletesADossier(FxRobot robot) throws Exception {
        // sign in
        signIn(robot, "canbo", "mat-khau-can-bo");
        assertThat(text(robot, "#status-user")).contains("Trần Thị Cán Bộ");
        assertThat(text(robot, "#status-connection")).isEqualTo("Chưa kết nối máy chủ");

        // register: pick the procedure by typing, fill the applicant, accept
        robot.type(KeyCode.F2);
        waitFor(() -> robot.lookup("#register-procedure").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#register-procedure").write("ket hon");
        waitFor(() -> robot.lookup("#register-suggestions").queryListView().getItems().size() >= 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#register-chosen").contains("Đăng ký kết hôn"));
        robot.clickOn("#register-id").write("038095001234");
        robot.clickOn("#register-name").write("nguyễn văn đức");
        robot.clickOn("#register-phone").write("0912345678");
        waitFor(() -> text(robot, "#register-appointment").contains("2026"));
        robot.clickOn("#register-submit");
        waitFor(() -> robot.lookup("#received-code").tryQuery().isPresent());
        String code = text(robot, "#received-code");
        assertThat(code).startsWith("000.00.01.H22-260429-");
        robot.clickOn("#received-print");
        waitFor(() -> text(robot, "#received-print-status").contains(code));
        robot.clickOn("#received-next");

        // find it by search in "Mới tiếp nhận"
        robot.clickOn("#nav-NEW");
        robot.clickOn("#queue-search").write("nguyen van duc");
        TableView<?> table = robot.lookup("#queue-table").queryTableView();
        waitFor(() -> table.getItems().size() == 1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#dossier-code").equals(code));

        // through the lifecycle to "Đã trả kết quả"
        act(robot, "TRANSFER", "Đang xử lý");
        act(robot, "FINISH", "Đã xử lý xong (chờ trả kết quả)");
        act(robot, "RETURN_RESULT", "Đã trả kết quả");
        assertThat(desk.ctx().dossiers().show(code, desk.admin()).orElseThrow().progress()).hasSize(4);

        // a clerk may not revoke a hand-over: the service refuses and the reason shows
        robot.clickOn("#action-REVOKE_RETURN");
        robot.clickOn("#action-reason").write("Trả nhầm hồ sơ");
        robot.clickOn("#action-ok");
        waitFor(() -> robot.lookup("#action-confirm-yes").tryQuery().isPresent()); // "Thu hồi" asks once more
        robot.clickOn("#action-confirm-yes");
        waitFor(() -> !text(robot, "#dossier-error").isEmpty());
        assertThat(text(robot, "#dossier-error")).contains("thu hồi").contains("«Quản trị»");
        assertThat(text(robot, "#dossier-status")).isEqualTo("Đã trả kết quả");

        // the print menu sits in the dossier's header bar, next to "Quay lại"
        assertThat(robot.lookup("#dossier-print-menu").query().getParent())
                .isSameAs(robot.lookup("#dossier-back").query().getParent());
        signOut(robot);
    }

    private void act(FxRobot robot, String action, String expectedStatus) throws Exception {
        waitFor(() -> robot.lookup("#action-" + action).tryQuery().isPresent());
        robot.clickOn("#action-" + action);
        waitFor(() -> robot.lookup("#action-ok").tryQuery().isPresent());
        robot.clickOn("#action-ok");
        waitFor(() -> text(robot, "#dossier-status").equals(expectedStatus));
    }

}

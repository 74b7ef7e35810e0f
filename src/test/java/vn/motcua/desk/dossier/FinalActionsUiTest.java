package vn.motcua.desk.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.text;
import static vn.motcua.desk.DeskUi.waitFor;

import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.desk.DeskUi;
import vn.motcua.domain.account.Role;
import vn.motcua.service.DeskFixture;

/** "Rút hồ sơ" (like "Thu hồi", "Dừng xử lý") asks once more after the reason; cancelling there changes nothing. */
@ExtendWith(ApplicationExtension.class)
class FinalActionsUiTest {
    @TempDir
    static Path dir;
    private static DeskUi ui;
    private static String code;

    @BeforeAll
    static void createDesk() {
        DeskFixture desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 29, 9, 0));
        desk.ctx().accounts().create(desk.admin(), "canbo", "Trần Thị Cán Bộ", "Cán bộ một cửa", "", Role.CLERK,
                "mat-khau-can-bo");
        code = desk.register("1.004873", "2026-04-29T08:30", "Nguyễn Văn Đức").dossier().code();
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
    void withdrawAsksBeforeItEndsTheDossier(FxRobot robot) throws Exception {
        signIn(robot, "canbo", "mat-khau-can-bo");
        robot.interact(() -> ui.app().mainView().showDossier(code));
        waitFor(() -> text(robot, "#dossier-code").equals(code));
        String before = text(robot, "#dossier-status");

        robot.clickOn("#action-WITHDRAW");
        waitFor(() -> robot.lookup("#action-reason").tryQuery().isPresent());
        robot.clickOn("#action-reason").write("Công dân xin rút");
        robot.clickOn("#action-ok");
        waitFor(() -> robot.lookup("#action-confirm-no").tryQuery().isPresent());
        assertThat(DeskUi.text(robot, ".dialog-message")).contains(code).contains("Công dân yêu cầu rút hồ sơ");
        robot.clickOn("#action-confirm-no");
        waitFor(() -> robot.lookup("#action-confirm-no").tryQuery().isEmpty());
        Thread.sleep(300);
        assertThat(text(robot, "#dossier-status")).isEqualTo(before);

        robot.clickOn("#action-WITHDRAW");
        waitFor(() -> robot.lookup("#action-reason").tryQuery().isPresent());
        robot.clickOn("#action-reason").write("Công dân xin rút");
        robot.clickOn("#action-ok");
        waitFor(() -> robot.lookup("#action-confirm-yes").tryQuery().isPresent());
        robot.clickOn("#action-confirm-yes");
        waitFor(() -> text(robot, "#dossier-status").equals("Công dân yêu cầu rút hồ sơ"));
    }
}

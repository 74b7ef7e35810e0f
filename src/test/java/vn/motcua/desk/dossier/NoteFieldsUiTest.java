package vn.motcua.desk.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.text;
import static vn.motcua.desk.DeskUi.waitFor;

import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.scene.control.TextArea;
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
import vn.motcua.desk.DeskUi;
import vn.motcua.domain.account.Role;
import vn.motcua.service.DeskFixture;

/** Note boxes: Tab leaves them (no tab typed), Ctrl+Enter confirms the dialog; the registration notes too. */
@ExtendWith(ApplicationExtension.class)
class NoteFieldsUiTest {
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
    void tabLeavesTheNote_ctrlEnterConfirms(FxRobot robot) throws Exception {
        signIn(robot, "canbo", "mat-khau-can-bo");
        robot.interact(() -> ui.app().mainView().showDossier(code));
        waitFor(() -> text(robot, "#dossier-code").equals(code));
        robot.clickOn("#action-TRANSFER");
        waitFor(() -> robot.lookup("#action-reason").tryQuery().isPresent());
        TextArea reason = robot.lookup("#action-reason").queryAs(TextArea.class);
        robot.clickOn("#action-reason").write("Chuyển phòng Tư pháp");
        waitFor(() -> reason.getText().equals("Chuyển phòng Tư pháp"));
        robot.type(KeyCode.TAB);
        waitFor(() -> !reason.isFocused());
        assertThat(reason.getText()).isEqualTo("Chuyển phòng Tư pháp");
        robot.clickOn("#action-reason");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitFor(() -> text(robot, "#dossier-status").equals("Đang xử lý"));
        assertThat(robot.lookup("#action-reason").tryQuery()).isEmpty();

        // the registration form's notes: Tab goes on, nothing typed into the box
        robot.type(KeyCode.F2);
        waitFor(() -> robot.lookup("#register-notes").tryQuery().isPresent());
        TextArea notes = robot.lookup("#register-notes").queryAs(TextArea.class);
        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup(".register-page .scroll-pane").query())
                .setVvalue(1));
        robot.clickOn("#register-notes").write("Ghi chú");
        waitFor(() -> notes.getText().equals("Ghi chú"));
        robot.type(KeyCode.TAB);
        waitFor(() -> !notes.isFocused());
        assertThat(notes.getText()).isEqualTo("Ghi chú");
    }
}

package vn.motcua.desk.register;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.text;
import static vn.motcua.desk.DeskUi.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.scene.control.CheckBox;
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
import vn.motcua.desk.PlaceholderReceiptPrinter;
import vn.motcua.desk.common.DeskPreferences;
import vn.motcua.domain.account.Role;
import vn.motcua.service.DeskFixture;

/**
 * A half-filled registration is never lost: it is written to the clerk's draft file as the clerk types; closing the
 * window asks (keep / discard / stay); after a crash (the desk started again without closing) the next sign-in offers
 * it back with everything typed, documents ticked as they were. Required documents start unticked; Ctrl+D ticks all;
 * "Làm lại" asks first.
 */
@ExtendWith(ApplicationExtension.class)
class RegistrationDraftUiTest {
    private static final String PASSWORD = "mat-khau-can-bo";
    @TempDir
    static Path dir;
    private static DeskUi ui;
    private static Path draftFile;
    private Stage stage;

    @BeforeAll
    static void createDesk() {
        DeskFixture desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 29, 9, 0));
        desk.ctx().accounts().create(desk.admin(), "canbo", "Trần Thị Cán Bộ", "Cán bộ một cửa", "", Role.CLERK,
                PASSWORD);
        draftFile = new RegistrationDraft.Store(desk.ctx().dataDir(), "canbo").file();
        ui = DeskUi.over(desk);
    }

    @AfterAll
    static void close() {
        ui.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        current = ui.start(stage);
    }

    private vn.motcua.desk.DeskApp current;

    @Test
    void draft_keptAsTyped_askedOnClose_offeredBackAfterACrash(FxRobot robot) throws Exception {
        signIn(robot, "canbo", PASSWORD);
        robot.type(KeyCode.F2);
        waitFor(() -> robot.lookup("#register-procedure").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("#register-procedure").write("ket hon");
        waitFor(() -> robot.lookup("#register-suggestions").queryListView().getItems().size() >= 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#register-chosen").contains("Đăng ký kết hôn"));

        // required documents start unticked; Ctrl+D ticks them all
        CheckBox first = robot.lookup("#register-doc-0").queryAs(CheckBox.class);
        assertThat(first.isSelected()).isFalse();
        robot.clickOn("#register-name").write("Nguyễn Văn Đức");
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        waitFor(first::isSelected);
        // the clerk unticks one paper the citizen did not bring (Space on its tick: it may be below the fold)
        robot.interact(first::requestFocus);
        robot.type(KeyCode.SPACE);
        waitFor(() -> !first.isSelected());
        robot.clickOn("#register-phone").write("0912345678");

        // kept as typed (a moment after the last key), without closing anything
        waitFor(() -> Files.exists(draftFile) && Files.readString(draftFile).contains("0912345678"));
        assertThat(Files.readString(draftFile)).contains("Nguyễn Văn Đức");

        // closing the window asks; "Ở lại" keeps the window and the form
        closeWindow();
        waitFor(() -> robot.lookup("#draft-leave").tryQuery().isPresent());
        robot.clickOn("#draft-stay");
        waitFor(() -> robot.lookup("#draft-leave").tryQuery().isEmpty());
        assertThat(stage.isShowing()).isTrue();
        assertThat(text(robot, "#register-name")).isEqualTo("Nguyễn Văn Đức");

        // a crash: the desk starts again over the same data folder without the window ever closing
        startAgainAndSignIn(robot);
        assertThat(robot.lookup("#draft-offer").queryAs(javafx.scene.control.DialogPane.class).getContent())
                .matches(n -> ((javafx.scene.control.Label) n).getText().contains("Nguyễn Văn Đức"));
        robot.clickOn("#draft-resume");
        waitFor(() -> text(robot, "#register-name").equals("Nguyễn Văn Đức"));
        waitFor(() -> text(robot, "#register-chosen").contains("Đăng ký kết hôn"));
        assertThat(text(robot, "#register-phone")).isEqualTo("0912345678");
        assertThat(robot.lookup("#register-doc-0").queryAs(CheckBox.class).isSelected()).as("unticked by hand")
                .isFalse();
        assertThat(robot.lookup("#register-doc-1").queryAs(CheckBox.class).isSelected()).as("ticked by Ctrl+D")
                .isTrue();

        // "Làm lại" asks; Cancel keeps everything, confirming clears the form and forgets the draft
        robot.clickOn("#register-reset");
        waitFor(() -> robot.lookup("#register-reset-confirm").tryQuery().isPresent());
        robot.clickOn("#register-reset-confirm-no");
        assertThat(text(robot, "#register-name")).isEqualTo("Nguyễn Văn Đức");
        robot.clickOn("#register-reset");
        waitFor(() -> robot.lookup("#register-reset-confirm").tryQuery().isPresent());
        robot.clickOn("#register-reset-confirm-yes");
        waitFor(() -> text(robot, "#register-name").isEmpty());
        waitFor(() -> !Files.exists(draftFile));

        // typed again, then the window is closed with "Bỏ hồ sơ đang nhập và thoát": nothing is kept, it closes
        robot.clickOn("#register-name").write("Lê Thị Hoa");
        waitFor(() -> Files.exists(draftFile));
        closeWindow();
        waitFor(() -> robot.lookup("#draft-leave").tryQuery().isPresent());
        robot.clickOn("#draft-discard");
        waitFor(() -> !stage.isShowing());
        assertThat(draftFile).doesNotExist();
        robot.interact(stage::show);
    }

    @Test
    void keepAndExit_thenTheNextSignInOffersIt(FxRobot robot) throws Exception {
        signIn(robot, "canbo", PASSWORD);
        robot.type(KeyCode.F2);
        waitFor(() -> robot.lookup("#register-id").tryQuery().isPresent());
        robot.clickOn("#register-name").write("Phạm Văn Bình");
        closeWindow();
        waitFor(() -> robot.lookup("#draft-leave").tryQuery().isPresent());
        robot.clickOn("#draft-keep"); // at once: no waiting for the moment after the last key
        waitFor(() -> !stage.isShowing());
        assertThat(Files.readString(draftFile)).contains("Phạm Văn Bình");

        startAgainAndSignIn(robot);
        robot.clickOn("#draft-throw");
        waitFor(() -> !Files.exists(draftFile));
    }

    /** The desk started again over the same data folder (a crash, or the next morning); the draft is offered. */
    private void startAgainAndSignIn(FxRobot robot) throws Exception {
        robot.interact(() -> {
            current = new vn.motcua.desk.DeskApp(ui.desk().ctx(), DeskPreferences.load(ui.desk().ctx().dataDir()),
                    PlaceholderReceiptPrinter::new, ui.tasks());
            current.start(stage);
        });
        signIn(robot, "canbo", PASSWORD);
        waitFor(() -> robot.lookup("#draft-offer").tryQuery().isPresent());
    }

    /** What the window's close box does: the desk is asked, and the window closes unless the clerk stays. */
    private void closeWindow() {
        vn.motcua.desk.DeskApp app = current;
        javafx.application.Platform.runLater(() -> {
            if (app.mayClose()) {
                stage.close();
            }
        });
    }
}

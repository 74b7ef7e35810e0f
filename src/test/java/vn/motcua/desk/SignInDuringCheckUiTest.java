package vn.motcua.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.text;
import static vn.motcua.desk.DeskUi.waitFor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.desk.common.DeskPreferences;
import vn.motcua.service.DeskFixture;

/**
 * A sign-in typed while the start-up check of the data still runs (decision 0039) waits with a quiet note, then goes
 * ahead when the check passes; when the check finds the data damaged it never goes ahead.
 */
@ExtendWith(ApplicationExtension.class)
class SignInDuringCheckUiTest {
    @RegisterExtension
    static final DeskPerClass DESK = DeskPerClass.standard();
    private CompletableFuture<Boolean> check;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        check = new CompletableFuture<>();
        DESK.ui().start(stage, app -> app.setDataCheck(check));
    }

    private void typeAndSubmit(FxRobot robot) throws Exception {
        typeAndSubmit(robot, "Đang kiểm tra dữ liệu…");
    }

    private void typeAndSubmit(FxRobot robot, String note) throws Exception {
        waitFor(() -> robot.lookup("#login-username").tryQuery().isPresent());
        robot.clickOn("#login-username").write("admin");
        robot.clickOn("#login-password").write(DeskFixture.PASSWORD).type(KeyCode.ENTER);
        waitFor(() -> note.equals(text(robot, "#login-message")));
        robot.type(KeyCode.ENTER); // again while waiting: still one note, no refusal
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#login-message")).isEqualTo(note);
        assertThat(robot.lookup("#login-message").query().getStyleClass()).contains("text-muted")
                .doesNotContain("danger-text");
        assertThat(robot.lookup("#login-submit").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#status-user").tryQuery()).as("not signed in before the check").isEmpty();
    }

    @Test
    void signInDuringTheCheck_waits_thenProceedsWhenItPasses(FxRobot robot) throws Exception {
        typeAndSubmit(robot);
        check.complete(true);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#status-user").tryQuery().isPresent()).get();
        });
    }

    @Test
    void inEnglishAt200Percent_theNoteIsEnglishAndWhole_thenTheSignInGoesAhead(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> english = new CompletableFuture<>();
        try {
            DESK.ui().startAt(robot, stage, "en", 200, app -> app.setDataCheck(english));
            typeAndSubmit(robot, "Checking the data…");
            assertThat(WaitForAsyncUtils.asyncFx(() -> Elided.under(stage.getScene().getRoot())).get()).isEmpty();
            english.complete(true);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#status-user").tryQuery().isPresent()).get();
            });
        } finally {
            // the other tests of the class read Vietnamese at 100 %: the preferences back as they were
            DeskPreferences prefs = DeskPreferences.load(DESK.ui().desk().ctx().dataDir());
            prefs.setLanguage("vi");
            prefs.setTextScale(100);
            prefs.save();
        }
    }

    @Test
    void signInDuringTheCheck_neverProceedsWhenTheDataIsDamaged(FxRobot robot) throws Exception {
        typeAndSubmit(robot);
        check.complete(false);
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-user").tryQuery()).isEmpty();
        assertThat(robot.lookup("#login-submit").queryAs(Button.class).isDisabled()).isTrue();
    }
}

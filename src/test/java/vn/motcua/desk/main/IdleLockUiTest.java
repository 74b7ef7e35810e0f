package vn.motcua.desk.main;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.text;
import static vn.motcua.desk.DeskUi.waitFor;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.desk.DeskUi;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.service.DeskFixture;

/**
 * The idle lock (setting: 10 minutes by default) with its clock moved by hand: it locks after the idle time and not
 * before, input resets it, a wrong password is refused and counts toward the lock-out, the right one gives back the
 * registration form as it was typed; a modal dialog open at that moment is locked too, unusable until the password,
 * and keeps what was typed in it; "Đăng nhập tài khoản khác" ends the session and closes the dialog.
 */
@ExtendWith(ApplicationExtension.class)
class IdleLockUiTest {
    private static final Duration NINE_MINUTES = Duration.ofMinutes(9);
    private static final Duration TWO_MINUTES = Duration.ofMinutes(2);
    private static final String CLERK_PASSWORD = "mat-khau-can-bo";
    @TempDir
    static Path dir;
    private static DeskUi ui;
    private static String code;
    private final ManualIdleClock clock = new ManualIdleClock();
    private Stage stage;

    @BeforeAll
    static void createDesk() {
        DeskFixture desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 29, 9, 0));
        desk.ctx().accounts().create(desk.admin(), "canbo", "Trần Thị Cán Bộ", "Cán bộ một cửa", "", Role.CLERK,
                CLERK_PASSWORD);
        code = desk.register("1.004873", "2026-04-29T08:30", "Nguyễn Văn Đức").dossier().code();
        ui = DeskUi.over(desk);
    }

    @AfterAll
    static void close() {
        ui.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ui.start(stage, app -> app.setIdleClock(clock));
    }

    @Test
    void locksAfterTheIdleTime_notBefore_andInputStartsTheCountAgain(FxRobot robot) throws Exception {
        signIn(robot, "canbo", CLERK_PASSWORD);
        MainView main = ui.app().mainView();

        idle(NINE_MINUTES);
        assertThat(locked(robot)).isFalse();
        robot.moveTo("#nav-NEW").moveBy(5, 2); // the clerk is back for a moment
        idle(NINE_MINUTES);
        assertThat(locked(robot)).as("nine minutes after the last input").isFalse();
        idle(TWO_MINUTES);
        waitFor(main::isLocked);
        waitFor(() -> main.lockWindow() != null && main.lockWindow().isShowing());
        assertThat(robot.lookup("#lock-cover").tryQuery()).isPresent();
        assertThat(text(robot, "#lock-card .label")).contains("Phiên làm việc đã khóa");

        unlockWith(robot, CLERK_PASSWORD);
        waitFor(() -> !main.isLocked());
        assertThat(robot.lookup("#lock-cover").tryQuery()).isEmpty();
        DeskUi.signOut(robot);
    }

    @Test
    void wrongPasswordIsRefusedAndCounts_rightPasswordGivesBackTheTypedRegistration(FxRobot robot) throws Exception {
        signIn(robot, "canbo", CLERK_PASSWORD);
        MainView main = ui.app().mainView();
        robot.type(KeyCode.F2);
        waitFor(() -> robot.lookup("#register-id").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#register-id").write("001090012345");
        robot.clickOn("#register-name").write("Lê Thị Hoa");

        idle(Duration.ofMinutes(11));
        waitFor(main::isLocked);
        waitFor(() -> main.lockWindow() != null && main.lockWindow().isShowing());
        // the form cannot be reached while locked, even by keys sent straight into the main window
        robot.targetWindow(stage).write("abc");
        assertThat(text(robot, "#register-name")).isEqualTo("Lê Thị Hoa");
        unlockWith(robot, "sai-mat-khau");
        waitFor(() -> text(robot, "#lock-error").contains("không đúng"));
        assertThat(main.isLocked()).isTrue();
        assertThat(failedAttempts("canbo")).isEqualTo(1);
        assertThat(text(robot, "#register-name")).isEqualTo("Lê Thị Hoa");

        unlockWith(robot, CLERK_PASSWORD);
        waitFor(() -> !main.isLocked());
        assertThat(failedAttempts("canbo")).isZero();
        assertThat(text(robot, "#register-id")).isEqualTo("001090012345");
        assertThat(text(robot, "#register-name")).isEqualTo("Lê Thị Hoa");
        // the focus is back in the field the clerk left: typing goes on where it stopped
        waitFor(() -> robot.lookup("#register-name").query().isFocused());
        robot.targetWindow(stage).write(" An");
        assertThat(text(robot, "#register-name")).isEqualTo("Lê Thị Hoa An");
        DeskUi.signOut(robot);
    }

    @Test
    void aModalDialogOpenWhenItLocks_isLockedToo_andKeepsWhatWasTyped(FxRobot robot) throws Exception {
        signIn(robot, "canbo", CLERK_PASSWORD);
        MainView main = ui.app().mainView();
        robot.interact(() -> main.showDossier(code));
        waitFor(() -> robot.lookup("#action-WITHDRAW").tryQuery().isPresent());
        robot.clickOn("#action-WITHDRAW");
        waitFor(() -> robot.lookup("#action-reason").tryQuery().isPresent());
        TextArea reason = robot.lookup("#action-reason").queryAs(TextArea.class);
        Window dialog = reason.getScene().getWindow();
        robot.clickOn(reason).write("Công dân xin rút");

        idle(Duration.ofMinutes(11));
        waitFor(main::isLocked);
        waitFor(() -> main.lockWindow() != null && main.lockWindow().isShowing());
        // the card sits above the dialog (its owner), the dialog shows nothing and takes nothing
        assertThat(main.lockWindow().getOwner()).isSameAs(dialog);
        assertThat(dialog.isShowing()).isTrue();
        assertThat(dialog.getScene().getRoot().isVisible()).isFalse();
        assertThat(dialog.getScene().getRoot().isDisabled()).isTrue();
        assertThat(main.lockWindow().isFocused()).isTrue();
        waitFor(() -> lockPassword(robot) != null && lockPassword(robot).isFocused());
        robot.targetWindow(dialog).write(" thêm chữ"); // keys sent straight into the dialog change nothing
        assertThat(reason.getText()).isEqualTo("Công dân xin rút");

        unlockWith(robot, CLERK_PASSWORD);
        waitFor(() -> !main.isLocked());
        assertThat(dialog.getScene().getRoot().isVisible()).isTrue();
        assertThat(dialog.getScene().getRoot().isDisabled()).isFalse();
        waitFor(reason::isFocused);
        robot.targetWindow(dialog).write(" hồ sơ");
        assertThat(reason.getText()).isEqualTo("Công dân xin rút hồ sơ");
        robot.clickOn("#action-ok");
        waitFor(() -> robot.lookup("#action-confirm-yes").tryQuery().isPresent()); // "Rút" asks once more
        robot.clickOn("#action-confirm-yes");
        waitFor(() -> ui.desk().ctx().dossiers().show(code, ui.desk().admin()).orElseThrow().dossier().status()
                == DossierStatus.CANCELLED);
        DeskUi.signOut(robot);
    }

    @Test
    void anotherUserSigningInOnTheLock_endsTheSessionAndClosesItsDialogs(FxRobot robot) throws Exception {
        signIn(robot, "canbo", CLERK_PASSWORD);
        MainView main = ui.app().mainView();
        vn.motcua.desk.DeskUi.menu(robot, "menu-settings");
        waitFor(() -> robot.lookup("#settings-text-size").tryQuery().isPresent());
        Window settings = robot.lookup("#settings-text-size").query().getScene().getWindow();

        robot.interact(main::lock); // Ctrl+L works the same way as the idle time
        waitFor(() -> main.lockWindow() != null && main.lockWindow().isShowing());
        robot.clickOn("#lock-signout");
        waitFor(() -> robot.lookup("#login-username").tryQuery().isPresent());
        assertThat(settings.isShowing()).isFalse();
        assertThat(main.isActive()).as("the old main window's timers").isFalse();
        assertThat(Window.getWindows()).filteredOn(Window::isShowing).containsExactly(stage);

        signIn(robot, "admin", DeskFixture.PASSWORD);
        assertThat(text(robot, "#status-user")).doesNotContain("Trần Thị Cán Bộ");
        DeskUi.signOut(robot);
    }

    @Test
    void closingTheWindow_stopsItsTimers(FxRobot robot) throws Exception {
        signIn(robot, "canbo", CLERK_PASSWORD);
        MainView main = ui.app().mainView();
        assertThat(main.isActive()).isTrue();
        robot.interact(stage::hide);
        assertThat(main.isActive()).isFalse();
        idle(Duration.ofHours(1));
        assertThat(main.isLocked()).isFalse();
        assertThat(main.lockWindow()).isNull();
    }

    private void idle(Duration d) throws Exception {
        clock.advance(d);
        Thread.sleep(150); // several looks of the idle timer (every 20 ms)
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean locked(FxRobot robot) {
        return robot.lookup("#lock-cover").tryQuery().isPresent();
    }

    private static TextField lockPassword(FxRobot robot) {
        return robot.lookup("#lock-password").tryQuery().map(n -> (TextField) n).orElse(null);
    }

    private static void unlockWith(FxRobot robot, String password) throws Exception {
        waitFor(() -> lockPassword(robot) != null && lockPassword(robot).isFocused());
        robot.clickOn("#lock-password").write(password).type(KeyCode.ENTER);
    }

    private static int failedAttempts(String username) {
        return ui.desk().ctx().accounts().list().stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow().failedAttempts();
    }
}

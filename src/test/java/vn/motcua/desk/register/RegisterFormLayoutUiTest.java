package vn.motcua.desk.register;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.text;
import static vn.motcua.desk.DeskUi.waitFor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.desk.DeskPerClass;
import vn.motcua.desk.common.Theme;
import vn.motcua.service.DeskFixture;

/**
 * Issue 15, "the form jumps": a validation message appearing under a field moves no field of the registration form
 * and changes no field's width (the message's line is reserved, columns do not follow the message's length), at 100 %
 * and at 200 % text on a 1366×768 window. And the form works by keyboard alone, certified copies included.
 */
@ExtendWith(ApplicationExtension.class)
class RegisterFormLayoutUiTest {
    private static final List<String> FIELDS = List.of("#register-id", "#register-name", "#register-birth",
            "#register-phone", "#register-email", "#register-address", "#register-sex", "#register-other-id",
            "#register-channel", "#register-notes");

    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    @RegisterExtension
    static final DeskPerClass DESK = DeskPerClass.standard();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // 1366×768 when this class runs alone; in a run of several classes the headless screen is already made
        var screen = javafx.stage.Screen.getPrimary().getBounds();
        stage.setWidth(Math.min(1366, screen.getWidth()));
        stage.setHeight(Math.min(768, screen.getHeight()));
        DESK.ui().start(stage);
    }

    private Map<String, Bounds> fieldBounds(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            Map<String, Bounds> out = new LinkedHashMap<>();
            for (String id : FIELDS) {
                Node n = robot.lookup(id).query();
                out.put(id, n.localToScene(n.getBoundsInLocal()));
            }
            return out;
        }).get();
    }

    private void set(FxRobot robot, String id, String value) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(TextField.class).setText(value)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Signs in (a draft left by the other test is thrown away) and opens the registration with F2. */
    private static void signInAndOpen(FxRobot robot) throws Exception {
        signIn(robot, "admin", DeskFixture.PASSWORD);
        for (int i = 0; i < 30 && robot.lookup("#draft-throw").tryQuery().isEmpty(); i++) {
            Thread.sleep(100);
        }
        if (robot.lookup("#draft-throw").tryQuery().isPresent()) {
            robot.clickOn("#draft-throw");
        }
        robot.type(KeyCode.F2);
    }

    @Test
    void aMessageAppearing_movesNoField_andResizesNone_at100And200PercentText(FxRobot robot) throws Exception {
        signInAndOpen(robot);
        waitFor(() -> robot.lookup("#register-procedure").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#register-procedure").write("khai sinh").type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#register-chosen").contains("Đăng ký khai sinh"));
        for (int percent : new int[] {100, 200}) {
            WaitForAsyncUtils.asyncFx(() -> Theme.applyTextScale(stage.getScene().getRoot(), percent)).get();
            set(robot, "#register-id", "");
            set(robot, "#register-name", "");
            set(robot, "#register-phone", "");
            Map<String, Bounds> before = fieldBounds(robot);

            set(robot, "#register-name", "Nguyễn Văn 2");
            set(robot, "#register-phone", "12345");
            assertThat(text(robot, "#register-name-error")).as(percent + " %").contains("chữ số");
            assertThat(fieldBounds(robot)).as("one-line messages at " + percent + " %").isEqualTo(before);

            // a long message may need a second line below its field, but never widens its column
            set(robot, "#register-id", "0380950012");
            assertThat(text(robot, "#register-id-error")).contains("12 chữ số");
            Map<String, Bounds> after = fieldBounds(robot);
            for (String id : FIELDS) {
                assertThat(after.get(id).getMinX()).as(id + " x at " + percent + " %")
                        .isEqualTo(before.get(id).getMinX());
                assertThat(after.get(id).getWidth()).as(id + " width at " + percent + " %")
                        .isEqualTo(before.get(id).getWidth());
            }
        }
    }

    @Test
    void theFormWorksByKeyboardAlone_certifiedCopiesIncluded(FxRobot robot) throws Exception {
        signInAndOpen(robot);
        waitFor(() -> robot.lookup("#register-procedure").tryQuery().map(Node::isFocused).orElse(false));
        robot.write("khai sinh").type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#register-id").query().isFocused());
        robot.write("038095001234").type(KeyCode.TAB).write("Trần Thị Bình");
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        // Tab walks from the second document's tick to its originals, then its certified copies
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#register-doc-1").query().requestFocus()).get();
        robot.type(KeyCode.TAB, KeyCode.TAB);
        waitFor(() -> robot.lookup("#register-doc-certified-1").query().isFocused());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("2").type(KeyCode.TAB);
        robot.type(KeyCode.F9);
        waitFor(() -> robot.lookup("#received-code").tryQuery().isPresent());
        var stored = DESK.ui().desk().ctx().dossiers().search("Trần Thị Bình", 5);
        assertThat(stored).singleElement().satisfies(d -> {
            assertThat(d.documents().get(1).certifiedCopies()).isEqualTo(2);
            assertThat(d.documents()).hasSize(4);
        });
    }
}

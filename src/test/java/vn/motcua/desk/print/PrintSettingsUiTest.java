package vn.motcua.desk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.waitFor;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.desk.DeskPerClass;
import vn.motcua.desk.DeskUi;
import vn.motcua.desk.Elided;
import vn.motcua.service.DeskFixture;

/**
 * Issue 15, print settings: nothing in the dialog is cut ("ESC/P", "Cuộn 80 …", "A4 landscape") in English at 100 %
 * and in Vietnamese at 200 %; every form's printer box names a printer (the default one when none is chosen), also on
 * reopening; closing with a change asks, "Hủy" keeps the dialog and the change, "Bỏ thay đổi" drops it.
 */
@ExtendWith(ApplicationExtension.class)
class PrintSettingsUiTest {
    @RegisterExtension
    static final DeskPerClass DESK = DeskPerClass.standard();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void nothingClipped_defaultPrinterShownAgain_unsavedChangesAsked(FxRobot robot) throws Exception {
        for (String run : new String[] {"en 100", "vi 200"}) {
            DESK.ui().startAt(robot, stage, run.substring(0, 2), Integer.parseInt(run.substring(3)));
            signIn(robot, "admin", DeskFixture.PASSWORD);
            open(robot);
            Window dialog = dialogWindow();
            assertThat(WaitForAsyncUtils.asyncFx(() -> Elided.under(dialog.getScene().getRoot())).get())
                    .as(run + ": cut in the print settings").isEmpty();
            assertThat(printerTexts(robot)).as(run + ": every printer box names a printer").allMatch(t -> !t.isBlank());
            robot.type(KeyCode.ESCAPE); // nothing changed: closes without asking
            waitFor(() -> robot.lookup("#settings-template-set").tryQuery().isEmpty());
            DeskUi.signOut(robot);
        }

        DESK.ui().startAt(robot, stage, "vi", 100);
        signIn(robot, "admin", DeskFixture.PASSWORD);
        open(robot);
        ComboBox<?> paper = firstPaper(robot);
        Object before = paper.getValue();
        Object other = paper.getItems().stream().filter(p -> !p.equals(before)).findFirst().orElseThrow();
        robot.interact(() -> select(paper, other));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#unsaved-cancel").tryQuery().isPresent());
        robot.clickOn("#unsaved-cancel");
        waitFor(() -> robot.lookup("#unsaved-cancel").tryQuery().isEmpty());
        assertThat(robot.lookup("#settings-template-set").tryQuery()).as("Hủy keeps the dialog").isPresent();
        assertThat(paper.getValue()).as("and the change").isEqualTo(other);
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#unsaved-discard").tryQuery().isPresent());
        robot.clickOn("#unsaved-discard");
        waitFor(() -> robot.lookup("#settings-template-set").tryQuery().isEmpty());

        open(robot);
        assertThat(firstPaper(robot).getValue()).as("the dropped change is not saved").isEqualTo(before);
        assertThat(printerTexts(robot)).as("reopened: the printer boxes still name a printer")
                .allMatch(t -> !t.isBlank());
        robot.type(KeyCode.ESCAPE);
    }

    @SuppressWarnings("unchecked")
    private static void select(ComboBox<?> box, Object value) {
        ((ComboBox<Object>) box).setValue(value);
    }

    private static void open(FxRobot robot) throws Exception {
        DeskUi.menu(robot, "menu-print-settings");
        waitFor(() -> robot.lookup("#settings-template-set").tryQuery().isPresent());
        Thread.sleep(300);
    }

    private Window dialogWindow() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).reduce((a, b) -> b)
                .orElseThrow();
    }

    private static ComboBox<?> firstPaper(FxRobot robot) {
        return robot.lookup(n -> n.getId() != null && n.getId().startsWith("settings-paper-")).queryAs(ComboBox.class);
    }

    /** The text each printer box shows (its button cell). */
    private static List<String> printerTexts(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(n -> n.getId() != null
                && n.getId().startsWith("settings-printer-")).queryAll().stream()
                .map(n -> ((ComboBox<?>) n).getButtonCell())
                .map(c -> c != null && c.getText() != null ? c.getText() : "").toList()).get();
    }
}

package vn.motcua.desk.main;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.text;
import static vn.motcua.desk.DeskUi.waitFor;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.desk.DeskPerClass;
import vn.motcua.desk.DeskUi;
import vn.motcua.service.DeskFixture;
import vn.motcua.service.QueueService.Queue;

/**
 * Issue 15's smaller first-day stumbles: saving the display settings keeps the clerk in the queue they were in
 * (the window is rebuilt at the new size), the reports of an office without ratings show no chart with a made-up
 * axis but say there is nothing yet.
 */
@ExtendWith(ApplicationExtension.class)
class FirstDayLeftoversUiTest {
    @RegisterExtension
    static final DeskPerClass DESK = DeskPerClass.standard();

    @Start
    void start(Stage stage) {
        DESK.ui().start(stage);
    }

    @Test
    void savingDisplaySettings_keepsTheQueue_andEmptyReportsDrawNoChart(FxRobot robot) throws Exception {
        DeskUi.signIn(robot, "admin", DeskFixture.PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        waitFor(() -> selectedQueue(robot) == Queue.WAITING);

        DeskUi.menu(robot, "menu-settings");
        waitFor(() -> robot.lookup("#settings-text-size").tryQuery().isPresent());
        Slider size = robot.lookup("#settings-text-size").queryAs(Slider.class);
        robot.interact(() -> size.setValue(150)); // larger text: the window is rebuilt
        DialogPane pane = (DialogPane) size.getScene().getRoot();
        Node save = pane.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonType.OK.getButtonData()
                || b.getButtonData().isDefaultButton()).map(pane::lookupButton).findFirst().orElseThrow();
        robot.clickOn(save);
        waitFor(() -> robot.lookup("#settings-text-size").tryQuery().isEmpty());
        waitFor(() -> robot.lookup("#nav-queues").tryQuery().isPresent() && selectedQueue(robot) == Queue.WAITING);
        assertThat(DESK.ui().app().mainView().place().queue()).isEqualTo(Queue.WAITING);

        robot.interact(() -> DESK.ui().app().mainView().showReports());
        waitFor(() -> !text(robot, "#reports-summary").isBlank());
        assertThat(robot.lookup("#chart-weekly").query().isVisible()
                && robot.lookup("#chart-weekly").query().getParent().isVisible()).isFalse();
        assertThat(text(robot, "#reports-summary")).isEqualTo("Chưa có lượt đánh giá nào trong kỳ");
    }

    @SuppressWarnings("unchecked")
    private static Queue selectedQueue(FxRobot robot) {
        return ((ListView<Queue>) robot.lookup("#nav-queues").query()).getSelectionModel().getSelectedItem();
    }
}

package vn.motcua.desk.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.signOut;
import static vn.motcua.desk.DeskUi.text;
import static vn.motcua.desk.DeskUi.waitFor;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.desk.DeskPerClass;
import vn.motcua.service.DashboardFixture;
import vn.motcua.service.DashboardService.Figure;
import vn.motcua.service.DashboardService.Line;

/**
 * The supervisor's home over the hand-counted {@link DashboardFixture}: every tile shows the expected figure, and
 * clicking "Quá hạn" lists exactly the overdue dossiers.
 */
@ExtendWith(ApplicationExtension.class)
class SupervisorUiTest {
    @RegisterExtension
    static final DeskPerClass DESK = DeskPerClass.of(d -> DashboardFixture.create(d));

    @Start
    void start(Stage stage) {
        DESK.ui().start(stage);
    }

    @Test
    void figuresMatchTheFixture_andOverdueListsExactlyTheOverdueDossiers(FxRobot robot) throws Exception {
        signIn(robot, "lanhdao", "mat-khau-lanh-dao");
        waitFor(() -> robot.lookup("#nav-supervisor").tryQuery().isPresent());
        robot.clickOn("#nav-supervisor");
        waitFor(() -> text(robot, "#figure-count-OVERDUE").equals("2"));
        assertThat(text(robot, "#figure-count-" + Figure.RECEIVED_TODAY)).isEqualTo("1");
        assertThat(text(robot, "#figure-count-" + Figure.DUE_TODAY)).isEqualTo("1");
        assertThat(text(robot, "#figure-count-" + Figure.DUE_SOON)).isEqualTo("2");
        // one definition: the side bar's "Sắp đến hạn" says the same
        assertThat(robot.lookup("#nav-DUE_SOON .nav-count").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("2");
        assertThat(text(robot, "#figure-count-" + Figure.WAITING_LONG)).isEqualTo("1");
        assertThat(text(robot, "#figure-count-" + Figure.RETURNED_TODAY)).isEqualTo("1");
        assertThat(text(robot, "#figure-count-" + Figure.QUARANTINED)).isEqualTo("1");

        robot.clickOn("#figure-OVERDUE");
        TableView<Line> list = robot.lookup("#supervisor-list").queryTableView();
        waitFor(() -> list.getItems().size() == 2);
        assertThat(list.getItems()).extracting(Line::code)
                .containsExactly(DashboardFixture.code("D1"), DashboardFixture.code("B2"));
        assertThat(text(robot, "#supervisor-list-title")).isEqualTo("Quá hạn: 2 hồ sơ");

        robot.clickOn("#figure-RETURNED_TODAY");
        waitFor(() -> list.getItems().size() == 1
                && list.getItems().get(0).code().equals(DashboardFixture.code("F1")));

        // a figure opens the dossier; back returns to the supervisor's home
        robot.clickOn("#figure-OVERDUE");
        waitFor(() -> list.getItems().size() == 2);
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#dossier-code").equals(DashboardFixture.code("D1")));
        robot.clickOn("#dossier-back");
        waitFor(() -> robot.lookup("#figure-OVERDUE").tryQuery().isPresent());

        signOut(robot);
    }

}

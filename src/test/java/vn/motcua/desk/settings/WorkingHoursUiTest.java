package vn.motcua.desk.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.text;
import static vn.motcua.desk.DeskUi.waitFor;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.desk.DeskPerClass;
import vn.motcua.desk.DeskUi;
import vn.motcua.domain.account.Actor;
import vn.motcua.service.DeskFixture;
import vn.motcua.service.DeskSettings;

/** "Giờ làm việc": only the administrator sees it; a bad value shows its message and stores nothing. */
@ExtendWith(ApplicationExtension.class)
class WorkingHoursUiTest {
    @RegisterExtension
    static final DeskPerClass DESK = DeskPerClass.of(d -> AdminScreens.deskWithClerk(d));

    @Start
    void start(Stage stage) {
        DESK.ui().start(stage);
    }

    @Test
    void clerk_doesNotSeeIt_andTheServiceRefusesHim(FxRobot robot) throws Exception {
        LocalTime before = DESK.ui().desk().ctx().calendar().settings().sameDayCutoff();
        signIn(robot, "canbo", AdminScreens.CLERK_PASSWORD);
        assertThat(AdminScreens.menuItemVisible(robot, "menu-work-hours")).isFalse();
        Actor clerk = AdminScreens.CLERK;
        assertThatThrownBy(() -> DESK.ui().desk().ctx().calendar().putSettings(Map.of(DeskSettings.CUTOFF, "14:00"), clerk))
                .isInstanceOf(vn.motcua.service.AccessDeniedException.class);
        assertThat(DESK.ui().desk().ctx().calendar().settings().sameDayCutoff()).isEqualTo(before);
    }

    @Test
    void admin_badValueSavesNothing_goodValuesAreSavedAndReadBack(FxRobot robot) throws Exception {
        signIn(robot, "admin", DeskFixture.PASSWORD);
        assertThat(AdminScreens.menuItemVisible(robot, "menu-work-hours")).isTrue();
        vn.motcua.desk.DeskUi.menu(robot, "menu-work-hours");
        waitFor(() -> robot.lookup("#workhours-cutoff").tryQuery().isPresent());
        assertThat(text(robot, "#workhours-cutoff")).isEqualTo("15:00");

        set(robot, "#workhours-morningEnd", "7:75");
        robot.clickOn("#workhours-save");
        waitFor(() -> text(robot, "#workhours-error").contains("«7:75» không phải giờ hợp lệ"));
        set(robot, "#workhours-morningEnd", "14:00"); // after the afternoon starts
        robot.clickOn("#workhours-save");
        waitFor(() -> text(robot, "#workhours-error").startsWith("Các mốc giờ phải tăng dần"));
        set(robot, "#workhours-morningEnd", "11:30");
        set(robot, "#workhours-dueSoon", "0");
        robot.clickOn("#workhours-save");
        waitFor(() -> text(robot, "#workhours-error").contains("từ 1 đến 240"));
        assertThat(DESK.ui().desk().ctx().calendar().settings().toMap()).isEqualTo(DeskSettings.defaults().toMap());

        set(robot, "#workhours-morningStart", "7:30");
        set(robot, "#workhours-cutoff", "14:30");
        set(robot, "#workhours-dueSoon", "48");
        robot.clickOn("#workhours-save");
        waitFor(() -> robot.lookup("#workhours-save").tryQuery().isEmpty());
        DeskSettings saved = DESK.ui().desk().ctx().calendar().settings();
        assertThat(saved.sessions().morningStart()).isEqualTo(LocalTime.of(7, 30));
        assertThat(saved.sessions().morningEnd()).isEqualTo(LocalTime.of(11, 30));
        assertThat(saved.sameDayCutoff()).isEqualTo(LocalTime.of(14, 30));
        assertThat(saved.dueSoonWindow()).isEqualTo(Duration.ofHours(48));

        vn.motcua.desk.DeskUi.menu(robot, "menu-work-hours");
        waitFor(() -> robot.lookup("#workhours-cutoff").tryQuery().isPresent());
        assertThat(text(robot, "#workhours-morningStart")).isEqualTo("07:30");
        assertThat(text(robot, "#workhours-cutoff")).isEqualTo("14:30");
        assertThat(text(robot, "#workhours-dueSoon")).isEqualTo("48");
        robot.clickOn("#workhours-cancel");
    }

    private static void set(FxRobot robot, String query, String value) {
        TextField f = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> f.setText(value));
    }
}

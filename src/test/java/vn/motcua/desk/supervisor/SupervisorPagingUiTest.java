package vn.motcua.desk.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.text;
import static vn.motcua.desk.DeskUi.waitFor;

import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import vn.motcua.service.DashboardService.Line;
import vn.motcua.service.DeskFixture;

/**
 * More overdue dossiers than one page holds (520 > 500): the dashboard says how many there are ("Quá hạn: 520 hồ
 * sơ", "1–500 / 520") and pages to the last one; the apology tab counts all 520 and pages too; the side bar's
 * "Quá hạn" says the same number.
 */
@ExtendWith(ApplicationExtension.class)
class SupervisorPagingUiTest {
    private static final int OVERDUE = 520;
    private static final String[] NAMES = {"An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hải", "Khoa", "Long"};
    @TempDir
    static Path dir;
    private static DeskUi ui;

    @BeforeAll
    static void createDesk() {
        DeskFixture desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 29, 9, 0));
        desk.ctx().accounts().create(desk.admin(), "lanhdao", "Phạm Văn Lãnh Đạo", "Chủ tịch", "", Role.SUPERVISOR,
                "mat-khau-lanh-dao");
        for (int i = 0; i < OVERDUE; i++) {
            desk.register("1.004873", String.format("2026-01-%02dT%02d:%02d", 5 + i % 20, 8 + i / 60 % 8, i % 60),
                    "Nguyễn Văn " + NAMES[i % NAMES.length]);
        }
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
    void pastFiveHundred_theCountIsSaid_andEveryRowIsReached(FxRobot robot) throws Exception {
        signIn(robot, "lanhdao", "mat-khau-lanh-dao");
        waitFor(() -> "520".equals(robot.lookup("#nav-OVERDUE .nav-count").queryAs(Label.class).getText()));
        robot.clickOn("#nav-supervisor");
        waitFor(() -> text(robot, "#figure-count-OVERDUE").equals("520"));

        robot.clickOn("#figure-OVERDUE");
        TableView<Line> list = robot.lookup("#supervisor-list").queryTableView();
        waitFor(() -> list.getItems().size() == 500);
        assertThat(text(robot, "#supervisor-list-title")).isEqualTo("Quá hạn: 520 hồ sơ");
        assertThat(text(robot, "#supervisor-list-page")).isEqualTo("1–500 / 520");
        robot.clickOn("#supervisor-list-next");
        waitFor(() -> list.getItems().size() == 20);
        assertThat(text(robot, "#supervisor-list-page")).isEqualTo("501–520 / 520");
        assertThat(robot.lookup("#supervisor-list-next").queryButton().isDisabled()).isTrue();
        robot.clickOn("#supervisor-list-prev");
        waitFor(() -> list.getItems().size() == 500);

        // the apology tab: every late dossier counted, paged the same way
        robot.clickOn("Cần xin lỗi, hẹn lại (520)");
        TableView<?> risk = robot.lookup("#supervisor-risk").queryTableView();
        waitFor(() -> risk.getItems().size() == 500);
        assertThat(text(robot, "#supervisor-risk-page")).isEqualTo("1–500 / 520");
        robot.clickOn("#supervisor-risk-next");
        waitFor(() -> risk.getItems().size() == 20);
    }
}

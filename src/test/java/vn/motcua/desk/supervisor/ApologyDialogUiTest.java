package vn.motcua.desk.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.text;
import static vn.motcua.desk.DeskUi.waitFor;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.desk.DeskPerClass;
import vn.motcua.service.ApologyService;
import vn.motcua.service.DashboardFixture;

/**
 * The apology slip dialog on an overdue dossier: the proposed new appointment is the next working day after today,
 * a day off is warned about, an empty reason is named, a fixed problem's message goes away, and with no printer on
 * the machine the slip opens in the preview (save as PDF) instead of an error.
 */
@ExtendWith(ApplicationExtension.class)
class ApologyDialogUiTest {
    @RegisterExtension
    static final DeskPerClass DESK = DeskPerClass.of(d -> DashboardFixture.create(d));

    @Start
    void start(Stage stage) {
        DESK.ui().start(stage);
    }

    @Test
    void workingDayProposed_dayOffWarned_emptyReasonNamed_noPrinterOpensPreview(FxRobot robot) throws Exception {
        // the last part needs a machine without printers (CI, headless); elsewhere it is skipped
        boolean noPrinter = DESK.ui().desk().ctx().print().printers().isEmpty();
        signIn(robot, "lanhdao", "mat-khau-lanh-dao");
        waitFor(() -> robot.lookup("#nav-supervisor").tryQuery().isPresent());
        robot.clickOn("#nav-supervisor");
        TableView<ApologyService.AtRisk> risk = robot.lookup("#supervisor-risk").queryTableView();
        String overdue = DashboardFixture.code("D1");
        waitFor(() -> risk.getItems().stream().anyMatch(r -> r.code().equals(overdue)));
        robot.interact(() -> risk.getSelectionModel().select(risk.getItems().stream()
                .filter(r -> r.code().equals(overdue)).findFirst().orElseThrow()));
        javafx.scene.control.Button make = robot.lookup("#supervisor-apology").queryButton();
        waitFor(() -> !make.isDisabled());
        javafx.application.Platform.runLater(make::fire); // the dialog waits; the button may be scrolled away
        waitFor(() -> robot.lookup("#apology-date").tryQuery().isPresent());

        // today is Wednesday 13/05/2026: the next working day, not the old appointment + 3 calendar days
        DatePicker date = robot.lookup("#apology-date").queryAs(DatePicker.class);
        assertThat(DashboardFixture.NOW.toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 13));
        assertThat(date.getValue()).isEqualTo(LocalDate.of(2026, 5, 14));
        assertThat(robot.lookup("#apology-dayoff").queryAs(Node.class).isVisible()).isFalse();

        // a Saturday is warned about
        robot.interact(() -> date.getEditor().clear());
        robot.clickOn(date.getEditor()).write("16/05/2026");
        robot.clickOn("#apology-reason");
        waitFor(() -> LocalDate.of(2026, 5, 16).equals(date.getValue()));
        assertThat(robot.lookup("#apology-dayoff").queryAs(Node.class).isVisible()).isTrue();
        assertThat(text(robot, "#apology-dayoff")).contains("16/05/2026", "ngày nghỉ");

        // an empty reason is named, not a silently disabled button
        robot.clickOn("#apology-ok");
        waitFor(() -> text(robot, "#apology-error").startsWith("Hãy ghi lý do chậm trả kết quả"));
        robot.clickOn("#apology-reason").write("Chờ ý kiến phòng Tài nguyên");
        waitFor(() -> text(robot, "#apology-error").isEmpty());
        assertThat(robot.lookup("#apology-error").queryAs(Node.class).isVisible()).isFalse();

        robot.interact(() -> date.setValue(LocalDate.of(2026, 5, 15)));
        assertThat(robot.lookup("#apology-dayoff").queryAs(Node.class).isVisible()).isFalse();
        robot.clickOn("#apology-ok");
        // recorded …
        waitFor(() -> robot.lookup(".dialog-pane .button").tryQuery().isPresent()
                && robot.lookup("#apology-ok").tryQuery().isEmpty());
        assertThat(DESK.ui().desk().ctx().apologies().register(DESK.ui().desk().admin(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31))).anyMatch(e -> e.code().equals(overdue)
                && e.newAppointment().toLocalDate().equals(LocalDate.of(2026, 5, 15)));
        // … and with no printer here the slip opens in the preview (save as PDF) instead of "Không tìm thấy máy in"
        org.junit.jupiter.api.Assumptions.assumeTrue(noPrinter, "printers installed: the no-printer path is not run");
        for (int i = 0; i < 3 && robot.lookup("#preview-save").tryQuery().isEmpty(); i++) {
            waitFor(() -> robot.lookup(".dialog-pane .button").tryQuery().isPresent()
                    || robot.lookup("#preview-save").tryQuery().isPresent());
            if (robot.lookup(".dialog-pane .button").tryQuery().isPresent()) {
                String shown = robot.lookup(".dialog-pane .label").queryAll().stream()
                        .filter(n -> n instanceof javafx.scene.control.Label)
                        .map(n -> String.valueOf(((javafx.scene.control.Label) n).getText())).reduce("", String::concat);
                assertThat(shown).doesNotContain("Không tìm thấy máy in");
                robot.clickOn(".dialog-pane .button");
            }
        }
        waitFor(() -> robot.lookup("#preview-save").tryQuery().isPresent());
    }
}

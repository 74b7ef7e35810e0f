package vn.motcua.desk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.waitFor;

import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A date typed as dd/MM/yyyy is taken on leaving the box and on Enter; nonsense puts the last date back. */
@ExtendWith(ApplicationExtension.class)
class DatePickersUiTest {
    private DatePicker picker;
    private DatePicker other;

    @Start
    void start(Stage stage) {
        Messages m = new Messages(Messages.VIETNAMESE);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        new vn.motcua.desk.DeskApp(null, vn.motcua.desk.common.DeskPreferences.load(java.nio.file.Path.of(
                System.getProperty("java.io.tmpdir"), "desk-datepickers-prefs")), (mm, s) -> null, null);
        picker = DatePickers.create(LocalDate.of(2026, 4, 29), m);
        picker.setId("picker");
        other = DatePickers.create(null, m);
        other.setId("other");
        stage.setScene(new Scene(new VBox(8, picker, other, new TextField("x")), 400, 200));
        stage.show();
    }

    @Test
    void typedDateIsTakenOnFocusLossAndEnter(FxRobot robot) throws Exception {
        assertThat(picker.getEditor().getText()).isEqualTo("29/04/2026");
        assertThat(other.getPromptText()).isEqualTo("ngày/tháng/năm");
        assertThat(Locale.getDefault(Locale.Category.FORMAT).getLanguage()).isEqualTo("vi");

        robot.interact(() -> picker.getEditor().clear());
        robot.clickOn("#picker").write("14/12/2026").type(KeyCode.TAB);
        waitFor(() -> LocalDate.of(2026, 12, 14).equals(picker.getValue()));
        assertThat(picker.getEditor().getText()).isEqualTo("14/12/2026");

        robot.clickOn("#other").write("1/2/2027").type(KeyCode.ENTER);
        waitFor(() -> LocalDate.of(2027, 2, 1).equals(other.getValue()));
        assertThat(other.getEditor().getText()).isEqualTo("01/02/2027");

        // not a date: the last good value stays and is shown again
        robot.interact(() -> picker.getEditor().clear());
        robot.clickOn("#picker").write("31/02/2026").type(KeyCode.TAB);
        waitFor(() -> picker.getEditor().getText().equals("14/12/2026"));
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 12, 14));
    }
}

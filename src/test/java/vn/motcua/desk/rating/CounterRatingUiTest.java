package vn.motcua.desk.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.waitFor;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.desk.common.FxTaskExecutor;
import vn.motcua.desk.common.Messages;
import vn.motcua.service.DashboardFixture;
import vn.motcua.service.DeskFixture;

/**
 * The counter rating window: one window only, a cancel and a timeout on the question (the next citizen never rates the
 * previous dossier), the code box and the code screen's error not shown behind the question, the reason's error next
 * to the reason, the reason and send buttons as tall as the level buttons.
 */
@ExtendWith(ApplicationExtension.class)
class CounterRatingUiTest {
    @TempDir
    static Path dir;
    private static DeskFixture desk;
    private Stage owner;

    @BeforeAll
    static void createDesk() {
        desk = DashboardFixture.create(dir);
    }

    @AfterAll
    static void close() {
        desk.close();
    }

    @Start
    void start(Stage stage) {
        owner = stage;
        Scene scene = new Scene(new StackPane(new Label("desk")), 300, 200);
        scene.getStylesheets().add(CounterRatingView.class.getResource("/vn/motcua/desk/desk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static boolean shown(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    @Test
    void oneWindow_cancelAndTimeout_errorsWhereTheyBelong_tallButtons(FxRobot robot) throws Exception {
        Messages m = new Messages(Messages.VIETNAMESE);
        AtomicReference<Stage> first = new AtomicReference<>();
        AtomicReference<Stage> second = new AtomicReference<>();
        FxTaskExecutor tasks = new FxTaskExecutor();
        robot.interact(() -> first.set(CounterRatingView.open(owner, desk.ctx().ratings(), desk.admin(), tasks, m)));
        robot.interact(() -> second.set(CounterRatingView.open(owner, desk.ctx().ratings(), desk.admin(), tasks, m)));
        assertThat(second.get()).isSameAs(first.get());
        assertThat(Window.getWindows().stream().filter(w -> w instanceof Stage s
                && m.t("rating.window").equals(s.getTitle()))).hasSize(1);
        Stage stage = first.get();
        CounterRatingView view = (CounterRatingView) stage.getProperties().get(CounterRatingView.class);

        TextField code = robot.lookup("#rating-code").queryAs(TextField.class);
        Label codeError = robot.lookup("#rating-error").queryAs(Label.class);
        robot.clickOn(code).write("KHONG-CO");
        robot.clickOn("#rating-open");
        waitFor(() -> shown(codeError) && codeError.getText().contains("Không tìm thấy"));

        // the question: neither the code box nor the code screen's error shows behind it
        String f1 = DashboardFixture.code("F1");
        robot.interact(() -> code.setText(f1));
        robot.clickOn("#rating-open");
        Button dissatisfied = robot.lookup("#rating-DISSATISFIED").queryButton();
        waitFor(() -> shown(dissatisfied));
        assertThat(shown(code)).isFalse();
        assertThat(code.getText()).isEmpty();
        assertThat(shown(codeError)).isFalse();
        assertThat(robot.lookup(".danger-text").queryAll().stream().filter(CounterRatingUiTest::shown)).isEmpty();
        assertThat(shown(robot.lookup("#rating-cancel").query())).isTrue();

        // cancel: back to the code screen, nothing rated
        robot.clickOn("#rating-cancel");
        waitFor(() -> shown(code));
        assertThat(desk.ctx().ratings().find(desk.admin(), f1).code()).isEqualTo(f1);

        // the reason: its error next to the box; its buttons as tall as the level buttons
        robot.interact(() -> code.setText(f1));
        robot.clickOn("#rating-open");
        waitFor(() -> shown(dissatisfied));
        double levelHeight = dissatisfied.getHeight();
        robot.clickOn(dissatisfied);
        TextArea reason = robot.lookup("#rating-reason").queryAs(TextArea.class);
        waitFor(() -> shown(reason));
        robot.clickOn(reason).write("   ");
        robot.clickOn("#rating-send");
        Label reasonError = robot.lookup("#rating-reason-error").queryAs(Label.class);
        waitFor(() -> shown(reasonError) && reasonError.getText().contains("lý do"));
        assertThat(reasonError.getParent()).isSameAs(reason.getParent());
        assertThat(shown(codeError)).isFalse();
        assertThat(levelHeight).isGreaterThan(40);
        assertThat(robot.lookup("#rating-send").queryButton().getHeight()).isCloseTo(levelHeight,
                org.assertj.core.data.Offset.offset(1.5));
        assertThat(robot.lookup(".rating-chip").queryAllAs(Button.class)).isNotEmpty()
                .allSatisfy(b -> assertThat(b.getHeight()).isCloseTo(levelHeight,
                        org.assertj.core.data.Offset.offset(1.5)));

        // a question left unanswered goes back to the code screen by itself
        robot.interact(() -> view.setQuestionTimeout(Duration.millis(800)));
        robot.clickOn("#rating-reason-cancel");
        waitFor(() -> shown(code));
        robot.interact(() -> code.setText(f1));
        robot.clickOn("#rating-open");
        waitFor(() -> shown(dissatisfied));
        waitFor(() -> shown(code) && !shown(dissatisfied));
        assertThat(desk.ctx().ratings().find(desk.admin(), f1).code()).isEqualTo(f1);

        // closed, it opens afresh
        robot.interact(stage::close);
        robot.interact(() -> second.set(CounterRatingView.open(owner, desk.ctx().ratings(), desk.admin(), tasks, m)));
        assertThat(second.get()).isNotSameAs(stage);
        robot.interact(second.get()::close);
    }
}

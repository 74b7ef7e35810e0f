package vn.motcua.desk.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.desk.DeskUi;

/**
 * The wedge filter on its own, with a clock moved by hand: a fast burst ending in Enter is taken and leaves nothing in
 * whatever control has the focus (text field, text area, check box, button); a person typing at human speed gets
 * every character, in order; a fast burst the handler does not want is delivered whole.
 */
@ExtendWith(ApplicationExtension.class)
class WedgeScanFilterUiTest {
    private static final String PAYLOAD = "001090123456|012345678|NGUYỄN VĂN AN|01011990|Nam|Thôn Đông, Xã Yên Hòa|"
            + "15042021";
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final List<String> scans = new CopyOnWriteArrayList<>();
    private final AtomicInteger pressed = new AtomicInteger();
    private final AtomicInteger fieldActions = new AtomicInteger();
    private TextField field;
    private TextArea area;
    private CheckBox check;
    private Button button;
    private Scene scene;

    @Start
    void start(Stage stage) {
        field = new TextField("abc");
        field.setOnAction(e -> fieldActions.incrementAndGet());
        area = new TextArea();
        check = new CheckBox("khác");
        button = new Button("Làm lại");
        button.setOnAction(e -> pressed.incrementAndGet());
        scene = new Scene(new VBox(field, area, check, button), 400, 300);
        // the clock moves 3 ms per key event unless a test moves it otherwise
        WedgeScanFilter.install(scene, text -> {
            scans.add(text);
            return text.contains("|");
        }, () -> nanos.addAndGet(3_000_000L), Duration.millis(35));
        stage.setScene(scene);
        stage.show();
    }

    private void burst(javafx.scene.Node focus, String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            focus.requestFocus();
            if (focus instanceof javafx.scene.control.TextInputControl t) {
                t.end(); // focus selects all: put the caret after the text, as a click would
            }
            WedgeKeys.burst(scene, text);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void burst_isTaken_andLeavesNothingInAnyControl(FxRobot robot) throws Exception {
        burst(field, PAYLOAD);
        assertThat(scans).containsExactly(PAYLOAD);
        assertThat(field.getText()).isEqualTo("abc");
        assertThat(fieldActions).hasValue(0); // the Enter was taken too

        burst(area, PAYLOAD);
        assertThat(area.getText()).isEmpty();

        burst(check, PAYLOAD); // the spaces in the payload would toggle it
        assertThat(check.isSelected()).isFalse();

        burst(button, PAYLOAD); // … or press it
        assertThat(pressed).hasValue(0);
        assertThat(scans).hasSize(4);
    }

    @Test
    void humanTyping_getsEveryCharacterInOrder(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            field.requestFocus();
            field.end();
            for (int cp : "d|e 1".codePoints().toArray()) {
                nanos.addAndGet(150_000_000L); // 150 ms between keys
                WedgeKeys.type(scene, cp);
            }
        }).get();
        DeskUi.waitFor(() -> field.getText().equals("abcd|e 1"));
        assertThat(scans).isEmpty();
    }

    @Test
    void fastBurstTheHandlerRefuses_isDeliveredWhole(FxRobot robot) throws Exception {
        burst(field, "0912345678901234"); // fast, long, but no "|": not a scan
        DeskUi.waitFor(() -> field.getText().equals("abc0912345678901234"));
        assertThat(scans).containsExactly("0912345678901234");
        assertThat(fieldActions).hasValue(1); // and its Enter reached the field
    }
    /**
     * A person presses Space on a button that opens a dialog: the key is held for the quiet gap and then delivered,
     * and the dialog must open (delivered from inside the timer's animation pulse, showAndWait was refused and the
     * action failed silently — found by a keyboard-only pass on "Chuyển xử lý").
     */
    @Test
    void aHeldSpaceOnAButton_opensItsDialog(FxRobot robot) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Object> outcome = new java.util.concurrent.atomic.AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            button.setOnAction(e -> {
                javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                        javafx.scene.control.Alert.AlertType.INFORMATION, "?");
                javafx.application.Platform.runLater(alert::close);
                try {
                    alert.showAndWait();
                    outcome.set("shown");
                } catch (IllegalStateException ex) {
                    outcome.set(ex);
                }
            });
            button.requestFocus();
            WedgeKeys.type(scene, ' ');
        }).get();
        DeskUi.waitFor(() -> outcome.get() != null);
        assertThat(outcome.get()).isEqualTo("shown");
    }
}

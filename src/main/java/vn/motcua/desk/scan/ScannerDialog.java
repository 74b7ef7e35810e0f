package vn.motcua.desk.scan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.Messages;
import vn.motcua.domain.citizen.CitizenIds;
import vn.motcua.domain.citizen.IdCardPayload;
import vn.motcua.domain.citizen.IdCardReading;

/**
 * The scanner setting of this computer: the serial port of a scanner in USB CDC mode (listed, or typed), or none
 * (keyboard mode), with a test that waits for one scan on the chosen port and shows what it read.
 */
final class ScannerDialog {
    private static final Duration TEST_WAIT = Duration.ofSeconds(15);

    private ScannerDialog() {
    }

    static void show(Window owner, Messages m, ScannerSettings settings) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.t("scanner.title"));
        dialog.setHeaderText(null);
        ButtonType save = new ButtonType(m.t("button.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.t("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Dialogs.prepare(dialog.getDialogPane(), owner);

        Label hint = new Label(m.t("scanner.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(560);
        ComboBox<String> port = new ComboBox<>();
        port.setId("scanner-port");
        port.setEditable(true);
        port.setPromptText(m.t("scanner.port.none"));
        port.setMaxWidth(Double.MAX_VALUE);
        Label found = new Label();
        found.getStyleClass().addAll("text-muted", "text-small");
        found.setWrapText(true);
        Runnable refresh = () -> {
            var ports = SerialPorts.list();
            port.getItems().setAll(ports.stream().map(SerialPorts.PortInfo::path).toList());
            found.setText(ports.isEmpty() ? m.t("scanner.ports.none") : m.t("scanner.ports.found",
                    String.join(", ", ports.stream().map(p -> p.path() + " (" + p.description() + ")").toList())));
        };
        refresh.run();
        port.setValue(settings.port().isEmpty() ? null : settings.port());
        Button again = new Button(m.t("scanner.refresh"));
        again.setOnAction(e -> refresh.run());
        Button test = new Button(m.t("scanner.test"));
        test.setId("scanner-test");
        Label result = new Label();
        result.setId("scanner-test-result");
        result.setWrapText(true);
        result.setMaxWidth(560);
        AtomicReference<SerialScanner> testing = new AtomicReference<>();
        test.setOnAction(e -> {
            stop(testing);
            String name = text(port);
            if (name.isEmpty()) {
                result.setText(m.t("scanner.test.noPort"));
                return;
            }
            result.setText(m.t("scanner.test.waiting", name, TEST_WAIT.toSeconds()));
            AtomicReference<Boolean> answered = new AtomicReference<>(false);
            SerialScanner s = SerialScanner.start(name, SerialPorts.OPENER, payload -> Platform.runLater(() -> {
                answered.set(true);
                result.setText(describe(m, IdCardPayload.read(payload, LocalDate.now())));
                stop(testing);
            }), state -> Platform.runLater(() -> {
                if (state == SerialScanner.State.WAITING && !answered.get()) {
                    result.setText(m.t("scanner.test.cannotOpen", name));
                    stop(testing);
                }
            }));
            testing.set(s);
            javafx.animation.PauseTransition timeout = new javafx.animation.PauseTransition(
                    javafx.util.Duration.seconds(TEST_WAIT.toSeconds()));
            timeout.setOnFinished(t -> {
                if (testing.get() == s && !answered.get()) {
                    stop(testing);
                    result.setText(m.t("scanner.test.timeout", name));
                }
            });
            timeout.play();
        });
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.add(hint, 0, 0, 2, 1);
        grid.add(new Label(m.t("scanner.port")), 0, 1);
        grid.add(new HBox(8, port, again), 1, 1);
        grid.add(found, 1, 2);
        grid.add(test, 1, 3);
        grid.add(result, 0, 4, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType chosen = dialog.showAndWait().orElse(cancel);
        stop(testing);
        if (chosen == save) {
            settings.setPort(text(port));
            try {
                settings.save();
            } catch (java.io.IOException ex) {
                Dialogs.error(owner, m, m.t("scanner.saveFailed", ex.getMessage()));
            }
        }
    }

    /** What a test scan read, with the ID masked (the dialog may be seen by the citizen). */
    static String describe(Messages m, IdCardReading r) {
        if (!r.ok()) {
            return m.t("scanner.test.damaged", m.msg(r.problem()));
        }
        var c = r.card();
        String text = m.t("scanner.test.ok", c.fullName(), CitizenIds.mask(c.idNumber()));
        return c.nameWithoutDiacritics() ? text + "\n" + m.t("register.card.noDiacritics") : text;
    }

    private static String text(ComboBox<String> port) {
        String typed = port.getEditor().getText();
        String v = typed != null && !typed.isBlank() ? typed : port.getValue();
        return v == null ? "" : v.strip();
    }

    private static void stop(AtomicReference<SerialScanner> testing) {
        SerialScanner s = testing.getAndSet(null);
        if (s != null) {
            new Thread(s::close, "scanner-test-stop").start();
        }
    }
}

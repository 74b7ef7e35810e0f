package vn.motcua.desk.supervisor;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.motcua.desk.common.DatePickers;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.Formats;
import vn.motcua.desk.common.Messages;
import vn.motcua.service.ApologyService;

/**
 * The apology slip (Phiếu xin lỗi và hẹn lại ngày trả kết quả): the reason and the new appointment. The dialog stays
 * open with the service's reason when it refuses, so nothing typed is lost.
 */
final class ApologyDialog {
    private ApologyDialog() {
    }

    static void show(Window owner, Messages m, ApologyService.AtRisk dossier, SupervisorViewModel vm,
                     Consumer<ApologyService.Entry> done) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.t("supervisor.apology.title"));
        dialog.setHeaderText(m.t("supervisor.apology.header", dossier.code(), dossier.applicant(),
                Formats.dateTime(dossier.effectiveAt())));
        ButtonType ok = new ButtonType(m.t("supervisor.apology.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.t("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Dialogs.prepare(dialog.getDialogPane(), owner);

        TextArea reason = new TextArea();
        reason.setId("apology-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        DatePicker date = DatePickers.create(vm.proposedAppointment(dossier.effectiveAt()), m);
        date.setId("apology-date");
        ComboBox<LocalTime> time = new ComboBox<>();
        time.setId("apology-time");
        time.getItems().setAll(LocalTime.of(8, 0), LocalTime.of(9, 30), LocalTime.of(10, 30), LocalTime.of(14, 0),
                LocalTime.of(15, 30), LocalTime.of(16, 30));
        time.setValue(LocalTime.of(16, 30));
        Label dayOff = new Label();
        dayOff.setId("apology-dayoff");
        dayOff.getStyleClass().add("warning-text");
        dayOff.setWrapText(true);
        dayOff.managedProperty().bind(dayOff.visibleProperty());
        Label error = new Label();
        error.setId("apology-error");
        error.getStyleClass().add("danger-text");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        Runnable checkDay = () -> {
            LocalDate d = date.getValue();
            boolean off = d != null && !vm.workingCalendar().isWorkingDay(d);
            dayOff.setText(off ? m.t("supervisor.apology.dayOff", Formats.date(d)) : "");
            dayOff.setVisible(off);
        };
        checkDay.run();
        // a fix clears the message it answered
        date.valueProperty().addListener((o, a, b) -> {
            error.setText("");
            checkDay.run();
        });
        reason.textProperty().addListener((o, a, b) -> error.setText(""));
        time.valueProperty().addListener((o, a, b) -> error.setText(""));
        VBox content = new VBox(6, new Label(m.t("supervisor.apology.reason")), reason,
                new Label(m.t("supervisor.apology.newAppointment")), new HBox(8, date, time), dayOff, error);
        dialog.getDialogPane().setContent(content);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("apology-ok");
        vn.motcua.desk.common.NoteFields.install(reason, okButton);
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            DatePickers.commit(date);
            if (reason.getText().isBlank()) {
                error.setText(m.t("supervisor.apology.reasonMissing"));
                reason.requestFocus();
                return;
            }
            if (date.getValue() == null || time.getValue() == null) {
                error.setText(m.t("supervisor.apology.dateMissing"));
                date.requestFocus();
                return;
            }
            error.setText("");
            okButton.setDisable(true);
            vm.apologise(dossier.code(), reason.getText(), date.getValue().atTime(time.getValue()), entry -> {
                dialog.setResult(null);
                dialog.close();
                done.accept(entry);
            }, problem -> {
                okButton.setDisable(false);
                error.setText(problem);
            });
        });
        Platform.runLater(reason::requestFocus);
        dialog.showAndWait();
    }
}

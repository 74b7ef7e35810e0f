package vn.motcua.desk.register;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.motcua.desk.ReceiptPrinter;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Formats;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.service.RegistrationService.Registered;

/**
 * After "Tiếp nhận": the saved dossier's code and appointment, any warnings, and "In giấy tiếp nhận", which hands the
 * dossier to the {@link ReceiptPrinter} (the print module's, once merged) and stays open.
 */
public final class ReceivedDialog {
    /** What the clerk does next. */
    public enum Choice { NEW, VIEW }

    private ReceivedDialog() {
    }

    public static Choice show(Window owner, Messages m, Registered registered, ReceiptPrinter printer,
                              TaskExecutor tasks) {
        return show(owner, m, registered, printer, tasks, null);
    }

    /** @param qrWarning said above the print button while the receipt's QR codes cannot work yet; null when they do */
    public static Choice show(Window owner, Messages m, Registered registered, ReceiptPrinter printer,
                              TaskExecutor tasks, String qrWarning) {
        Dossier d = registered.dossier();
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.t("received.title"));
        dialog.setHeaderText(m.t("received.header"));
        ButtonType print = new ButtonType(m.t("received.print"), ButtonBar.ButtonData.LEFT);
        ButtonType view = new ButtonType(m.t("received.view"), ButtonBar.ButtonData.OTHER);
        ButtonType next = new ButtonType(m.t("received.next"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(print, view, next);
        Dialogs.prepare(dialog.getDialogPane(), owner);

        Label code = new Label(d.code());
        code.setId("received-code");
        code.getStyleClass().add("received-code");
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        int r = 0;
        grid.addRow(r++, muted(m.t("received.applicant")), new Label(d.applicant().fullName()));
        Label proc = new Label(d.procedureName());
        proc.setWrapText(true);
        grid.addRow(r++, muted(m.t("received.procedure")), proc);
        grid.addRow(r++, muted(m.t("received.receivedAt")), new Label(Formats.longVietnamese(d.receivedAt())));
        Label appointment = new Label(d.appointmentAt() == null ? m.t("register.noFixedAppointment")
                : Formats.longVietnamese(d.appointmentAt()));
        appointment.setId("received-appointment");
        appointment.getStyleClass().add("text-bold");
        grid.addRow(r, muted(m.t("received.appointment")), appointment);
        VBox content = new VBox(10, code, grid);
        if (registered.provisionalCalendar()) {
            content.getChildren().add(warning(m.t("register.provisional")));
        }
        for (String w : registered.warnings()) {
            content.getChildren().add(warning(w.contains(": ") ? w.substring(w.indexOf(": ") + 2) : w));
        }
        if (qrWarning != null && !qrWarning.isBlank()) {
            Label qr = warning(qrWarning);
            qr.setId("received-qr-warning");
            content.getChildren().add(qr);
        }
        Label printStatus = new Label(m.t("received.printNote"));
        printStatus.setId("received-print-status");
        printStatus.setWrapText(true);
        printStatus.getStyleClass().add("text-muted");
        content.getChildren().add(printStatus);
        dialog.getDialogPane().setContent(content);

        Button printButton = (Button) dialog.getDialogPane().lookupButton(print);
        printButton.setId("received-print");
        printButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            printButton.setDisable(true);
            BackgroundTask.wrap(() -> printer.print(d))
                    .onSuccess(printStatus::setText)
                    .onFailure(err -> printStatus.setText(ErrorMessages.of(err, m)))
                    .onFinished(() -> printButton.setDisable(false))
                    .executeWith(tasks);
        });
        dialog.getDialogPane().lookupButton(view).setId("received-view");
        dialog.getDialogPane().lookupButton(next).setId("received-next");
        dialog.setResultConverter(b -> b == view ? Choice.VIEW : Choice.NEW);
        return dialog.showAndWait().orElse(Choice.NEW);
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static Label warning(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("warning-text");
        return l;
    }
}

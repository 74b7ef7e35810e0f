package vn.motcua.desk.print;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.motcua.desk.common.DatePickers;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.Messages;

/** "In sổ theo dõi hồ sơ": asks the period (this month by default), then opens the preview. */
public final class LogbookDialog {
    private LogbookDialog() {
    }

    public static void show(Window owner, Messages m, DeskPrinting printing, LocalDate today) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.t("print.title.logbook"));
        dialog.setHeaderText(m.t("print.logbook.header"));
        ButtonType ok = new ButtonType(m.t("print.extras.preview"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(m.t("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.prepare(dialog.getDialogPane(), owner);
        DatePicker from = DatePickers.create(today.with(TemporalAdjusters.firstDayOfMonth()), m);
        from.setId("logbook-from");
        DatePicker to = DatePickers.create(today, m);
        to.setId("logbook-to");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.t("print.logbook.from")), from);
        grid.addRow(1, new Label(m.t("print.logbook.to")), to);
        Label error = new Label();
        error.getStyleClass().add("danger-text");
        error.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, grid, error));
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            String problem = check(from.getValue(), to.getValue(), m);
            if (problem != null) {
                error.setText(problem);
                e.consume();
            }
        });
        dialog.showAndWait().filter(b -> b == ok)
                .ifPresent(b -> printing.logbook(owner, from.getValue(), to.getValue()));
    }

    /** A Vietnamese sentence when the period cannot be printed, else null. */
    static String check(LocalDate from, LocalDate to, Messages m) {
        if (from == null || to == null) {
            return m.t("print.logbook.missing");
        }
        if (to.isBefore(from)) {
            return m.t("print.logbook.order");
        }
        if (from.plusYears(1).isBefore(to)) {
            return m.t("print.logbook.tooLong");
        }
        return null;
    }
}

package vn.motcua.desk.settings;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Actor;
import vn.motcua.service.CalendarService;
import vn.motcua.service.DeskSettings;

/**
 * "Giờ làm việc" for the administrator: the morning and afternoon sessions, the same-day cut-off and the due-soon
 * window — the settings {@code settings set} changes. Every value is checked here with a Vietnamese message before
 * the service checks it again and stores them all in one transaction; a bad value stores nothing.
 */
public final class WorkingHoursDialog {
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d");

    private WorkingHoursDialog() {
    }

    /** Shows the dialog; returns when it is closed (saved or cancelled). */
    public static void show(Window owner, Messages m, CalendarService calendar, Actor actor, TaskExecutor tasks) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.t("workHours.title"));
        dialog.setHeaderText(null);
        ButtonType save = new ButtonType(m.t("button.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.t("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Dialogs.prepare(dialog.getDialogPane(), owner);
        vn.motcua.desk.common.Dialogs.maxWidth(dialog.getDialogPane(), 1300); // 200 % text: the em widths below need more than the usual 760

        DeskSettings s = calendar.settings();
        Map<String, TextField> fields = new LinkedHashMap<>();
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(10);
        int row = 0;
        var hours = s.sessions();
        for (String[] f : new String[][] {
                {DeskSettings.MORNING_START, "morningStart", "workHours.morningStart", hours.morningStart().toString()},
                {DeskSettings.MORNING_END, "morningEnd", "workHours.morningEnd", hours.morningEnd().toString()},
                {DeskSettings.AFTERNOON_START, "afternoonStart", "workHours.afternoonStart",
                        hours.afternoonStart().toString()},
                {DeskSettings.AFTERNOON_END, "afternoonEnd", "workHours.afternoonEnd", hours.afternoonEnd().toString()},
                {DeskSettings.CUTOFF, "cutoff", "workHours.cutoff", s.sameDayCutoff().toString()},
                {DeskSettings.DUE_SOON_HOURS, "dueSoon", "workHours.dueSoon",
                        String.valueOf(s.dueSoonWindow().toHours())}}) {
            TextField t = new TextField(f[3]);
            t.setId("workhours-" + f[1]);
            t.setPrefColumnCount(6);
            fields.put(f[0], t);
            Label label = new Label(m.t(f[2]));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(row++, label, t);
        }
        Label hint = new Label(m.t("workHours.hint"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label error = new Label();
        error.setId("workhours-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(12, grid, hint, error);
        box.setStyle("-fx-min-width: 32em; -fx-pref-width: 32em;");
        dialog.getDialogPane().setContent(box);

        javafx.scene.Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("workhours-save");
        dialog.getDialogPane().lookupButton(cancel).setId("workhours-cancel");
        saveButton.addEventFilter(ActionEvent.ACTION, ev -> {
            ev.consume();
            Map<String, String> values = new LinkedHashMap<>();
            fields.forEach((k, t) -> values.put(k, t.getText() == null ? "" : t.getText().strip()));
            String problem = problem(values, m);
            if (problem != null) {
                error.setText(problem);
                return;
            }
            values.replaceAll((k, v) -> k.equals(DeskSettings.DUE_SOON_HOURS) ? v
                    : LocalTime.parse(pad(v)).toString());
            saveButton.setDisable(true);
            BackgroundTask.wrapRunnable(() -> calendar.putSettings(values, actor))
                    .onSuccess(v -> {
                        dialog.setResult(null);
                        dialog.close();
                        vn.motcua.desk.common.Notices.show(owner, vn.motcua.desk.common.Notices.Kind.DONE,
                                m.t("notice.workHoursSaved"));
                    })
                    .onFailure(e -> error.setText(ErrorMessages.of(e, m)))
                    .onFinished(() -> saveButton.setDisable(false))
                    .executeWith(tasks);
        });
        dialog.showAndWait();
    }

    /** The first thing wrong with the typed values, in the desk's language; null when all are right. */
    static String problem(Map<String, String> values, Messages m) {
        String[][] times = {{DeskSettings.MORNING_START, "workHours.morningStart"},
                {DeskSettings.MORNING_END, "workHours.morningEnd"},
                {DeskSettings.AFTERNOON_START, "workHours.afternoonStart"},
                {DeskSettings.AFTERNOON_END, "workHours.afternoonEnd"}, {DeskSettings.CUTOFF, "workHours.cutoff"}};
        for (String[] t : times) {
            if (!TIME.matcher(values.get(t[0])).matches()) {
                return m.t("workHours.error.time", m.t(t[1]), values.get(t[0]));
            }
        }
        LocalTime ms = time(values, DeskSettings.MORNING_START);
        LocalTime me = time(values, DeskSettings.MORNING_END);
        LocalTime as = time(values, DeskSettings.AFTERNOON_START);
        LocalTime ae = time(values, DeskSettings.AFTERNOON_END);
        if (!ms.isBefore(me) || me.isAfter(as) || !as.isBefore(ae)) {
            return m.t("workHours.error.order");
        }
        LocalTime cut = time(values, DeskSettings.CUTOFF);
        if (cut.isBefore(ms) || cut.isAfter(ae)) {
            return m.t("workHours.error.cutoff", ms.toString(), ae.toString());
        }
        String due = values.get(DeskSettings.DUE_SOON_HOURS);
        if (!due.matches("\\d{1,3}") || Integer.parseInt(due) < 1 || Integer.parseInt(due) > 240) {
            return m.t("workHours.error.dueSoon", due);
        }
        return null;
    }

    private static LocalTime time(Map<String, String> values, String key) {
        return LocalTime.parse(pad(values.get(key)));
    }

    private static String pad(String hhmm) {
        return hhmm.length() == 4 ? "0" + hhmm : hhmm;
    }
}

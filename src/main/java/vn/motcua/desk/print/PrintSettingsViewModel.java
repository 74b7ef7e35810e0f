package vn.motcua.desk.print;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.print.FormType;
import vn.motcua.print.PaperFormat;
import vn.motcua.print.TemplateSet;
import vn.motcua.service.PrintService;
import vn.motcua.service.PrintService.PrintSettings;

/**
 * "Cài đặt in": per form type the printer, the paper and the ESC/POS mode, and (administrators) the template set.
 * Rows are edited in memory and written together by {@link #save()}.
 */
public final class PrintSettingsViewModel {
    /** One form's editable choice. */
    public static final class Row {
        private final FormType type;
        private final StringProperty printer = new SimpleStringProperty("");
        private final ObjectProperty<PaperFormat> format = new SimpleObjectProperty<>();
        private final BooleanProperty escPos = new SimpleBooleanProperty();

        Row(FormType type) {
            this.type = type;
        }

        public FormType type() {
            return type;
        }

        public StringProperty printerProperty() {
            return printer;
        }

        public ObjectProperty<PaperFormat> formatProperty() {
            return format;
        }

        public BooleanProperty escPosProperty() {
            return escPos;
        }
    }

    private final PrintService print;
    private final Actor actor;
    private final TaskExecutor tasks;
    private final Messages m;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final ObjectProperty<TemplateSet> templateSet = new SimpleObjectProperty<>(TemplateSet.DEFAULT);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty noPrinter = new SimpleBooleanProperty();
    /** What was loaded or last saved: the dialog asks before closing when the rows differ from it. */
    private Map<FormType, PrintSettings> saved = Map.of();
    private TemplateSet savedSet;

    public PrintSettingsViewModel(PrintService print, Actor actor, TaskExecutor tasks, Messages m) {
        this.print = print;
        this.actor = actor;
        this.tasks = tasks;
        this.m = m;
        for (FormType t : FormType.values()) {
            rows.add(new Row(t));
        }
    }

    public boolean canChooseTemplateSet() {
        return actor.role() == Role.ADMIN;
    }

    public void load() {
        busy.set(true);
        BackgroundTask.wrap(() -> {
                    Map<FormType, PrintSettings> s = new EnumMap<>(FormType.class);
                    for (FormType t : FormType.values()) {
                        s.put(t, print.settings(t));
                    }
                    return new Loaded(s, print.printers(), print.templateSet());
                })
                .onSuccess(l -> {
                    List<String> all = new java.util.ArrayList<>();
                    all.add(""); // the OS default printer
                    all.addAll(l.printers());
                    printers.setAll(all);
                    for (Row r : rows) {
                        PrintSettings s = l.settings().get(r.type);
                        // set through null so the combo box shows the value even when it equals the initial ""
                        r.printer.set(null);
                        r.printer.set(s.printer());
                        r.format.set(s.format());
                        r.escPos.set(s.escPos());
                    }
                    templateSet.set(l.templateSet());
                    saved = l.settings();
                    savedSet = l.templateSet();
                    noPrinter.set(l.printers().isEmpty());
                    status.set(l.printers().isEmpty() ? m.t("print.settings.noPrinters") : "");
                })
                .onFailure(e -> status.set(ErrorMessages.of(e, m)))
                .onFinished(() -> busy.set(false))
                .executeWith(tasks);
    }

    public void save() {
        save(() -> {
        });
    }

    /** Whether a row or the template set differs from what was loaded or last saved. */
    public boolean hasUnsavedChanges() {
        if (saved.isEmpty()) {
            return false;
        }
        for (Row r : rows) {
            if (!current(r).equals(saved.get(r.type))) {
                return true;
            }
        }
        return canChooseTemplateSet() && templateSet.get() != savedSet;
    }

    private static PrintSettings current(Row r) {
        return new PrintSettings(r.printer.get(), r.format.get(), r.escPos.get());
    }

    /** Saves every row (and the template set); runs {@code afterSaved} on success. */
    public void save(Runnable afterSaved) {
        List<Row> snapshot = List.copyOf(rows);
        Map<FormType, PrintSettings> values = new EnumMap<>(FormType.class);
        for (Row r : snapshot) {
            values.put(r.type, current(r));
        }
        TemplateSet set = templateSet.get();
        boolean admin = canChooseTemplateSet();
        busy.set(true);
        BackgroundTask.wrapRunnable(() -> {
                    for (var e : values.entrySet()) {
                        print.saveSettings(e.getKey(), e.getValue(), actor);
                    }
                    if (admin && set != print.templateSet()) {
                        print.setTemplateSet(set, actor);
                    }
                })
                .onSuccess(v -> {
                    saved = Map.copyOf(values);
                    savedSet = admin ? set : savedSet;
                    status.set(m.t("print.settings.saved"));
                    afterSaved.run();
                })
                .onFailure(e -> status.set(ErrorMessages.of(e, m)))
                .onFinished(() -> busy.set(false))
                .executeWith(tasks);
    }

    private record Loaded(Map<FormType, PrintSettings> settings, List<String> printers, TemplateSet templateSet) {
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<String> printers() {
        return printers;
    }

    public ObjectProperty<TemplateSet> templateSetProperty() {
        return templateSet;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** True when the computer has no printer: forms are still previewed and saved as PDF. */
    public BooleanProperty noPrinterProperty() {
        return noPrinter;
    }
}

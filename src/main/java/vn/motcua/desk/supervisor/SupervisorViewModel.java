package vn.motcua.desk.supervisor;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
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
import vn.motcua.service.ApologyService;
import vn.motcua.service.DashboardService;
import vn.motcua.service.DashboardService.Counts;
import vn.motcua.service.DashboardService.Figure;
import vn.motcua.service.DashboardService.Line;

/**
 * The supervisor's home: one count per figure, the per-clerk and per-field breakdowns, and the list behind the
 * figure last chosen (optionally one clerk's or one field's). Loads in the background; stale answers are dropped.
 */
public final class SupervisorViewModel {
    /** Which list is shown: a figure, optionally narrowed to a clerk (user name) or a field (code). */
    public record Selection(Figure figure, String clerk, String field, String groupLabel) {
    }

    private final Map<Figure, IntegerProperty> totals = new EnumMap<>(Figure.class);
    private final ObservableList<Counts> perClerk = FXCollections.observableArrayList();
    private final ObservableList<Counts> perField = FXCollections.observableArrayList();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<ApologyService.AtRisk> atRisk = FXCollections.observableArrayList();
    private final ObservableList<ApologyService.Entry> apologies = FXCollections.observableArrayList();
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>();
    private final IntegerProperty waitingDays = new SimpleIntegerProperty(DashboardService.DEFAULT_WAITING_DAYS);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty asOf = new SimpleStringProperty("");
    private final DashboardService dashboard;
    private final ApologyService apologyService;
    private final Actor actor;
    private final TaskExecutor tasks;
    private final Messages m;
    private long figuresGeneration;
    private long listGeneration;

    public SupervisorViewModel(DashboardService dashboard, ApologyService apologyService, Actor actor,
                               TaskExecutor tasks, Messages messages) {
        this.dashboard = dashboard;
        this.apologyService = apologyService;
        this.actor = actor;
        this.tasks = tasks;
        this.m = messages;
        for (Figure f : Figure.values()) {
            totals.put(f, new SimpleIntegerProperty(0));
        }
    }

    /** Reloads the figures, and the list shown if any. */
    public void refresh() {
        long gen = ++figuresGeneration;
        int days = waitingDays.get();
        loading.set(true);
        BackgroundTask.wrap(() -> dashboard.figures(actor, days))
                .onSuccess(f -> {
                    if (gen != figuresGeneration) {
                        return;
                    }
                    error.set("");
                    for (Figure x : Figure.values()) {
                        totals.get(x).set(f.total().get(x));
                    }
                    perClerk.setAll(f.perClerk());
                    perField.setAll(f.perField());
                    asOf.set(m.t("supervisor.asOf", vn.motcua.desk.common.Formats.dateTime(f.asOf())));
                })
                .onFailure(e -> error.set(ErrorMessages.of(e, m)))
                .onFinished(() -> loading.set(false))
                .executeWith(tasks);
        if (selection.get() != null) {
            loadList(selection.get());
        }
        loadApologies();
    }

    private void loadApologies() {
        BackgroundTask.wrap(() -> {
            var today = dashboard.today();
            return new Object[] {apologyService.atRisk(actor), apologyService.register(actor, today.minusDays(30),
                    today)};
        }).onSuccess(r -> {
            @SuppressWarnings("unchecked") var risk = (java.util.List<ApologyService.AtRisk>) r[0];
            @SuppressWarnings("unchecked") var reg = (java.util.List<ApologyService.Entry>) r[1];
            atRisk.setAll(risk);
            var newest = new java.util.ArrayList<>(reg);
            java.util.Collections.reverse(newest);
            apologies.setAll(newest);
        }).onFailure(e -> error.set(ErrorMessages.of(e, m))).executeWith(tasks);
    }

    /**
     * Records an apology slip for a dossier; on success the figures and lists reload and {@code done} gets the
     * register entry (to print the slip).
     */
    public void apologise(String code, String reason, java.time.LocalDateTime newAppointment,
                          java.util.function.Consumer<ApologyService.Entry> done,
                          java.util.function.Consumer<String> refused) {
        BackgroundTask.wrap(() -> apologyService.apologise(actor, code, reason, newAppointment))
                .onSuccess(entry -> {
                    refresh();
                    done.accept(entry);
                })
                .onFailure(e -> refused.accept(ErrorMessages.of(e, m)))
                .executeWith(tasks);
    }

    public ObservableList<ApologyService.AtRisk> atRisk() {
        return atRisk;
    }

    public ObservableList<ApologyService.Entry> apologies() {
        return apologies;
    }

    /** Shows the dossiers behind a figure, for everybody. */
    public void select(Figure figure) {
        select(new Selection(figure, null, null, null));
    }

    public void select(Selection s) {
        selection.set(s);
        loadList(s);
    }

    public void setWaitingDays(int days) {
        waitingDays.set(Math.max(1, Math.min(days, 365)));
        refresh();
    }

    private void loadList(Selection s) {
        long gen = ++listGeneration;
        int days = waitingDays.get();
        BackgroundTask.wrap(() -> dashboard.list(actor, s.figure(), days, s.clerk(), s.field()))
                .onSuccess(rows -> {
                    if (gen == listGeneration) {
                        lines.setAll(rows);
                    }
                })
                .onFailure(e -> error.set(ErrorMessages.of(e, m)))
                .executeWith(tasks);
    }

    public IntegerProperty total(Figure f) {
        return totals.get(f);
    }

    public ObservableList<Counts> perClerk() {
        return perClerk;
    }

    public ObservableList<Counts> perField() {
        return perField;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public IntegerProperty waitingDaysProperty() {
        return waitingDays;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty asOfProperty() {
        return asOf;
    }
}

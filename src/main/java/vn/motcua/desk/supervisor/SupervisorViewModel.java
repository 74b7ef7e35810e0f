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
    private long riskGeneration;
    private final IntegerProperty listTotal = new SimpleIntegerProperty(0);
    private final IntegerProperty listOffset = new SimpleIntegerProperty(0);
    private final IntegerProperty riskTotal = new SimpleIntegerProperty(0);
    private final IntegerProperty riskOffset = new SimpleIntegerProperty(0);
    private int pageSize = DashboardService.LIST_LIMIT;
    private final javafx.beans.property.LongProperty dueSoonHours = new javafx.beans.property.SimpleLongProperty(24);
    private volatile long dueSoonHoursFetched = 24;

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
        BackgroundTask.wrap(() -> {
            dueSoonHoursFetched = dashboard.dueSoonHours();
            return dashboard.figures(actor, days);
        })
                .onSuccess(f -> {
                    if (gen != figuresGeneration) {
                        return;
                    }
                    dueSoonHours.set(dueSoonHoursFetched);
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
        long gen = ++riskGeneration;
        int from = riskOffset.get();
        int size = pageSize;
        BackgroundTask.wrap(() -> {
            var today = dashboard.today();
            return new Object[] {apologyService.atRisk(actor, from, size), apologyService.register(actor,
                    today.minusDays(30), today)};
        }).onSuccess(r -> {
            if (gen != riskGeneration) {
                return;
            }
            var risk = (ApologyService.AtRiskPage) r[0];
            @SuppressWarnings("unchecked") var reg = (java.util.List<ApologyService.Entry>) r[1];
            atRisk.setAll(risk.rows());
            riskTotal.set(risk.total());
            riskOffset.set(risk.offset());
            var newest = new java.util.ArrayList<>(reg);
            java.util.Collections.reverse(newest);
            apologies.setAll(newest);
        }).onFailure(e -> error.set(ErrorMessages.of(e, m))).executeWith(tasks);
    }

    private java.util.function.Supplier<vn.motcua.domain.calendar.WorkingCalendar> calendar =
            () -> vn.motcua.domain.calendar.WorkingCalendar.of(java.util.List.of());
    private java.util.function.Supplier<java.time.LocalDate> today = java.time.LocalDate::now;

    /** The office's working calendar and today's date, for the apology slip's new appointment. */
    public void useCalendar(java.util.function.Supplier<vn.motcua.domain.calendar.WorkingCalendar> calendar,
                            java.util.function.Supplier<java.time.LocalDate> today) {
        this.calendar = calendar;
        this.today = today;
    }

    public vn.motcua.domain.calendar.WorkingCalendar workingCalendar() {
        return calendar.get();
    }

    /**
     * The new appointment proposed for a late dossier: the first working day after today, and after the old
     * appointment when that is still ahead.
     */
    public java.time.LocalDate proposedAppointment(java.time.LocalDateTime oldAppointment) {
        java.time.LocalDate base = today.get();
        if (oldAppointment != null && oldAppointment.toLocalDate().isAfter(base)) {
            base = oldAppointment.toLocalDate();
        }
        return calendar.get().nextWorkingDay(base);
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
        listOffset.set(0);
        loadList(s);
    }

    /** Rows a page holds (500; tests use fewer). */
    public void setPageSize(int size) {
        pageSize = Math.max(1, Math.min(size, DashboardService.LIST_LIMIT));
    }

    public int pageSize() {
        return pageSize;
    }

    /** The list's next page (nothing past the last). */
    public void nextListPage() {
        if (selection.get() != null && listOffset.get() + pageSize < listTotal.get()) {
            listOffset.set(listOffset.get() + pageSize);
            loadList(selection.get());
        }
    }

    public void previousListPage() {
        if (selection.get() != null && listOffset.get() > 0) {
            listOffset.set(Math.max(0, listOffset.get() - pageSize));
            loadList(selection.get());
        }
    }

    /** The at-risk table's next page. */
    public void nextRiskPage() {
        if (riskOffset.get() + pageSize < riskTotal.get()) {
            riskOffset.set(riskOffset.get() + pageSize);
            loadApologies();
        }
    }

    public void previousRiskPage() {
        if (riskOffset.get() > 0) {
            riskOffset.set(Math.max(0, riskOffset.get() - pageSize));
            loadApologies();
        }
    }

    /** "1–500 / 1.370", or "" when everything fits on one page. */
    public String range(int offset, int shown, int total) {
        if (total <= shown && offset == 0) {
            return "";
        }
        boolean en = m.english();
        return m.t("supervisor.page", vn.motcua.desk.common.Formats.count(offset + 1, en),
                vn.motcua.desk.common.Formats.count(offset + shown, en),
                vn.motcua.desk.common.Formats.count(total, en));
    }

    /** The due-soon window in hours, as the side bar counts it. */
    public javafx.beans.property.LongProperty dueSoonHoursProperty() {
        return dueSoonHours;
    }

    public IntegerProperty listTotalProperty() {
        return listTotal;
    }

    public IntegerProperty listOffsetProperty() {
        return listOffset;
    }

    public IntegerProperty riskTotalProperty() {
        return riskTotal;
    }

    public IntegerProperty riskOffsetProperty() {
        return riskOffset;
    }

    public void setWaitingDays(int days) {
        waitingDays.set(Math.max(1, Math.min(days, 365)));
        refresh();
    }

    private void loadList(Selection s) {
        long gen = ++listGeneration;
        int days = waitingDays.get();
        int from = listOffset.get();
        int size = pageSize;
        BackgroundTask.wrap(() -> dashboard.page(actor, s.figure(), days, s.clerk(), s.field(), from, size))
                .onSuccess(page -> {
                    if (gen == listGeneration) {
                        listTotal.set(page.total());
                        listOffset.set(page.offset());
                        lines.setAll(page.lines());
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

package vn.motcua.desk.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.office.OfficeProfile;
import vn.motcua.report.Period;
import vn.motcua.report.SatisfactionReport;
import vn.motcua.service.CounterRatingService;
import vn.motcua.service.DashboardService;
import vn.motcua.service.DashboardService.ExportFormat;
import vn.motcua.service.DashboardService.ReportKind;

/** The reports screen: a period, the satisfaction charts for it, and the exports of the official reports. */
public final class ReportsViewModel {
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<SatisfactionReport> satisfaction = new SimpleObjectProperty<>();
    private final ObjectProperty<vn.motcua.report.Indicators766> indicators = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final DashboardService dashboard;
    private final CounterRatingService ratings;
    private final Actor actor;
    private final OfficeProfile office;
    private final TaskExecutor tasks;
    private final Messages m;

    public ReportsViewModel(DashboardService dashboard, CounterRatingService ratings, Actor actor, OfficeProfile office,
                            TaskExecutor tasks, Messages messages) {
        this.dashboard = dashboard;
        this.ratings = ratings;
        this.actor = actor;
        this.office = office;
        this.tasks = tasks;
        this.m = messages;
        thisMonth();
    }

    public void thisMonth() {
        LocalDate today = dashboard.today();
        setPeriod(today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()));
    }

    public void thisQuarter() {
        LocalDate today = dashboard.today();
        LocalDate first = today.with(IsoFields.DAY_OF_QUARTER, 1);
        setPeriod(first, first.plusMonths(3).minusDays(1));
    }

    public void thisYear() {
        LocalDate today = dashboard.today();
        setPeriod(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
    }

    public void setPeriod(LocalDate f, LocalDate t) {
        from.set(f);
        to.set(t);
    }

    /** The period chosen, or empty with the reason in {@link #errorProperty()}. */
    java.util.Optional<Period> period() {
        if (from.get() == null || to.get() == null) {
            error.set(m.t("reports.error.dates"));
            return java.util.Optional.empty();
        }
        if (to.get().isBefore(from.get())) {
            error.set(m.t("reports.error.order"));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Period(from.get(), to.get()));
    }

    /** Loads the satisfaction figures of the period for the charts. */
    public void load() {
        period().ifPresent(p -> {
            error.set("");
            BackgroundTask.wrap(() -> ratings.report(actor, p))
                    .onSuccess(satisfaction::set)
                    .onFailure(e -> error.set(ErrorMessages.of(e, m)))
                    .executeWith(tasks);
            BackgroundTask.wrap(() -> dashboard.indicators(actor, p))
                    .onSuccess(indicators::set)
                    .onFailure(e -> error.set(ErrorMessages.of(e, m)))
                    .executeWith(tasks);
        });
    }

    /** The Decision 766 indicators of the period last shown. */
    public ObjectProperty<vn.motcua.report.Indicators766> indicatorsProperty() {
        return indicators;
    }

    /** Writes one report of the period to {@code file}. */
    public void export(ReportKind kind, ExportFormat format, Path file) {
        period().ifPresent(p -> {
            error.set("");
            status.set(m.t("reports.exporting"));
            BackgroundTask.wrap(() -> {
                byte[] bytes = dashboard.export(actor, kind, p, format, office.officeName(), office.governingBody());
                Files.write(file, bytes);
                return file;
            }).onSuccess(f -> status.set(m.t("reports.exported", f.toString())))
                    .onFailure(e -> {
                        status.set("");
                        error.set(ErrorMessages.of(e, m));
                    })
                    .executeWith(tasks);
        });
    }

    /** A file name such as "bieu-II06a-2026-04-01_2026-06-30.xlsx". */
    public String suggestedName(ReportKind kind, ExportFormat format) {
        String base = switch (kind) {
            case LOGBOOK -> "so-theo-doi-ho-so";
            case PERIOD -> "bieu-II06a";
            case SATISFACTION -> "muc-do-hai-long";
            case INDICATORS -> "chi-so-766";
        };
        return base + "-" + from.get() + "_" + to.get() + "." + format.extension();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<SatisfactionReport> satisfactionProperty() {
        return satisfaction;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }
}

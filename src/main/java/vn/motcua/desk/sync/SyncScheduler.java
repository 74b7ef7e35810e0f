package vn.motcua.desk.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.ScheduledService;
import javafx.concurrent.Task;
import javafx.util.Callback;
import vn.motcua.domain.text.Msg;
import vn.motcua.sync.SyncReport;
import vn.motcua.sync.SyncStatus;

/**
 * Runs the desk's sync ({@code SyncService.syncNow}, over the sync engine) off the FX thread every {@code period}, and after a failed run again after the shorter
 * {@code retryPeriod} (doubling up to {@code period}, with jitter). The read-only properties are what the desk's
 * status bar binds to; they change on the FX thread only. {@link #syncNow()} is the "Đồng bộ ngay" button.
 *
 * <p>The run and the status read are handed in as functions (the desk passes its {@code SyncService}), so this class
 * needs no more than the engine's records. It lives in the desk, not the service layer: JavaFX scheduling is UI
 * machinery, and the service layer hands out no JavaFX type (decision 0016).
 */
public final class SyncScheduler extends ScheduledService<SyncReport> {
    private final Supplier<SyncReport> run;
    private final Supplier<SyncStatus> status;
    private final Duration retryPeriod;
    private final Function<Msg, String> render;
    private final Random jitter = new Random();

    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(this, "online", false);
    private final ReadOnlyIntegerWrapper pendingEvents = new ReadOnlyIntegerWrapper(this, "pendingEvents", 0);
    private final ReadOnlyIntegerWrapper pendingFiles = new ReadOnlyIntegerWrapper(this, "pendingFiles", 0);
    private final ReadOnlyIntegerWrapper quarantined = new ReadOnlyIntegerWrapper(this, "quarantined", 0);
    private final ReadOnlyObjectWrapper<Instant> lastSuccess = new ReadOnlyObjectWrapper<>(this, "lastSuccess");
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper(this, "lastError");
    private final ReadOnlyStringWrapper clockWarning = new ReadOnlyStringWrapper(this, "clockWarning");
    private final ReadOnlyObjectWrapper<SyncReport> lastReport = new ReadOnlyObjectWrapper<>(this, "lastReport");

    public SyncScheduler(Supplier<SyncReport> run, Supplier<SyncStatus> status, Duration period,
                         Duration retryPeriod) {
        this(run, status, period, retryPeriod, Msg::vi);
    }

    /**
     * A scheduler whose error and clock warning are {@code render}ed in the clerk's language (the desk passes its
     * {@code Messages::msg}; issue 19).
     */
    public SyncScheduler(Supplier<SyncReport> run, Supplier<SyncStatus> status, Duration period,
                         Duration retryPeriod, Function<Msg, String> render) {
        this.render = render;
        this.run = run;
        this.status = status;
        this.retryPeriod = retryPeriod;
        setPeriod(javafx.util.Duration.millis(period.toMillis()));
        setRestartOnFailure(true);
        setMaximumCumulativePeriod(javafx.util.Duration.millis(period.toMillis()));
        setBackoffStrategy(backoff());
        setOnSucceeded(e -> show(getValue(), null));
        setOnFailed(e -> show(null, getException()));
    }

    private Callback<ScheduledService<?>, javafx.util.Duration> backoff() {
        return service -> {
            int failures = Math.max(1, service.getCurrentFailureCount());
            double base = retryPeriod.toMillis() * Math.pow(2, Math.min(failures - 1, 10));
            double capped = Math.min(base, getPeriod().toMillis());
            return javafx.util.Duration.millis(capped / 2 + jitter.nextDouble() * capped / 2);
        };
    }

    @Override
    protected Task<SyncReport> createTask() {
        return new Task<>() {
            @Override
            protected SyncReport call() {
                SyncReport r = run.get();
                if (!r.ok()) {
                    // a failed run makes the service retry after the shorter period
                    throw new SyncRunFailed(r);
                }
                return r;
            }
        };
    }

    /** A run that did not go through; carries its report for the status bar. */
    public static final class SyncRunFailed extends RuntimeException {
        private final transient SyncReport report;

        SyncRunFailed(SyncReport report) {
            super(report.error());
            this.report = report;
        }

        public SyncReport report() {
            return report;
        }
    }

    /** "Đồng bộ ngay": runs at once (or right after the run in progress). Call on the FX thread. */
    public void syncNow() {
        if (getState() == State.RUNNING || getState() == State.SCHEDULED) {
            cancel();
        }
        restart();
    }

    /** Re-reads the counts without a network call (after the clerk registers a dossier). Call on the FX thread. */
    public void refresh() {
        SyncStatus s = status.get();
        apply(s);
    }

    private void show(SyncReport r, Throwable failure) {
        if (failure instanceof SyncRunFailed f) {
            lastReport.set(f.report());
        } else if (r != null) {
            lastReport.set(r);
        } else if (failure instanceof vn.motcua.sync.SyncException e) {
            lastError.set(render.apply(e.msg()));
        } else if (failure != null) {
            lastError.set(failure.getMessage());
        }
        apply(status.get());
    }

    private void apply(SyncStatus s) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> apply(s));
            return;
        }
        online.set(s.online());
        pendingEvents.set(s.pendingEvents());
        pendingFiles.set(s.pendingFiles());
        quarantined.set(s.quarantined());
        lastSuccess.set(s.lastSuccess());
        lastError.set(s.lastErrorMsg() != null ? render.apply(s.lastErrorMsg()) : s.lastError());
        clockWarning.set(s.clockWarningMsg() != null ? render.apply(s.clockWarningMsg()) : s.clockWarning());
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    /** Attachments not yet confirmed by the server. */
    public ReadOnlyIntegerProperty pendingFilesProperty() {
        return pendingFiles.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pendingEventsProperty() {
        return pendingEvents.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty quarantinedProperty() {
        return quarantined.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastSuccessProperty() {
        return lastSuccess.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clockWarningProperty() {
        return clockWarning.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SyncReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }
}

package vn.motcua.desk.sync;

import java.time.Clock;
import java.time.LocalDateTime;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.Formats;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Actor;
import vn.motcua.service.SyncService;
import vn.motcua.sync.SyncStatus;

/**
 * "Kết nối máy chủ" (administrator): the server URL and one-time enrollment code form, and what the desk is enrolled
 * with — server, office, desk number, the catalogue and calendar versions in use, the last sync.
 */
public final class ConnectionViewModel {
    private final SyncService sync;
    private final Actor actor;
    private final TaskExecutor tasks;
    private final Messages m;
    private final Clock clock;

    private final StringProperty serverUrl = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty deviceName = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty warning = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<SyncStatus> status = new SimpleObjectProperty<>();
    private final StringProperty enrolledServer = new SimpleStringProperty("");
    private final StringProperty enrolledOffice = new SimpleStringProperty("");
    private final StringProperty enrolledDesk = new SimpleStringProperty("");
    private final StringProperty catalogVersion = new SimpleStringProperty("");
    private final StringProperty calendarVersion = new SimpleStringProperty("");
    private final StringProperty lastSync = new SimpleStringProperty("");
    private final BooleanBinding canEnroll;

    public ConnectionViewModel(SyncService sync, Actor actor, TaskExecutor tasks, Messages messages, Clock clock) {
        this.sync = sync;
        this.actor = actor;
        this.tasks = tasks;
        this.m = messages;
        this.clock = clock;
        canEnroll = Bindings.createBooleanBinding(() -> !busy.get() && !serverUrl.get().isBlank()
                && !code.get().isBlank(), busy, serverUrl, code);
        status.addListener((obs, old, s) -> showStatus(s));
        showStatus(null);
    }

    /** Reads what the desk is enrolled with. */
    public void load() {
        BackgroundTask.wrap(sync::status)
                .onSuccess(s -> {
                    status.set(s);
                    if (s.enrolled() && serverUrl.get().isBlank()) {
                        serverUrl.set(s.serverUrl());
                    }
                })
                .onFailure(e -> error.set(SyncErrors.of(e, m)))
                .executeWith(tasks);
    }

    /** Enrolls with the server; {@code onEnrolled} runs on success (the status bar starts syncing). */
    public void enroll(Runnable onEnrolled) {
        if (!canEnroll.get()) {
            error.set(m.t("sync.connection.missing"));
            return;
        }
        busy.set(true);
        error.set("");
        message.set("");
        warning.set("");
        String url = serverUrl.get().strip();
        String c = code.get().strip().toUpperCase(java.util.Locale.ROOT);
        String name = deviceName.get() == null || deviceName.get().isBlank() ? null : deviceName.get().strip();
        BackgroundTask.wrap(() -> sync.enroll(url, c, name, actor))
                .onSuccess(e -> {
                    message.set(m.t("sync.connection.done", e.officeName(), e.officeCode(), e.deskNo()));
                    warning.set(e.warningMsg() != null ? m.msg(e.warningMsg()) : e.warning() == null ? "" : e.warning());
                    code.set("");
                    load();
                    if (onEnrolled != null) {
                        onEnrolled.run();
                    }
                })
                .onFailure(e -> error.set(SyncErrors.of(e, m)))
                .onFinished(() -> busy.set(false))
                .executeWith(tasks);
    }

    private void showStatus(SyncStatus s) {
        String none = m.t("sync.connection.none");
        if (s == null || !s.enrolled()) {
            enrolledServer.set(m.t("sync.connection.notEnrolled"));
            enrolledOffice.set(none);
            enrolledDesk.set(none);
        } else {
            enrolledServer.set(s.serverUrl());
            enrolledOffice.set(s.officeCode());
            enrolledDesk.set(m.t("status.desk", s.deskNo()));
        }
        catalogVersion.set(s == null || s.catalogVersion() == null ? m.t("sync.connection.builtIn")
                : String.valueOf(s.catalogVersion()));
        calendarVersion.set(s == null || s.calendarVersion() == null ? m.t("sync.connection.builtIn")
                : String.valueOf(s.calendarVersion()));
        lastSync.set(s == null || s.lastSuccess() == null ? m.t("sync.status.never")
                : Formats.dateTime(LocalDateTime.ofInstant(s.lastSuccess(), clock.getZone())));
    }

    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty deviceNameProperty() {
        return deviceName;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty warningProperty() {
        return warning;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canEnrollProperty() {
        return canEnroll;
    }

    public ObjectProperty<SyncStatus> statusProperty() {
        return status;
    }

    public StringProperty enrolledServerProperty() {
        return enrolledServer;
    }

    public StringProperty enrolledOfficeProperty() {
        return enrolledOffice;
    }

    public StringProperty enrolledDeskProperty() {
        return enrolledDesk;
    }

    public StringProperty catalogVersionProperty() {
        return catalogVersion;
    }

    public StringProperty calendarVersionProperty() {
        return calendarVersion;
    }

    public StringProperty lastSyncProperty() {
        return lastSync;
    }
}

package vn.motcua.desk.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.motcua.desk.common.Formats;
import vn.motcua.desk.common.Messages;
import vn.motcua.sync.SyncStatus;

/**
 * What the status bar's connectivity item says: online / offline / not connected, the events waiting to go up, the
 * last successful sync, the last error (in the tooltip) and the clock warning (its own amber label).
 */
public final class SyncStatusViewModel {
    /** The item's look; {@code styleClass} is added to the label. */
    public enum Look {
        NOT_ENROLLED("offline"), ONLINE("sync-online"), OFFLINE("sync-offline"), PROBLEM("sync-problem");

        private final String styleClass;

        Look(String styleClass) {
            this.styleClass = styleClass;
        }

        public String styleClass() {
            return styleClass;
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages m;
    private final Clock clock;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");
    private final StringProperty clockWarning = new SimpleStringProperty("");
    private final ObjectProperty<Look> look = new SimpleObjectProperty<>(Look.NOT_ENROLLED);
    private final BooleanProperty enrolled = new SimpleBooleanProperty(false);
    private final BooleanProperty syncing = new SimpleBooleanProperty(false);

    public SyncStatusViewModel(Messages messages, Clock clock) {
        this.m = messages;
        this.clock = clock;
        show(false, false, 0, 0, null, null, null, 0);
    }

    /** Shows a status read from the database. */
    public void show(SyncStatus s) {
        show(s.enrolled(), s.online(), s.pendingEvents(), s.quarantined(), s.lastSuccess(),
                s.lastErrorMsg() != null ? m.msg(s.lastErrorMsg()) : s.lastError(),
                s.clockWarningMsg() != null ? m.msg(s.clockWarningMsg()) : s.clockWarning(), s.pendingFiles());
    }

    /** Shows the scheduler's view of the connection. */
    public void show(boolean isEnrolled, boolean online, int pending, int quarantined, Instant lastSuccess,
                     String lastError, String warning, int pendingFiles) {
        enrolled.set(isEnrolled);
        clockWarning.set(warning == null || !isEnrolled ? "" : warning);
        if (!isEnrolled) {
            look.set(Look.NOT_ENROLLED);
            text.set(m.t("status.offline"));
            details.set(m.t("sync.status.notEnrolled"));
            return;
        }
        StringBuilder t = new StringBuilder(m.t(online ? "sync.status.online" : "sync.status.offline"));
        if (pending > 0) {
            t.append(" · ").append(m.t("sync.status.pending", pending));
        } else if (online && pendingFiles == 0) {
            t.append(" · ").append(m.t("sync.status.upToDate"));
        }
        if (pendingFiles > 0) {
            t.append(" · ").append(m.t("sync.status.pendingFiles", pendingFiles));
        }
        if (lastSuccess != null && (!online || pending > 0)) {
            t.append(" · ").append(m.t("sync.status.lastSuccess", when(lastSuccess)));
        }
        if (quarantined > 0) {
            t.append(" · ").append(m.t("sync.status.quarantined", quarantined));
        }
        text.set(t.toString());
        look.set(quarantined > 0 ? Look.PROBLEM : online ? Look.ONLINE : Look.OFFLINE);
        StringBuilder d = new StringBuilder();
        d.append(m.t("sync.status.lastSuccessLong", lastSuccess == null ? m.t("sync.status.never")
                : Formats.dateTime(LocalDateTime.ofInstant(lastSuccess, clock.getZone()))));
        d.append('\n').append(m.t("sync.status.pendingLong", pending));
        if (pendingFiles > 0) {
            d.append('\n').append(m.t("sync.status.pendingFilesLong", pendingFiles));
        }
        if (lastError != null && !lastError.isBlank()) {
            d.append('\n').append(m.t("sync.status.lastError", lastError));
        }
        if (quarantined > 0) {
            d.append('\n').append(m.t("sync.status.quarantinedLong", quarantined));
        }
        details.set(d.toString());
    }

    /** Today: "09:12"; another day: "20/11/2026 09:12". */
    String when(Instant at) {
        LocalDateTime t = LocalDateTime.ofInstant(at, clock.getZone());
        return t.toLocalDate().equals(LocalDate.now(clock)) ? TIME.format(t) : Formats.dateTime(t);
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty detailsProperty() {
        return details;
    }

    public StringProperty clockWarningProperty() {
        return clockWarning;
    }

    public ObjectProperty<Look> lookProperty() {
        return look;
    }

    public BooleanProperty enrolledProperty() {
        return enrolled;
    }

    /** A run is in progress (the "Đồng bộ ngay" button waits). */
    public BooleanProperty syncingProperty() {
        return syncing;
    }
}

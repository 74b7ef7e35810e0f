package vn.motcua.desk.main;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.motcua.desk.Session;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.Formats;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.office.OfficeProfile;
import vn.motcua.service.QueueService;
import vn.motcua.service.QueueService.Queue;

/**
 * The main window's state: the session, the live count of every queue, today's date, the office's name and whether
 * receipts' QR codes work yet. What it computes is read-only to the view.
 */
public final class MainViewModel {
    private final Map<Queue, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Queue.class);
    private final ReadOnlyStringWrapper today = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper officeName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper officeLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper qrWarning = new ReadOnlyBooleanWrapper(false);
    private final Session session;
    private final QueueService queues;
    private final TaskExecutor tasks;
    private final Messages m;
    private final Clock clock;
    private final BooleanSupplier qrCodesWork;
    private boolean disposed;

    /** @param qrCodesWork whether receipts' QR codes lead somewhere (false until the desk is enrolled) */
    public MainViewModel(Session session, QueueService queues, TaskExecutor tasks, Messages messages, Clock clock,
                         BooleanSupplier qrCodesWork) {
        this.session = session;
        this.queues = queues;
        this.tasks = tasks;
        this.m = messages;
        this.clock = clock;
        this.qrCodesWork = qrCodesWork;
        for (Queue q : Queue.values()) {
            counts.put(q, new ReadOnlyIntegerWrapper(0));
        }
        officeChanged(session.office());
        tick();
        refreshQr();
    }

    /** Reloads every queue's count in the background. */
    public void refreshCounts() {
        if (disposed) {
            return;
        }
        BackgroundTask.wrap(queues::counts)
                .onSuccess(map -> {
                    if (!disposed) {
                        map.forEach((q, n) -> counts.get(q).set(n));
                    }
                })
                .executeWith(tasks);
    }

    /** The window closed or the user signed out: no more loading (a load under way is dropped). */
    public void dispose() {
        disposed = true;
    }

    /** Updates the date shown in the status bar (called every minute). */
    public void tick() {
        LocalDate d = LocalDate.now(clock);
        today.set(m.t("weekday." + d.getDayOfWeek().name()) + ", " + Formats.date(d));
    }

    /** Looks again whether the QR codes work (the desk may have been enrolled meanwhile). */
    public void refreshQr() {
        qrWarning.set(!qrCodesWork.getAsBoolean());
    }

    /** The administrator saved the office's details. */
    public void officeChanged(OfficeProfile office) {
        officeName.set(office.officeName());
        officeLine.set(office.officeName() + " · " + office.agencyCode());
    }

    public ReadOnlyIntegerProperty count(Queue q) {
        return counts.get(q).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty todayProperty() {
        return today.getReadOnlyProperty();
    }

    /** The office's name for the header. */
    public ReadOnlyStringProperty officeNameProperty() {
        return officeName.getReadOnlyProperty();
    }

    /** "name · agency code" for the status bar. */
    public ReadOnlyStringProperty officeLineProperty() {
        return officeLine.getReadOnlyProperty();
    }

    /** True while receipts' QR codes cannot work yet: the status bar warns. */
    public ReadOnlyBooleanProperty qrWarningProperty() {
        return qrWarning.getReadOnlyProperty();
    }

    public Session session() {
        return session;
    }

    public boolean isAdmin() {
        return session.actor().role() == Role.ADMIN;
    }

    /** Supervisors and administrators see the supervisor's home and the reports. */
    public boolean supervises() {
        return session.actor().role() != Role.CLERK;
    }

    public String userLine() {
        return session.actor().fullName() + " (" + m.of("role", session.actor().role()) + ")";
    }
}

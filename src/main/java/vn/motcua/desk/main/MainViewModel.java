package vn.motcua.desk.main;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.motcua.desk.Session;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.Formats;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Role;
import vn.motcua.service.QueueService;
import vn.motcua.service.QueueService.Queue;

/** The main window's state: the session, the live count of every queue, today's date. */
public final class MainViewModel {
    private final Map<Queue, IntegerProperty> counts = new EnumMap<>(Queue.class);
    private final StringProperty today = new SimpleStringProperty("");
    private final Session session;
    private final QueueService queues;
    private final TaskExecutor tasks;
    private final Messages m;
    private final Clock clock;
    private boolean disposed;

    public MainViewModel(Session session, QueueService queues, TaskExecutor tasks, Messages messages, Clock clock) {
        this.session = session;
        this.queues = queues;
        this.tasks = tasks;
        this.m = messages;
        this.clock = clock;
        for (Queue q : Queue.values()) {
            counts.put(q, new SimpleIntegerProperty(0));
        }
        tick();
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

    public IntegerProperty count(Queue q) {
        return counts.get(q);
    }

    public StringProperty todayProperty() {
        return today;
    }

    public Session session() {
        return session;
    }

    public boolean isAdmin() {
        return session.actor().role() == Role.ADMIN;
    }

    public String userLine() {
        return session.actor().fullName() + " (" + m.of("role", session.actor().role()) + ")";
    }
}

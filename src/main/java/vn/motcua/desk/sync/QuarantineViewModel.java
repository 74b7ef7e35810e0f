package vn.motcua.desk.sync;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Actor;
import vn.motcua.service.SyncService;
import vn.motcua.store.SyncOutboxRepository.Quarantined;

/**
 * "Lỗi đồng bộ" (supervisor): the events the server refused, with its reason; retry puts one back in the queue,
 * resolve marks it handled with a note. The service checks the role and the note.
 */
public final class QuarantineViewModel {
    private final SyncService sync;
    private final Actor actor;
    private final TaskExecutor tasks;
    private final Messages m;
    private final ObservableList<Quarantined> events = FXCollections.observableArrayList();
    private final BooleanProperty includeResolved = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private Runnable onChange = () -> { };

    public QuarantineViewModel(SyncService sync, Actor actor, TaskExecutor tasks, Messages messages) {
        this.sync = sync;
        this.actor = actor;
        this.tasks = tasks;
        this.m = messages;
        includeResolved.addListener((obs, old, now) -> load());
    }

    /** Runs after a retry or resolve (the status bar re-reads its counts). */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange == null ? () -> { } : onChange;
    }

    public void load() {
        boolean all = includeResolved.get();
        BackgroundTask.wrap(() -> sync.quarantined(all, actor))
                .onSuccess(events::setAll)
                .onFailure(e -> error.set(SyncErrors.of(e, m)))
                .executeWith(tasks);
    }

    public void retry(Quarantined q) {
        if (q == null || !q.open()) {
            error.set(m.t("sync.quarantine.pick"));
            return;
        }
        run(() -> sync.retry(q.seq(), actor), m.t("sync.quarantine.retried", label(q)));
    }

    public void resolve(Quarantined q, String note) {
        if (q == null || !q.open()) {
            error.set(m.t("sync.quarantine.pick"));
            return;
        }
        run(() -> sync.resolve(q.seq(), note, actor), m.t("sync.quarantine.resolved", label(q)));
    }

    private String label(Quarantined q) {
        return q.dossierCode() == null ? "#" + q.seq() : q.dossierCode();
    }

    private void run(java.util.concurrent.Callable<Boolean> work, String done) {
        error.set("");
        message.set("");
        BackgroundTask.wrap(work)
                .onSuccess(changed -> {
                    message.set(changed ? done : m.t("sync.quarantine.unchanged"));
                    load();
                    onChange.run();
                })
                .onFailure(e -> error.set(SyncErrors.of(e, m)))
                .executeWith(tasks);
    }

    /** The event type as the supervisor reads it ("Tiếp nhận hồ sơ"), or the raw type when unknown. */
    public String typeLabel(String type) {
        String key = "sync.event." + type;
        return m.bundle().containsKey(key) ? m.t(key) : type;
    }

    public ObservableList<Quarantined> events() {
        return events;
    }

    public BooleanProperty includeResolvedProperty() {
        return includeResolved;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }
}

package vn.motcua.desk.backup;

import java.nio.file.Path;
import java.time.Clock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.service.BackupService.Backup;
import vn.motcua.service.BackupService.Restored;

/**
 * The recovery screen shown at start when the database fails its quick check: the backups, "restore the newest good
 * one" or a chosen one. {@code onRestored} runs on the FX thread once the folder holds a sound database again.
 */
public final class RecoveryViewModel {
    private final Path dataDir;
    private final Clock clock;
    private final TaskExecutor tasks;
    private final Messages m;
    private final Runnable onRestored;
    private final String problem;
    private final ObservableList<Backup> backups = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public RecoveryViewModel(Path dataDir, String problem, Clock clock, TaskExecutor tasks, Messages m,
                             Runnable onRestored) {
        this.dataDir = dataDir;
        this.problem = problem;
        this.clock = clock;
        this.tasks = tasks;
        this.m = m;
        this.onRestored = onRestored;
    }

    public void load() {
        BackgroundTask.wrap(() -> Recovery.backups(dataDir))
                .onSuccess(list -> {
                    backups.setAll(list);
                    if (list.isEmpty()) {
                        status.set(m.t("recovery.noBackups", dataDir.resolve("backups")));
                    }
                })
                .onFailure(e -> status.set(ErrorMessages.of(e, m)))
                .executeWith(tasks);
    }

    public void restoreNewest() {
        run(() -> Recovery.restoreNewestGood(dataDir, clock));
    }

    public void restore(Backup b) {
        if (b != null) {
            run(() -> vn.motcua.service.BackupService.restore(dataDir, b.file(), clock));
        }
    }

    private void run(java.util.concurrent.Callable<Restored> work) {
        busy.set(true);
        status.set(m.t("recovery.restoring"));
        BackgroundTask.wrap(work)
                .onSuccess(r -> {
                    if ("ok".equals(r.integrityAfter())) {
                        status.set(m.t("backup.restored", r.restoredFrom().getFileName(), r.previousKeptAs() == null
                                ? "-" : r.previousKeptAs().getFileName()));
                        onRestored.run();
                    } else {
                        status.set(m.t("backup.restoredBad", r.integrityAfter()));
                    }
                })
                .onFailure(e -> status.set(ErrorMessages.of(e, m)))
                .onFinished(() -> busy.set(false))
                .executeWith(tasks);
    }

    public String problem() {
        return problem;
    }

    public Path dataDir() {
        return dataDir;
    }

    public ObservableList<Backup> backups() {
        return backups;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}

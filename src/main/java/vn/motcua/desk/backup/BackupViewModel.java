package vn.motcua.desk.backup;

import java.nio.file.Path;
import java.util.function.Consumer;
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
import vn.motcua.service.BackupService;
import vn.motcua.service.BackupService.Backup;
import vn.motcua.service.BackupService.Made;

/**
 * "Sao lưu &amp; khôi phục" (administrators): back up now into the data folder or a chosen folder (a USB stick), the
 * list of backups, and restore one — which closes the desk's database, restores and reopens (the shell does that
 * through {@code restorer}).
 */
public final class BackupViewModel {
    private final BackupService service;
    private final TaskExecutor tasks;
    private final Messages m;
    private final Consumer<Path> restorer;
    private final ObservableList<Backup> backups = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param restorer closes the database, restores {@code backup} and reopens the desk; null = not offered */
    public BackupViewModel(BackupService service, TaskExecutor tasks, Messages m, Consumer<Path> restorer) {
        this.service = service;
        this.tasks = tasks;
        this.m = m;
        this.restorer = restorer;
    }

    public void load() {
        BackgroundTask.wrap(() -> BackupService.list(service.folder()))
                .onSuccess(backups::setAll)
                .onFailure(e -> status.set(ErrorMessages.of(e, m)))
                .executeWith(tasks);
    }

    /** Backs up into the data folder's backups. */
    public void backUpNow() {
        create(null);
    }

    /** Backs up into {@code folder} (a USB stick). */
    public void backUpTo(Path folder) {
        if (folder != null) {
            create(folder);
        }
    }

    private void create(Path folder) {
        busy.set(true);
        status.set(m.t("backup.running"));
        BackgroundTask.wrap(() -> service.create(folder))
                .onSuccess((Made made) -> {
                    status.set(made.ok() ? m.t("backup.made", made.backup().file(),
                            BackupTable.size(made.backup().bytes()))
                            : m.t("backup.madeBad", made.backup().file(), made.integrity()));
                    load();
                })
                .onFailure(e -> status.set(ErrorMessages.of(e, m)))
                .onFinished(() -> busy.set(false))
                .executeWith(tasks);
    }

    public boolean canRestore() {
        return restorer != null;
    }

    /** Hands the backup to the shell, which closes the database, restores and reopens. Confirm first. */
    public void restore(Backup b) {
        if (b != null && restorer != null) {
            status.set(m.t("recovery.restoring"));
            restorer.accept(b.file());
        }
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

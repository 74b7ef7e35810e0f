package vn.motcua.desk.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.service.BackupService;
import vn.motcua.service.BackupService.Backup;
import vn.motcua.service.BackupService.Restored;
import vn.motcua.store.Database;

/**
 * Restoring a data folder whose database is NOT open: the newest backup that passes the integrity check, or a chosen
 * one. Used by the recovery screen at start and by "Sao lưu &amp; khôi phục" (the desk closes its context first).
 */
public final class Recovery {
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    private Recovery() {
    }

    /** The data folder's automatic backups, newest first. */
    public static List<Backup> backups(Path dataDir) throws IOException {
        return BackupService.list(dataDir.resolve(BackupService.FOLDER));
    }

    /** Restores the newest backup that checks out; throws when there is none. */
    public static Restored restoreNewestGood(Path dataDir, Clock clock) throws IOException {
        for (Backup b : backups(dataDir)) {
            String check = Database.integrityCheck(b.file());
            if ("ok".equals(check)) {
                return BackupService.restore(dataDir, b.file(), clock);
            }
            LOG.warn("Backup {} skipped: {}", b.file(), check);
        }
        throw new vn.motcua.service.ValidationException("backup", vn.motcua.domain.text.Msg.of(
                "restore.noneGood", dataDir.resolve(BackupService.FOLDER).toString()));
    }
}

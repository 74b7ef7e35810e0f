package vn.motcua.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.domain.text.Msg;
import vn.motcua.store.Database;

/**
 * Backups of the desk's SQLite file: automatic daily ones with rotation in {@code <data>/backups}, on-demand ones to any
 * folder (a USB stick), and restore with an integrity check before and after. Restoring swaps files, so it runs on a
 * data folder that is not open ({@link #restore(Path, Path, Clock)}).
 */
public final class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    public static final String FOLDER = "backups";
    public static final int DEFAULT_KEEP = 14;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("motcua-(\\d{8}-\\d{6})\\.db");

    private final Database db;
    private final Path dataDir;
    private final Clock clock;

    BackupService(Database db, Path dataDir, Clock clock) {
        this.db = db;
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /** One backup file. */
    public record Backup(Path file, LocalDateTime takenAt, long bytes) {
    }

    /** A backup just made and what the check of the copy said. */
    public record Made(Backup backup, String integrity) {
        public boolean ok() {
            return "ok".equals(integrity);
        }
    }

    public Path folder() {
        return dataDir.resolve(FOLDER);
    }

    /** Backs up into {@code folder} (default: the data folder's backups); the copy is integrity-checked. */
    public Made create(Path folder) throws IOException {
        Path dir = folder == null ? folder() : folder;
        Files.createDirectories(dir);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Path target = dir.resolve("motcua-" + STAMP.format(now) + ".db");
        int n = 1;
        while (Files.exists(target)) {
            target = dir.resolve("motcua-" + STAMP.format(now) + "-" + n++ + ".db");
        }
        String integrity = db.backupTo(target);
        if (!"ok".equals(integrity)) {
            LOG.error("Backup {} failed its integrity check: {}", target, integrity);
        }
        return new Made(new Backup(target, now, Files.size(target)), integrity);
    }

    /** Makes today's automatic backup if there is none yet, then keeps only the newest {@code keep}. */
    public Optional<Made> dailyIfDue(int keep) throws IOException {
        LocalDate today = LocalDate.now(clock);
        boolean done = list(folder()).stream().anyMatch(b -> b.takenAt().toLocalDate().equals(today));
        Optional<Made> made = done ? Optional.empty() : Optional.of(create(null));
        rotate(Math.max(1, keep));
        return made;
    }

    private void rotate(int keep) throws IOException {
        List<Backup> all = list(folder());
        for (int i = keep; i < all.size(); i++) {
            Files.deleteIfExists(all.get(i).file());
        }
    }

    /** Backups in a folder, newest first. */
    public static List<Backup> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p)) {
                    out.add(new Backup(p, LocalDateTime.parse(m.group(1), STAMP), Files.size(p)));
                }
            }
        }
        out.sort(Comparator.comparing(Backup::takenAt).reversed());
        return out;
    }

    /** What a restore did. */
    public record Restored(Path restoredFrom, Path previousKeptAs, String integrityAfter) {
    }

    /**
     * Replaces the database of a data folder that is NOT open with {@code backup}: the backup is checked first (a
     * damaged backup is refused and nothing changes), the current file is kept beside it as
     * {@code motcua.db.before-restore-<time>}, and the restored file is checked again.
     */
    public static Restored restore(Path dataDir, Path backup, Clock clock) throws IOException {
        String before = Database.integrityCheck(backup);
        if (!"ok".equals(before)) {
            throw new ValidationException("backup", Msg.of("backup.damaged", backup.getFileName(),
                    before));
        }
        Path live = dataDir.resolve(DeskContext.DATABASE_FILE);
        Path kept = null;
        if (Files.exists(live)) {
            kept = dataDir.resolve(DeskContext.DATABASE_FILE + ".before-restore-"
                    + STAMP.format(LocalDateTime.now(clock)));
            Files.move(live, kept, StandardCopyOption.REPLACE_EXISTING);
            for (String suffix : List.of("-wal", "-shm")) {
                Path side = dataDir.resolve(DeskContext.DATABASE_FILE + suffix);
                if (Files.exists(side)) {
                    Files.move(side, dataDir.resolve(kept.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createDirectories(dataDir);
        Path tmp = dataDir.resolve(DeskContext.DATABASE_FILE + ".restoring");
        Files.deleteIfExists(tmp);
        vn.motcua.files.PrivateFiles.createFile(tmp);
        Files.copy(backup, tmp, StandardCopyOption.REPLACE_EXISTING);
        vn.motcua.files.PrivateFiles.file(tmp);
        Files.move(tmp, live, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        String after = Database.integrityCheck(live);
        LOG.warn("Database restored from {} (previous kept as {}), integrity: {}", backup, kept, after);
        return new Restored(backup, kept, after);
    }
}

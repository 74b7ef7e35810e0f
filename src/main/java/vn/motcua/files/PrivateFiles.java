package vn.motcua.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files that hold personal data or secrets (databases, their WAL and shared-memory files, backups, keys) are made
 * readable by their owner only on POSIX systems: folders 0700, files 0600. On Windows the per-user folders are
 * already private to the account and these calls do nothing. Failures are logged, never thrown: a file system
 * without permissions (a FAT USB stick) still gets its backup.
 */
public final class PrivateFiles {
    private static final Logger LOG = LoggerFactory.getLogger(PrivateFiles.class);
    /** SQLite's side files next to a database. */
    private static final String[] SIDE_FILES = {"-wal", "-shm", "-journal"};

    private PrivateFiles() {
    }

    /** Creates {@code dir} if needed and makes it 0700. */
    public static void folder(Path dir) {
        try {
            Files.createDirectories(dir);
            if (posix()) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Could not restrict the permissions of the folder {}: {}", dir, e.getMessage());
        }
    }

    /** Makes an existing file 0600 (nothing when it does not exist). */
    public static void file(Path file) {
        try {
            if (posix() && Files.exists(file)) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Could not restrict the permissions of {}: {}", file, e.getMessage());
        }
    }

    /**
     * Creates an empty file that is 0600 from its first byte (so no other account can open it in the window between
     * creation and a later chmod), or makes an existing one 0600. SQLite then writes into it and creates its side
     * files with the same permissions as the database file.
     */
    public static void createFile(Path file) {
        try {
            if (posix()) {
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                } catch (FileAlreadyExistsException exists) {
                    file(file);
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Could not create {} private: {}", file, e.getMessage());
        }
    }

    /** A database file and its side files (-wal, -shm, -journal) that exist, made 0600. */
    public static void database(Path db) {
        file(db);
        for (String s : SIDE_FILES) {
            file(db.resolveSibling(db.getFileName() + s));
        }
    }

    /** Every regular file directly inside {@code dir} made 0600 (the central data folder: database, keys). */
    public static void filesIn(Path dir) {
        if (!posix() || !Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            files.filter(Files::isRegularFile).forEach(PrivateFiles::file);
        } catch (IOException e) {
            LOG.warn("Could not list {} to restrict its files: {}", dir, e.getMessage());
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}

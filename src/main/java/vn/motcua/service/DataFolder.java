package vn.motcua.service;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder holds personal data (dossiers, ID scans): on POSIX systems it is made readable by its owner only
 * (0700, database 0600). On Windows the per-user %APPDATA% folder is already private to the account.
 */
final class DataFolder {
    private static final Logger LOG = LoggerFactory.getLogger(DataFolder.class);

    private DataFolder() {
    }

    static void restrict(Path dir) {
        try {
            Files.createDirectories(dir);
            if (posix()) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Could not restrict the permissions of the data folder {}: {}", dir, e.getMessage());
        }
    }

    static void restrictFile(Path file) {
        try {
            if (posix() && Files.exists(file)) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Could not restrict the permissions of {}: {}", file, e.getMessage());
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}

package vn.motcua.store;

import java.nio.file.Path;

/**
 * Where digitised files live in a desk's data folder: {@code attachments/ab/abcdef…}, named by the SHA-256 of their
 * content (the first two hex digits name the sub-folder). Shared by the attachment service and the sync engine.
 */
public final class AttachmentFiles {
    public static final String FOLDER = "attachments";

    private AttachmentFiles() {
    }

    /** The attachments folder of the data folder holding {@code databaseFile}. */
    public static Path rootBeside(Path databaseFile) {
        Path parent = databaseFile.toAbsolutePath().getParent();
        return parent.resolve(FOLDER);
    }

    /** The file with this content. */
    public static Path path(Path root, String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex name: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}

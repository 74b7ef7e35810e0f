package vn.motcua.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

    /** The lowercase hex SHA-256 of a file's content, read in blocks. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** A SHA-256 digest (always present in a JVM). */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Moves a finished temporary file (in the same folder tree) to its content-addressed place, atomically where the
     * file system allows, so a reader never sees half a file.
     */
    public static void place(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

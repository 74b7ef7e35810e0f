package vn.motcua.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a secret before it is stored in a database (AES-256-GCM, a label such as the device id as associated data).
 * The key is a file of its own ({@code device.key} beside the desk database, {@code central.key} for the server),
 * readable by its owner only and never in the database: a copied database or a backup file carries no usable secret.
 * The same key also keys {@link #keyedHash} (client addresses of ratings), so those hashes cannot be reversed by
 * trying every address without the key file.
 */
public final class SecretSeal {
    private static final String PREFIX = "sealed:v1:";
    private static final int IV_BYTES = 12;

    /** The key file is missing, damaged, or not the one a value was sealed with. */
    public static final class SealException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SealException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Path file;
    /** Made on first sealing: opening a seal needs none, and a new SecureRandom sets up the security providers. */
    private SecureRandom random;

    private synchronized SecureRandom random() {
        if (random == null) {
            random = new SecureRandom();
        }
        return random;
    }

    public SecretSeal(Path keyFile) {
        this.file = keyFile;
    }

    public Path file() {
        return file;
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** Seals {@code plain}; creates the key file (0600) when there is none. */
    public String seal(String plain, String label) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random().nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key(true), "AES"), new GCMParameterSpec(128, iv));
            cipher.updateAAD(label.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException | IOException e) {
            throw new SealException("cannot seal with " + file + ": " + e.getMessage(), e);
        }
    }

    /** The plain value; a value stored before sealing existed is returned as it is. */
    public String open(String stored, String label) {
        if (!isSealed(stored)) {
            return stored;
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key(false), "AES"),
                    new GCMParameterSpec(128, all, 0, IV_BYTES));
            cipher.updateAAD(label.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            throw new SealException("cannot open a sealed value with " + file + ": " + e, e);
        }
    }

    /** HMAC-SHA256 of {@code text} under a key derived from the key file, lowercase hex (first 32 characters). */
    public String keyedHash(String purpose, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(true), "HmacSHA256"));
            byte[] derived = mac.doFinal(("keyed-hash:" + purpose).getBytes(StandardCharsets.UTF_8));
            mac.init(new SecretKeySpec(derived, "HmacSHA256"));
            byte[] h = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h).substring(0, 32);
        } catch (GeneralSecurityException | IOException e) {
            throw new SealException("cannot hash with " + file + ": " + e.getMessage(), e);
        }
    }

    private byte[] key(boolean create) throws IOException {
        if (Files.isRegularFile(file)) {
            byte[] key = null;
            try {
                key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            } catch (IllegalArgumentException garbled) {
                key = null;
            }
            if (key != null && key.length == 32) {
                return key;
            }
            if (!create) {
                throw new IOException("the key file does not hold a 256-bit key");
            }
            // a damaged key opens nothing any more; what was sealed with it must be made again
            Files.delete(file);
        }
        if (!create) {
            throw new IOException("no key file");
        }
        byte[] key = new byte[32];
        random().nextBytes(key);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "key-", ".tmp");
        try {
            restrict(tmp);
            Files.writeString(tmp, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            try {
                Files.move(tmp, file);
            } catch (FileAlreadyExistsException race) {
                return key(false);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return key;
    }

    private static void restrict(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException windows) {
            // NTFS: the data folder under the user's profile is already private to that user
        }
    }
}

package vn.motcua.sync;

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
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals the device token before it is stored in the desk database (AES-256-GCM, the device id as associated data).
 * The key is a file of its own in the data folder ({@code device.key}, readable by the desk's user only), never in
 * the database: a copied database or a backup file carries no usable token, and a desk restored on another machine
 * enrolls again rather than impersonating the first one.
 */
final class DeviceKey {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceKey.class);
    static final String FILE = "device.key";
    private static final String PREFIX = "sealed:v1:";
    private static final int IV_BYTES = 12;

    private final Path file;
    private final SecureRandom random = new SecureRandom();

    DeviceKey(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    String seal(String token, String deviceId) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key(true), "AES"), new GCMParameterSpec(128, iv));
            cipher.updateAAD(deviceId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException | IOException e) {
            throw SyncException.refused(0, "DEVICE_KEY", "Không tạo được khoá bảo vệ mã truy cập của máy ("
                    + file + "): " + e.getMessage(), null);
        }
    }

    /** The token; a value stored before tokens were sealed is returned as it is. */
    String open(String stored, String deviceId) {
        if (!isSealed(stored)) {
            return stored;
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key(false), "AES"),
                    new GCMParameterSpec(128, all, 0, IV_BYTES));
            cipher.updateAAD(deviceId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            LOG.warn("The device token cannot be opened with {}: {}", file, e.toString());
            throw SyncException.refused(0, "DEVICE_KEY", "Không mở được mã truy cập của máy: khoá bảo vệ (" + FILE
                    + ") bị mất hoặc không khớp (ví dụ dữ liệu được khôi phục sang máy khác). Hãy đăng ký lại máy với "
                    + "máy chủ tỉnh.", null);
        }
    }

    private byte[] key(boolean create) throws IOException {
        if (Files.isRegularFile(file)) {
            byte[] key = null;
            try {
                key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            } catch (IllegalArgumentException garbled) {
                LOG.warn("{} is not a base64 key", file);
            }
            if (key != null && key.length == 32) {
                return key;
            }
            if (!create) {
                throw new IOException("the key file does not hold a 256-bit key");
            }
            // a damaged key opens nothing any more; a new enrollment replaces it
            LOG.warn("{} is damaged and is replaced by a new key (tokens sealed with it are lost)", file);
            Files.delete(file);
        }
        if (!create) {
            throw new IOException("no key file");
        }
        byte[] key = new byte[32];
        random.nextBytes(key);
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "device-", ".key");
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

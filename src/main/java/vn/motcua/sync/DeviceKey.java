package vn.motcua.sync;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.auth.SecretSeal;
import vn.motcua.domain.text.Msg;


/**
 * Seals the device token before it is stored in the desk database (AES-256-GCM, the device id as associated data).
 * The key is a file of its own in the data folder ({@code device.key}, readable by the desk's user only), never in
 * the database: a copied database or a backup file carries no usable token, and a desk restored on another machine
 * enrolls again rather than impersonating the first one.
 */
final class DeviceKey {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceKey.class);
    static final String FILE = "device.key";

    private final SecretSeal seal;

    DeviceKey(Path dataDir) {
        this.seal = new SecretSeal(dataDir.resolve(FILE));
    }

    static boolean isSealed(String stored) {
        return SecretSeal.isSealed(stored);
    }

    String seal(String token, String deviceId) {
        try {
            return seal.seal(token, deviceId);
        } catch (SecretSeal.SealException e) {
            throw SyncException.refused(0, "DEVICE_KEY", Msg.of("sync.deviceKey.create", seal.file(),
                    e.getMessage()), null);
        }
    }

    /** The token; a value stored before tokens were sealed is returned as it is. */
    String open(String stored, String deviceId) {
        try {
            return seal.open(stored, deviceId);
        } catch (SecretSeal.SealException e) {
            LOG.warn("The device token cannot be opened with {}: {}", seal.file(), e.toString());
            throw SyncException.refused(0, "DEVICE_KEY", Msg.of("sync.deviceKey.open", FILE), null);
        }
    }
}

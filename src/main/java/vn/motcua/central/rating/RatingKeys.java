package vn.motcua.central.rating;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.auth.SecretSeal;
import vn.motcua.central.ApiException;
import vn.motcua.central.security.Secrets;
import vn.motcua.central.store.CentralDatabase;
import vn.motcua.central.store.Device;
import vn.motcua.central.store.RatingKeyRepository;
import vn.motcua.central.store.RatingKeyRepository.KeyRow;
import vn.motcua.domain.rating.RatingToken;

/**
 * The desks' rating keys on the server: sealed at rest with the server's key file ({@code central.key}, outside the
 * database, 0600), found by the key id printed in each token, rotated by the desk ({@code POST
 * /api/v1/rating-key}) without breaking the receipts already printed, and limited after a rotation or a revocation
 * to receipts of dossiers received before it.
 */
public final class RatingKeys {
    private static final Logger LOG = LoggerFactory.getLogger(RatingKeys.class);

    private final CentralDatabase db;
    private final RatingKeyRepository keys;
    private final SecretSeal seal;
    private final Clock clock;

    public RatingKeys(CentralDatabase db, RatingKeyRepository keys, SecretSeal seal, Clock clock) {
        this.db = db;
        this.keys = keys;
        this.seal = seal;
        this.clock = clock;
    }

    /** A key that verified a token. */
    public record Match(KeyRow key) {
        public String deviceId() {
            return key.deviceId();
        }

        public Instant cutoff() {
            return key.cutoff();
        }
    }

    private static String label(String office, String deviceId) {
        return "rating-key:" + office + ":" + deviceId;
    }

    /** Stores a desk's secret (sealed) as its current key, inside the caller's transaction. */
    public void add(Connection c, String office, String deviceId, String secret, Instant now) throws SQLException {
        keys.insert(c, office, RatingToken.keyId(secret), deviceId, seal.seal(secret, label(office, deviceId)), now);
    }

    /**
     * A desk's new secret: receipts printed from now on carry its key id; the device's earlier keys are retired (they
     * keep checking receipts of dossiers received before now).
     */
    public String rotate(Device device, String secret) {
        if (!Secrets.isRatingSecret(secret)) {
            throw ApiException.badRequest("INVALID_RATING_SECRET",
                    "Khóa đánh giá của máy (ratingSecret) phải là base64url dài ít nhất 256 bit.");
        }
        Instant now = clock.instant();
        String keyId = RatingToken.keyId(secret);
        db.run(c -> {
            add(c, device.officeCode(), device.id(), secret, now);
            keys.retireOthers(c, device.id(), keyId, now);
        });
        LOG.info("Rating key of device {} (office {}) rotated to key id {}", device.id(), device.officeCode(), keyId);
        return keyId;
    }

    /**
     * Whether the secret is a key of a revoked device of the office: such a secret may be in a thief's hands, so a
     * desk enrolling again must bring a new one.
     */
    public boolean revokedSecret(Connection c, String office, String secret) throws SQLException {
        for (KeyRow k : keys.keys(c, office, RatingToken.keyId(secret))) {
            if (k.deviceRevokedAt() != null) {
                try {
                    if (Secrets.sameText(secret, seal.open(k.sealedSecret(), label(office, k.deviceId())))) {
                        return true;
                    }
                } catch (SecretSeal.SealException e) {
                    LOG.error("Rating key {} cannot be opened: {}", k.keyId(), e.getMessage());
                }
            }
        }
        return false;
    }

    /** The keys of the office whose secret made {@code token} for {@code code}. */
    public List<Match> matching(Connection c, String office, String code, String token) throws SQLException {
        List<Match> out = new ArrayList<>();
        for (KeyRow k : keys.keys(c, office, RatingToken.keyIdOf(token))) {
            String secret;
            try {
                secret = seal.open(k.sealedSecret(), label(office, k.deviceId()));
            } catch (SecretSeal.SealException e) {
                LOG.error("Rating key {} of device {} cannot be opened with {}: {}", k.keyId(), k.deviceId(),
                        seal.file(), e.getMessage());
                continue;
            }
            if (RatingToken.verify(secret, code, token)) {
                out.add(new Match(k));
            }
        }
        return out;
    }

    /** A keyed hash of a client address: equal addresses give equal hashes; the address cannot be read back. */
    public String clientHash(String address) {
        return seal.keyedHash("client-address", address == null ? "" : address);
    }

    /** Moves secrets stored in the clear by an earlier version into sealed keys (once, at start). */
    public void sealLegacySecrets() {
        Instant now = clock.instant();
        int moved = db.write(c -> {
            int n = 0;
            for (String[] d : keys.legacySecrets(c)) {
                if (Secrets.isRatingSecret(d[2])) {
                    add(c, d[1], d[0], d[2], now);
                }
                keys.clearLegacySecret(c, d[0]);
                n++;
            }
            return n;
        });
        if (moved > 0) {
            LOG.info("{} desk rating secret(s) moved out of the device table and sealed with {}", moved, seal.file());
        }
    }
}

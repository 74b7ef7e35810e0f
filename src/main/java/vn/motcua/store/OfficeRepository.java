package vn.motcua.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.domain.office.OfficeProfile;

/**
 * The single office row written by setup. The desk's rating secret is sealed before it is stored (AES-GCM with the
 * desk's key file, {@value #KEY_FILE} beside the database, the same key that seals the device token): a copied
 * database or a backup carries no secret that could make rating tokens.
 */
public final class OfficeRepository {
    /** The key file beside the database (shared with the sync engine's sealed device token). */
    public static final String KEY_FILE = "device.key";

    private final vn.motcua.auth.SecretSeal seal;

    /** A repository sealing with the key file beside {@code databaseFile}. */
    public OfficeRepository(Path databaseFile) {
        this.seal = new vn.motcua.auth.SecretSeal(databaseFile.toAbsolutePath().getParent().resolve(KEY_FILE));
    }

    private static String label(String deviceId) {
        return "rating-secret:" + deviceId;
    }

    /** Whether the stored secret is sealed (false for a row written by an earlier version). */
    public boolean secretSealed(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT rating_secret FROM office WHERE id = 1")) {
            return !rs.next() || vn.motcua.auth.SecretSeal.isSealed(rs.getString(1));
        }
    }

    public Optional<OfficeProfile> find(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("SELECT * FROM office WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new OfficeProfile(rs.getString("office_name"), rs.getString("agency_code"),
                    rs.getInt("desk_no"), rs.getString("governing_body"), rs.getString("unit_name"),
                    rs.getString("place_name"), openSecret(rs.getString("rating_secret"), rs.getString("device_id")),
                    UUID.fromString(rs.getString("device_id")), SqlValues.ts(rs, "created_at")));
        }
    }

    public void save(Connection c, OfficeProfile p) throws SQLException {
        SqlValues.update(c, "INSERT INTO office (id, office_name, agency_code, desk_no, governing_body, unit_name, "
                        + "place_name, rating_secret, device_id, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (id) DO UPDATE SET office_name = excluded.office_name, "
                        + "agency_code = excluded.agency_code, desk_no = excluded.desk_no, "
                        + "governing_body = excluded.governing_body, unit_name = excluded.unit_name, "
                        + "place_name = excluded.place_name, rating_secret = excluded.rating_secret, "
                        + "device_id = excluded.device_id",
                p.officeName(), p.agencyCode(), p.deskNo(), p.governingBody(), p.unitName(), p.placeName(),
                seal.seal(p.ratingSecret(), label(p.deviceId().toString())), p.deviceId(), p.createdAt());
    }

    /** The last secret opened: the office row is read on every registration, the key file need not be (issue 18). */
    private record Opened(String stored, String deviceId, String plain) {
    }

    private volatile Opened opened;

    /** The secret, or null when it cannot be opened (key file lost: the desk makes a new secret at start). */
    private String openSecret(String stored, String deviceId) {
        Opened last = opened;
        if (last != null && last.stored().equals(stored) && last.deviceId().equals(deviceId)) {
            return last.plain();
        }
        try {
            String plain = seal.open(stored, label(deviceId));
            if (stored != null && deviceId != null && plain != null) {
                opened = new Opened(stored, deviceId, plain);
            }
            return plain;
        } catch (vn.motcua.auth.SecretSeal.SealException e) {
            return null;
        }
    }
}

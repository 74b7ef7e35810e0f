package vn.motcua.central.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Desks' rating keys (schema v4). The secret column holds the sealed secret; opening it needs the server's key file.
 */
public final class RatingKeyRepository {

    /**
     * One key with what limits it: {@code retiredAt} (rotated away) and the device's {@code revokedAt}.
     *
     * @param sealedSecret as stored (sealed with the server's key file)
     */
    public record KeyRow(String officeCode, String keyId, String deviceId, String sealedSecret, Instant createdAt,
                         Instant retiredAt, Instant deviceRevokedAt) {

        /** After this instant the key checks only receipts of dossiers received before it; null = no limit. */
        public Instant cutoff() {
            if (retiredAt == null) {
                return deviceRevokedAt;
            }
            return deviceRevokedAt == null || retiredAt.isBefore(deviceRevokedAt) ? retiredAt : deviceRevokedAt;
        }
    }

    public void insert(Connection c, String office, String keyId, String deviceId, String sealedSecret, Instant now)
            throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO rating_key (office_code, key_id, device_id, secret, created_at) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (office_code, key_id, device_id) DO NOTHING")) {
            ps.setString(1, office);
            ps.setString(2, keyId);
            ps.setString(3, deviceId);
            ps.setString(4, sealedSecret);
            Rows.setMillis(ps, 5, now);
            ps.executeUpdate();
        }
    }

    /** Retires every key of the device except {@code keep}. */
    public void retireOthers(Connection c, String deviceId, String keep, Instant now) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE rating_key SET retired_at = ? WHERE device_id = ? AND key_id <> ? "
                + "AND retired_at IS NULL")) {
            Rows.setMillis(ps, 1, now);
            ps.setString(2, deviceId);
            ps.setString(3, keep);
            ps.executeUpdate();
        }
    }

    /** The office's keys named {@code keyId}, or all of them when {@code keyId} is null (a legacy token). */
    public List<KeyRow> keys(Connection c, String office, String keyId) throws SQLException {
        String sql = "SELECT k.office_code, k.key_id, k.device_id, k.secret, k.created_at, k.retired_at, d.revoked_at "
                + "FROM rating_key k JOIN device d ON d.id = k.device_id WHERE k.office_code = ?"
                + (keyId == null ? "" : " AND k.key_id = ?") + " ORDER BY k.created_at";
        List<KeyRow> out = new ArrayList<>();
        try (var ps = c.prepareStatement(sql)) {
            ps.setString(1, office);
            if (keyId != null) {
                ps.setString(2, keyId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new KeyRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Rows.instant(rs, "created_at"), Rows.instant(rs, "retired_at"),
                            Rows.instant(rs, "revoked_at")));
                }
            }
        }
        return out;
    }

    /** Devices whose secret still sits in the device row (enrolled before schema v4): id, office, secret. */
    public List<String[]> legacySecrets(Connection c) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, office_code, rating_secret, "
                + "enrolled_at FROM device WHERE rating_secret <> '-'")) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        return out;
    }

    /** Blanks the secret column of a device once its secret lives (sealed) in rating_key. */
    public void clearLegacySecret(Connection c, String deviceId) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE device SET rating_secret = '-' WHERE id = ?")) {
            ps.setString(1, deviceId);
            ps.executeUpdate();
        }
    }
}

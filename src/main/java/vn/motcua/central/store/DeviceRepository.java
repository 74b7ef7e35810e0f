package vn.motcua.central.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Enrollment codes and enrolled devices. Codes and tokens are stored only as SHA-256 hashes. */
public final class DeviceRepository {

    /** What a valid, unused enrollment code was issued for. */
    public record EnrollmentGrant(String officeCode, int deskNo) {
    }

    public void insertEnrollmentCode(Connection c, String codeHash, String office, int deskNo, Instant now,
                                     Instant expiresAt) throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO enrollment_code (code_hash, office_code, desk_no, created_at, "
                + "expires_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, codeHash);
            ps.setString(2, office);
            ps.setInt(3, deskNo);
            Rows.setMillis(ps, 4, now);
            Rows.setMillis(ps, 5, expiresAt);
            ps.executeUpdate();
        }
    }

    /**
     * Marks an enrollment code used by {@code deviceId}, if it exists, is unused and has not expired. The update is
     * conditional, so two desks presenting the same code at once cannot both win.
     */
    public Optional<EnrollmentGrant> consumeEnrollmentCode(Connection c, String codeHash, String deviceId, Instant now)
            throws SQLException {
        try (var ps = c.prepareStatement("UPDATE enrollment_code SET used_at = ?, device_id = ? WHERE code_hash = ? "
                + "AND used_at IS NULL AND expires_at > ? RETURNING office_code, desk_no")) {
            Rows.setMillis(ps, 1, now);
            ps.setString(2, deviceId);
            ps.setString(3, codeHash);
            Rows.setMillis(ps, 4, now);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new EnrollmentGrant(rs.getString(1), rs.getInt(2))) : Optional.empty();
            }
        }
    }

    /** Why a code cannot be used: "used", "expired" or "unknown". */
    public String enrollmentCodeState(Connection c, String codeHash, Instant now) throws SQLException {
        try (var ps = c.prepareStatement("SELECT used_at, expires_at FROM enrollment_code WHERE code_hash = ?")) {
            ps.setString(1, codeHash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "unknown";
                }
                if (Rows.instant(rs, "used_at") != null) {
                    return "used";
                }
                return Rows.instant(rs, "expires_at").isAfter(now) ? "valid" : "expired";
            }
        }
    }

    public void insertDevice(Connection c, String id, String office, int deskNo, String tokenHash, String ratingSecret,
                             String name, String appVersion, Instant now) throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO device (id, office_code, desk_no, token_hash, rating_secret, "
                + "name, app_version, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, office);
            ps.setInt(3, deskNo);
            ps.setString(4, tokenHash);
            ps.setString(5, ratingSecret);
            Rows.setText(ps, 6, name);
            Rows.setText(ps, 7, appVersion);
            Rows.setMillis(ps, 8, now);
            ps.executeUpdate();
        }
    }

    /** The device whose token hashes to {@code tokenHash}, revoked or not. */
    public Optional<Device> findByTokenHash(Connection c, String tokenHash) throws SQLException {
        return one(c, "WHERE token_hash = ?", tokenHash);
    }

    public Optional<Device> find(Connection c, String id) throws SQLException {
        return one(c, "WHERE id = ?", id);
    }

    /** Devices, of one office or (office null) all, oldest first. */
    public List<Device> list(Connection c, String office) throws SQLException {
        String sql = SELECT + (office == null ? "" : " WHERE office_code = ?") + " ORDER BY office_code, enrolled_at";
        List<Device> out = new ArrayList<>();
        try (var ps = c.prepareStatement(sql)) {
            if (office != null) {
                ps.setString(1, office);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    /** Revokes a device; false when unknown or already revoked. */
    public boolean revoke(Connection c, String id, Instant now) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE device SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
            Rows.setMillis(ps, 1, now);
            ps.setString(2, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** Sets "last seen" of several devices at once. */
    public void touchAll(Connection c, java.util.Map<String, Instant> seen) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE device SET last_seen_at = ? WHERE id = ?")) {
            for (var e : seen.entrySet()) {
                Rows.setMillis(ps, 1, e.getValue());
                ps.setString(2, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static final String SELECT = "SELECT id, office_code, desk_no, name, app_version, enrolled_at, revoked_at, "
            + "last_seen_at FROM device";

    private static Optional<Device> one(Connection c, String where, String value) throws SQLException {
        try (var ps = c.prepareStatement(SELECT + " " + where)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Device read(ResultSet rs) throws SQLException {
        return new Device(rs.getString("id"), rs.getString("office_code"), rs.getInt("desk_no"), rs.getString("name"),
                rs.getString("app_version"), Rows.instant(rs, "enrolled_at"), Rows.instant(rs, "revoked_at"),
                Rows.instant(rs, "last_seen_at"));
    }
}

package vn.motcua.central.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The province's dashboard accounts, their sessions (by the SHA-256 of the cookie value) and the dashboard's audit
 * log (migration {@code V10__province_users.sql}).
 */
public final class ProvinceUserRepository {
    private static final String SELECT = "SELECT username, full_name, role, active, password_hash, failed_count, "
            + "locked_until, last_login_at, created_at, updated_at FROM province_user";

    /** A live session's row. */
    public record SessionRow(String tokenHash, String username, Instant createdAt, Instant lastSeenAt,
                             Instant expiresAt) {
    }

    /** One line of the dashboard's audit log. */
    public record AuditRow(Instant at, String username, String action, String target, String detail, String client) {
    }

    public Optional<ProvinceUser> find(Connection c, String username) throws SQLException {
        try (var ps = c.prepareStatement(SELECT + " WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    public List<ProvinceUser> list(Connection c) throws SQLException {
        List<ProvinceUser> out = new ArrayList<>();
        try (var ps = c.prepareStatement(SELECT + " ORDER BY username"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    public void insert(Connection c, String username, String fullName, String role, String hash, Instant now)
            throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO province_user (username, full_name, role, active, password_hash, "
                + "failed_count, locked_until, last_login_at, created_at, updated_at) VALUES (?, ?, ?, 1, ?, 0, NULL, "
                + "NULL, ?, ?)")) {
            ps.setString(1, username);
            ps.setString(2, fullName);
            ps.setString(3, role);
            ps.setString(4, hash);
            Rows.setMillis(ps, 5, now);
            Rows.setMillis(ps, 6, now);
            ps.executeUpdate();
        }
    }

    public void setActive(Connection c, String username, boolean active, Instant now) throws SQLException {
        update(c, "UPDATE province_user SET active = ?, failed_count = 0, locked_until = NULL, updated_at = ? "
                + "WHERE username = ?", active ? 1 : 0, now, username);
    }

    /** A new password also lifts a lock-out. */
    public void setPassword(Connection c, String username, String hash, Instant now) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE province_user SET password_hash = ?, failed_count = 0, "
                + "locked_until = NULL, updated_at = ? WHERE username = ?")) {
            ps.setString(1, hash);
            Rows.setMillis(ps, 2, now);
            ps.setString(3, username);
            ps.executeUpdate();
        }
    }

    /** Records a wrong password: the new count in a row, and the lock when it was set. */
    public void setFailures(Connection c, String username, int count, Instant lockedUntil) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE province_user SET failed_count = ?, locked_until = ? "
                + "WHERE username = ?")) {
            ps.setInt(1, count);
            Rows.setMillis(ps, 2, lockedUntil);
            ps.setString(3, username);
            ps.executeUpdate();
        }
    }

    public void signedIn(Connection c, String username, Instant now) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE province_user SET failed_count = 0, locked_until = NULL, "
                + "last_login_at = ? WHERE username = ?")) {
            Rows.setMillis(ps, 1, now);
            ps.setString(2, username);
            ps.executeUpdate();
        }
    }

    public void insertSession(Connection c, String tokenHash, String username, Instant now, Instant expiresAt)
            throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO province_session (token_hash, username, created_at, "
                + "last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, tokenHash);
            ps.setString(2, username);
            Rows.setMillis(ps, 3, now);
            Rows.setMillis(ps, 4, now);
            Rows.setMillis(ps, 5, expiresAt);
            ps.executeUpdate();
        }
    }

    public Optional<SessionRow> session(Connection c, String tokenHash) throws SQLException {
        try (var ps = c.prepareStatement("SELECT token_hash, username, created_at, last_seen_at, expires_at "
                + "FROM province_session WHERE token_hash = ?")) {
            ps.setString(1, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new SessionRow(rs.getString(1), rs.getString(2),
                        Rows.instant(rs, "created_at"), Rows.instant(rs, "last_seen_at"),
                        Rows.instant(rs, "expires_at"))) : Optional.empty();
            }
        }
    }

    public void touchSession(Connection c, String tokenHash, Instant now) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE province_session SET last_seen_at = ? WHERE token_hash = ?")) {
            Rows.setMillis(ps, 1, now);
            ps.setString(2, tokenHash);
            ps.executeUpdate();
        }
    }

    public void deleteSession(Connection c, String tokenHash) throws SQLException {
        try (var ps = c.prepareStatement("DELETE FROM province_session WHERE token_hash = ?")) {
            ps.setString(1, tokenHash);
            ps.executeUpdate();
        }
    }

    /** Ends every session of a user (disabled, password reset). */
    public void deleteSessions(Connection c, String username) throws SQLException {
        try (var ps = c.prepareStatement("DELETE FROM province_session WHERE username = ?")) {
            ps.setString(1, username);
            ps.executeUpdate();
        }
    }

    /** Drops sessions idle since before {@code idleBefore} or past their end. */
    public int deleteStaleSessions(Connection c, Instant idleBefore, Instant now) throws SQLException {
        try (var ps = c.prepareStatement("DELETE FROM province_session WHERE last_seen_at < ? OR expires_at <= ?")) {
            Rows.setMillis(ps, 1, idleBefore);
            Rows.setMillis(ps, 2, now);
            return ps.executeUpdate();
        }
    }

    public void audit(Connection c, Instant at, String username, String action, String target, String detail,
                      String client) throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO dashboard_audit (id, at, username, action, target, detail, "
                + "client) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, java.util.UUID.randomUUID().toString());
            Rows.setMillis(ps, 2, at);
            ps.setString(3, username);
            ps.setString(4, action);
            Rows.setText(ps, 5, target);
            Rows.setText(ps, 6, detail);
            Rows.setText(ps, 7, client);
            ps.executeUpdate();
        }
    }

    /** The newest audit lines first. */
    public List<AuditRow> recentAudit(Connection c, int limit) throws SQLException {
        List<AuditRow> out = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT at, username, action, target, detail, client FROM dashboard_audit "
                + "ORDER BY at DESC, id LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditRow(Rows.instant(rs, "at"), rs.getString("username"), rs.getString("action"),
                            rs.getString("target"), rs.getString("detail"), rs.getString("client")));
                }
            }
        }
        return out;
    }

    private static void update(Connection c, String sql, int value, Instant now, String username)
            throws SQLException {
        try (var ps = c.prepareStatement(sql)) {
            ps.setInt(1, value);
            Rows.setMillis(ps, 2, now);
            ps.setString(3, username);
            ps.executeUpdate();
        }
    }

    private static ProvinceUser read(ResultSet rs) throws SQLException {
        return new ProvinceUser(rs.getString("username"), rs.getString("full_name"), rs.getString("role"),
                rs.getInt("active") == 1, rs.getString("password_hash"), rs.getInt("failed_count"),
                Rows.instant(rs, "locked_until"), Rows.instant(rs, "last_login_at"), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}

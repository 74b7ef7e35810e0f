package vn.motcua.central.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Office accounts managed by the province. Every insert or change takes a new change number of the office
 * ({@link OfficeSequence}), so the account comes down to the office's desks on their next pull.
 */
public final class OfficeAccountRepository {
    private static final String SELECT = "SELECT office_code, username, full_name, role, active, password_hash, "
            + "must_change_password, change_seq, created_at, updated_at FROM office_account";

    public Optional<OfficeAccount> find(Connection c, String office, String username) throws SQLException {
        try (var ps = c.prepareStatement(SELECT + " WHERE office_code = ? AND username = ?")) {
            ps.setString(1, office);
            ps.setString(2, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** The office's accounts by user name. */
    public List<OfficeAccount> list(Connection c, String office) throws SQLException {
        List<OfficeAccount> out = new ArrayList<>();
        try (var ps = c.prepareStatement(SELECT + " WHERE office_code = ? ORDER BY username")) {
            ps.setString(1, office);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    /** Inserts a new account (the caller has checked that the name is free in the office). */
    public void insert(Connection c, String office, String username, String fullName, String role,
                       String passwordHash, boolean mustChangePassword, Instant now) throws SQLException {
        long seq = OfficeSequence.reserve(c, office, 1);
        try (var ps = c.prepareStatement("INSERT INTO office_account (office_code, username, full_name, role, active, "
                + "password_hash, must_change_password, change_seq, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?)")) {
            ps.setString(1, office);
            ps.setString(2, username);
            ps.setString(3, fullName);
            ps.setString(4, role);
            ps.setString(5, passwordHash);
            ps.setInt(6, mustChangePassword ? 1 : 0);
            ps.setLong(7, seq);
            Rows.setMillis(ps, 8, now);
            Rows.setMillis(ps, 9, now);
            ps.executeUpdate();
        }
    }

    /** Enables or disables an account; false when there is no such account. */
    public boolean setActive(Connection c, String office, String username, boolean active, Instant now)
            throws SQLException {
        return change(c, office, username, "active = ?", active ? 1 : 0, now);
    }

    /** Replaces the password hash and the must-change flag; false when there is no such account. */
    public boolean setPassword(Connection c, String office, String username, String passwordHash,
                               boolean mustChangePassword, Instant now) throws SQLException {
        if (find(c, office, username).isEmpty()) {
            return false;
        }
        long seq = OfficeSequence.reserve(c, office, 1);
        try (var ps = c.prepareStatement("UPDATE office_account SET password_hash = ?, must_change_password = ?, "
                + "change_seq = ?, updated_at = ? WHERE office_code = ? AND username = ?")) {
            ps.setString(1, passwordHash);
            ps.setInt(2, mustChangePassword ? 1 : 0);
            ps.setLong(3, seq);
            Rows.setMillis(ps, 4, now);
            ps.setString(5, office);
            ps.setString(6, username);
            return ps.executeUpdate() == 1;
        }
    }

    /** The office's accounts changed after {@code since}, in change order. */
    public List<OfficeAccount> changesSince(Connection c, String office, long since, int limit) throws SQLException {
        List<OfficeAccount> out = new ArrayList<>();
        try (var ps = c.prepareStatement(SELECT + " WHERE office_code = ? AND change_seq > ? ORDER BY change_seq "
                + "LIMIT ?")) {
            ps.setString(1, office);
            ps.setLong(2, since);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    private static boolean change(Connection c, String office, String username, String set, int value, Instant now)
            throws SQLException {
        // Check first: an office number is reserved only for a change that happens.
        try (var ps = c.prepareStatement("SELECT 1 FROM office_account WHERE office_code = ? AND username = ?")) {
            ps.setString(1, office);
            ps.setString(2, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
            }
        }
        long seq = OfficeSequence.reserve(c, office, 1);
        try (var ps = c.prepareStatement("UPDATE office_account SET " + set + ", change_seq = ?, updated_at = ? "
                + "WHERE office_code = ? AND username = ?")) {
            ps.setInt(1, value);
            ps.setLong(2, seq);
            Rows.setMillis(ps, 3, now);
            ps.setString(4, office);
            ps.setString(5, username);
            return ps.executeUpdate() == 1;
        }
    }

    private static OfficeAccount read(ResultSet rs) throws SQLException {
        return new OfficeAccount(rs.getString("office_code"), rs.getString("username"), rs.getString("full_name"),
                rs.getString("role"), rs.getInt("active") == 1, rs.getString("password_hash"),
                rs.getInt("must_change_password") == 1, rs.getLong("change_seq"), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}

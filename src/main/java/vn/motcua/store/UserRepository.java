package vn.motcua.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.domain.account.Role;

/** Desk accounts. */
public final class UserRepository {

    public Optional<UserAccount> find(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM app_user WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public List<UserAccount> list(Connection c) throws SQLException {
        List<UserAccount> out = new ArrayList<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM app_user ORDER BY username")) {
            while (rs.next()) {
                out.add(map(rs));
            }
        }
        return out;
    }

    public int count(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM app_user")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    public void insert(Connection c, UserAccount u, LocalDateTime now) throws SQLException {
        SqlValues.update(c, "INSERT INTO app_user (username, full_name, title, unit, role, password_hash, active, "
                        + "failed_attempts, locked_until, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                u.username(), u.fullName(), u.title(), u.unit(), u.role(), u.passwordHash(), u.active(),
                u.failedAttempts(), u.lockedUntil(), now, now);
    }

    public void update(Connection c, UserAccount u, LocalDateTime now) throws SQLException {
        SqlValues.update(c, "UPDATE app_user SET full_name = ?, title = ?, unit = ?, role = ?, password_hash = ?, "
                        + "active = ?, failed_attempts = ?, locked_until = ?, updated_at = ? WHERE username = ?",
                u.fullName(), u.title(), u.unit(), u.role(), u.passwordHash(), u.active(), u.failedAttempts(),
                u.lockedUntil(), now, u.username());
    }

    private static UserAccount map(ResultSet rs) throws SQLException {
        return new UserAccount(rs.getString("username"), rs.getString("full_name"), rs.getString("title"),
                rs.getString("unit"), Role.valueOf(rs.getString("role")), rs.getString("password_hash"),
                rs.getInt("active") == 1, rs.getInt("failed_attempts"), SqlValues.ts(rs, "locked_until"));
    }
}

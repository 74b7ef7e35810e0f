package vn.motcua.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.domain.account.AccountSource;
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

    /**
     * Records a sign-in attempt's outcome (failure counter and lock-out) without writing anything else, so a pull
     * that changes the account meanwhile (a province disable or password reset) is never written back over.
     */
    public void recordAttempt(Connection c, String username, int failedAttempts, LocalDateTime lockedUntil,
                              LocalDateTime now) throws SQLException {
        SqlValues.update(c, "UPDATE app_user SET failed_attempts = ?, locked_until = ?, updated_at = ? "
                + "WHERE username = ?", failedAttempts, lockedUntil, now, username);
    }

    /**
     * Inserts or replaces an account managed by the province, as pulled: name, role, active flag, password hash and
     * the must-change flag are the province's; a local account of the same name becomes province-managed (its
     * title and unit stay). A new password hash clears any lock-out.
     *
     * @param provinceUpdatedAt the province's time of the change, as sent (kept for display and diagnosis)
     * @return true when a local account of that name was taken over
     */
    public boolean upsertProvince(Connection c, String username, String fullName, Role role, boolean active,
                                  String passwordHash, boolean mustChangePassword, String provinceUpdatedAt,
                                  LocalDateTime now) throws SQLException {
        Optional<UserAccount> existing = find(c, username);
        if (existing.isEmpty()) {
            SqlValues.update(c, "INSERT INTO app_user (username, full_name, title, unit, role, password_hash, active, "
                            + "failed_attempts, locked_until, created_at, updated_at, managed_by, must_change_password, "
                            + "province_updated_at) VALUES (?, ?, '', '', ?, ?, ?, 0, NULL, ?, ?, 'PROVINCE', ?, ?)",
                    username, fullName, role, passwordHash, active, now, now, mustChangePassword, provinceUpdatedAt);
            return false;
        }
        UserAccount u = existing.get();
        boolean newPassword = !u.passwordHash().equals(passwordHash);
        SqlValues.update(c, "UPDATE app_user SET full_name = ?, role = ?, password_hash = ?, active = ?, "
                        + "failed_attempts = ?, locked_until = ?, updated_at = ?, managed_by = 'PROVINCE', "
                        + "must_change_password = ?, province_updated_at = ? WHERE username = ?",
                fullName, role, passwordHash, active, newPassword ? 0 : u.failedAttempts(),
                newPassword ? null : u.lockedUntil(), now, mustChangePassword, provinceUpdatedAt, username);
        return !u.provinceManaged();
    }

    private static UserAccount map(ResultSet rs) throws SQLException {
        return new UserAccount(rs.getString("username"), rs.getString("full_name"), rs.getString("title"),
                rs.getString("unit"), Role.valueOf(rs.getString("role")), rs.getString("password_hash"),
                rs.getInt("active") == 1, rs.getInt("failed_attempts"), SqlValues.ts(rs, "locked_until"),
                AccountSource.valueOf(rs.getString("managed_by")), rs.getInt("must_change_password") == 1);
    }

    /** The account's phone (blank when none or no such account). */
    public String phone(Connection c, String username) throws SQLException {
        try (var ps = c.prepareStatement("SELECT phone FROM app_user WHERE username = ?")) {
            ps.setString(1, username);
            try (var rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1) != null ? rs.getString(1) : "";
            }
        }
    }

    public void setPhone(Connection c, String username, String phone) throws SQLException {
        SqlValues.update(c, "UPDATE app_user SET phone = ? WHERE username = ?", phone, username);
    }
}

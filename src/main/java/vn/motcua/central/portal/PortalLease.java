package vn.motcua.central.portal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import vn.motcua.central.store.CentralDatabase.Dialect;

/**
 * Which node sends an office's changes (table {@code portal_lease}, V12). A node holds an office until
 * {@code expires_at} and renews it before every call to the portal; the lease is at least twice a call's timeout, so
 * a call begun under a valid lease has ended before anyone else can take the office. {@code generation} grows with
 * every new holder: renewals check it, so a node that lost the office (paused past its lease) learns it before its
 * next call and stops.
 *
 * <p>Taking an office: on PostgreSQL the row is locked with {@code SELECT … FOR UPDATE SKIP LOCKED} (a node that
 * finds it locked moves on at once); on SQLite (one writer at a time anyway) a conditional {@code UPDATE} takes it
 * only when it is free, expired or already ours.
 */
final class PortalLease {
    static final String ALL = "*";

    private PortalLease() {
    }

    /** Makes sure the office (and the province-wide row) have a lease row. */
    static void ensure(Connection c, String office) throws SQLException {
        for (String code : new String[] {ALL, office}) {
            try (var ps = c.prepareStatement("INSERT INTO portal_lease (office_code) VALUES (?) "
                    + "ON CONFLICT (office_code) DO NOTHING")) {
                ps.setString(1, code);
                ps.executeUpdate();
            }
        }
    }

    /**
     * Takes the office for {@code owner} until {@code now + leaseMs} when it is free (or expired, or ours), not
     * paused and not backing off; the generation, or empty.
     */
    static OptionalLong acquire(Connection c, Dialect dialect, String office, String owner, long now, long leaseMs)
            throws SQLException {
        ensure(c, office);
        if (paused(c, ALL)) {
            return OptionalLong.empty();
        }
        if (dialect == Dialect.POSTGRESQL) {
            try (var ps = c.prepareStatement("SELECT office_code FROM portal_lease WHERE office_code = ? "
                    + "AND (owner IS NULL OR owner = ? OR expires_at < ?) AND paused = 0 AND backoff_until <= ? "
                    + "FOR UPDATE SKIP LOCKED")) {
                ps.setString(1, office);
                ps.setString(2, owner);
                ps.setLong(3, now);
                ps.setLong(4, now);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return OptionalLong.empty();
                    }
                }
            }
        }
        try (var ps = c.prepareStatement("UPDATE portal_lease SET generation = CASE WHEN owner = ? AND expires_at >= ? "
                + "THEN generation ELSE generation + 1 END, owner = ?, expires_at = ? WHERE office_code = ? "
                + "AND (owner IS NULL OR owner = ? OR expires_at < ?) AND paused = 0 AND backoff_until <= ?")) {
            ps.setString(1, owner);
            ps.setLong(2, now);
            ps.setString(3, owner);
            ps.setLong(4, now + leaseMs);
            ps.setString(5, office);
            ps.setString(6, owner);
            ps.setLong(7, now);
            ps.setLong(8, now);
            if (ps.executeUpdate() != 1) {
                return OptionalLong.empty();
            }
        }
        try (var ps = c.prepareStatement("SELECT generation FROM portal_lease WHERE office_code = ?")) {
            ps.setString(1, office);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return OptionalLong.of(rs.getLong(1));
            }
        }
    }

    /** Extends the lease; false when the office is no longer ours (taken over, paused). */
    static boolean renew(Connection c, String office, String owner, long generation, long now, long leaseMs)
            throws SQLException {
        if (paused(c, ALL)) {
            return false;
        }
        try (var ps = c.prepareStatement("UPDATE portal_lease SET expires_at = ? WHERE office_code = ? AND owner = ? "
                + "AND generation = ? AND paused = 0")) {
            ps.setLong(1, now + leaseMs);
            ps.setString(2, office);
            ps.setString(3, owner);
            ps.setLong(4, generation);
            return ps.executeUpdate() == 1;
        }
    }

    /** Lets the office go (another node may take it at once). */
    static void release(Connection c, String office, String owner, long generation) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE portal_lease SET owner = NULL, expires_at = 0 WHERE office_code = ? "
                + "AND owner = ? AND generation = ?")) {
            ps.setString(1, office);
            ps.setString(2, owner);
            ps.setLong(3, generation);
            ps.executeUpdate();
        }
    }

    /** The portal failed: the office waits until {@code until}; {@code failures} in a row so far. */
    static int failed(Connection c, String office, String error) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE portal_lease SET failures = failures + 1, last_error = ? "
                + "WHERE office_code = ? RETURNING failures")) {
            ps.setString(1, error.length() > 500 ? error.substring(0, 500) : error);
            ps.setString(2, office);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 1;
            }
        }
    }

    static void backoff(Connection c, String office, long until) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE portal_lease SET backoff_until = ? WHERE office_code = ?")) {
            ps.setLong(1, until);
            ps.setString(2, office);
            ps.executeUpdate();
        }
    }

    /** The portal answered: the office's failure count starts again. */
    static void answered(Connection c, String office) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE portal_lease SET failures = 0, backoff_until = 0, last_error = NULL "
                + "WHERE office_code = ? AND failures <> 0")) {
            ps.setString(1, office);
            ps.executeUpdate();
        }
    }

    /** Pauses or resumes one office, or (office null) the whole province. */
    static void setPaused(Connection c, String office, boolean paused) throws SQLException {
        String code = office == null ? ALL : office;
        ensure(c, code);
        try (var ps = c.prepareStatement("UPDATE portal_lease SET paused = ? WHERE office_code = ?")) {
            ps.setInt(1, paused ? 1 : 0);
            ps.setString(2, code);
            ps.executeUpdate();
        }
    }

    static boolean paused(Connection c, String office) throws SQLException {
        try (var ps = c.prepareStatement("SELECT paused FROM portal_lease WHERE office_code = ?")) {
            ps.setString(1, office);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) != 0;
            }
        }
    }
}

package vn.motcua.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * This desk's enrollment with the central server and the sync bookkeeping: server cursor, last attempt/success/error,
 * clock skew, document versions in use, and pulled dossier states held back while local events are unsent.
 * The device token lives only here; {@link Enrollment#toString()} masks it so it never reaches a log.
 */
public final class SyncStateRepository {

    /** The stored enrollment. */
    public record Enrollment(String serverUrl, String deviceId, String deviceToken, String officeCode,
                             String officeName, int deskNo, Instant enrolledAt) {
        @Override
        public String toString() {
            return "Enrollment[serverUrl=" + serverUrl + ", deviceId=" + deviceId + ", deviceToken=***, officeCode="
                    + officeCode + ", deskNo=" + deskNo + ", enrolledAt=" + enrolledAt + "]";
        }
    }

    /**
     * The bookkeeping the status bar shows; {@code lastErrorMsg} is the last error as a message key with arguments
     * (JSON, written by the sync engine), null when the error had none or there is no error.
     */
    public record State(String cursor, Instant lastAttempt, Instant lastSuccess, String lastError, Long clockSkewMs,
                        Long catalogVersion, Long calendarVersion, String lastErrorMsg) {
    }

    /** A pulled dossier state held back. */
    public record Deferred(String dossierId, long changeSeq, String data) {
    }

    public Optional<Enrollment> enrollment(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM sync_state WHERE id = 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Enrollment(rs.getString("server_url"), rs.getString("device_id"),
                    rs.getString("device_token"), rs.getString("office_code"), rs.getString("office_name"),
                    rs.getInt("desk_no"), Instant.parse(rs.getString("enrolled_at"))));
        }
    }

    /** Stores a (new) enrollment. A re-enrollment with another server or office starts the cursor afresh. */
    public void saveEnrollment(Connection c, Enrollment e) throws SQLException {
        Optional<Enrollment> old = enrollment(c);
        boolean sameFeed = old.isPresent() && old.get().serverUrl().equals(e.serverUrl())
                && old.get().officeCode().equals(e.officeCode());
        SqlValues.update(c, "INSERT INTO sync_state (id, server_url, device_id, device_token, office_code, office_name, "
                        + "desk_no, enrolled_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                        + "server_url = excluded.server_url, device_id = excluded.device_id, "
                        + "device_token = excluded.device_token, office_code = excluded.office_code, "
                        + "office_name = excluded.office_name, desk_no = excluded.desk_no, "
                        + "enrolled_at = excluded.enrolled_at, last_error = NULL, revoked_at = NULL",
                e.serverUrl(), e.deviceId(), e.deviceToken(), e.officeCode(), e.officeName(), e.deskNo(),
                e.enrolledAt().toString());
        SqlValues.update(c, "DELETE FROM sync_error_msg");
        if (!sameFeed) {
            SqlValues.update(c, "UPDATE sync_state SET cursor = '0' WHERE id = 1");
            SqlValues.update(c, "DELETE FROM sync_deferred");
        }
    }

    /** Points the desk at another address of the same server (e.g. a proxy); the cursor stays. */
    public void setServerUrl(Connection c, String url) throws SQLException {
        SqlValues.update(c, "UPDATE sync_state SET server_url = ? WHERE id = 1", url);
    }

    public State state(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM sync_state WHERE id = 1")) {
            if (!rs.next()) {
                return new State("0", null, null, null, null, null, null, null);
            }
            String lastError = rs.getString("last_error");
            return new State(rs.getString("cursor"), instant(rs.getString("last_attempt")),
                    instant(rs.getString("last_success")), lastError, longOrNull(rs, "clock_skew_ms"),
                    longOrNull(rs, "catalog_version"), longOrNull(rs, "calendar_version"),
                    lastError == null ? null : lastErrorMsg(c));
        }
    }

    private static String lastErrorMsg(Connection c) throws SQLException {
        try (var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT msg FROM sync_error_msg WHERE id = 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The audit head ({@code id:hash}) the server last acknowledged, or null. */
    public String auditHeadSent(Connection c) throws SQLException {
        try (var st = c.createStatement();
             var rs = st.executeQuery("SELECT audit_head_sent FROM sync_state WHERE id = 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    public void saveAuditHeadSent(Connection c, String head) throws SQLException {
        SqlValues.update(c, "UPDATE sync_state SET audit_head_sent = ? WHERE id = 1", head);
    }

    public void saveCursor(Connection c, String cursor) throws SQLException {
        SqlValues.update(c, "UPDATE sync_state SET cursor = ? WHERE id = 1", cursor);
    }

    public void recordAttempt(Connection c, Instant at, boolean ok, String error, Long clockSkewMs)
            throws SQLException {
        recordAttempt(c, at, ok, error, null, clockSkewMs);
    }

    /**
     * Records a run: {@code error} the Vietnamese text, {@code errorMsg} the same as a message key with arguments
     * (JSON) or null when it has no key.
     */
    public void recordAttempt(Connection c, Instant at, boolean ok, String error, String errorMsg, Long clockSkewMs)
            throws SQLException {
        SqlValues.update(c, "DELETE FROM sync_error_msg");
        if (!ok && errorMsg != null) {
            SqlValues.update(c, "INSERT INTO sync_error_msg (id, msg) VALUES (1, ?)", errorMsg);
        }
        if (ok) {
            SqlValues.update(c, "UPDATE sync_state SET last_attempt = ?, last_success = ?, last_error = NULL, "
                    + "clock_skew_ms = coalesce(?, clock_skew_ms) WHERE id = 1", at.toString(), at.toString(),
                    clockSkewMs);
        } else {
            SqlValues.update(c, "UPDATE sync_state SET last_attempt = ?, last_error = ?, "
                    + "clock_skew_ms = coalesce(?, clock_skew_ms) WHERE id = 1", at.toString(), error, clockSkewMs);
        }
    }

    /** The server refused this device as revoked: remembered until the next enrollment. */
    public void markRevoked(Connection c, Instant at) throws SQLException {
        SqlValues.update(c, "UPDATE sync_state SET revoked_at = coalesce(revoked_at, ?) WHERE id = 1", at.toString());
    }

    /** When the server first refused this device as revoked; empty while it is not (or not enrolled). */
    public Optional<Instant> revokedAt(Connection c) throws SQLException {
        try (var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT revoked_at FROM sync_state WHERE id = 1")) {
            return rs.next() ? Optional.ofNullable(instant(rs.getString(1))) : Optional.empty();
        }
    }

    public void saveDocumentVersion(Connection c, String kind, long version) throws SQLException {
        String column = "CATALOG".equals(kind) ? "catalog_version" : "calendar_version";
        SqlValues.update(c, "UPDATE sync_state SET " + column + " = ? WHERE id = 1", version);
    }

    /** Holds a pulled state back, keeping the newest per dossier. */
    public void defer(Connection c, String dossierId, long seq, String data) throws SQLException {
        SqlValues.update(c, "INSERT INTO sync_deferred (dossier_id, change_seq, data) VALUES (?, ?, ?) "
                + "ON CONFLICT (dossier_id) DO UPDATE SET change_seq = excluded.change_seq, data = excluded.data "
                + "WHERE excluded.change_seq > sync_deferred.change_seq", dossierId, seq, data);
    }

    public void dropDeferred(Connection c, String dossierId) throws SQLException {
        SqlValues.update(c, "DELETE FROM sync_deferred WHERE dossier_id = ?", dossierId);
    }

    /** Held-back states whose dossier has no pending event any more. */
    public List<Deferred> releasable(Connection c) throws SQLException {
        List<Deferred> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT dossier_id, change_seq, data FROM sync_deferred d "
                + "WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dossier_id = d.dossier_id AND o.state = 'PENDING') "
                + "ORDER BY change_seq"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Deferred(rs.getString(1), rs.getLong(2), rs.getString(3)));
            }
        }
        return out;
    }

    public int deferredCount(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM sync_deferred")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}

package vn.motcua.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The sync engine's view of the outbox: pending events in device order, marking them sent, and the supervisor's
 * quarantine (events the server refused, with its reason; retry puts one back in the queue, resolve closes it with
 * a note).
 */
public final class SyncOutboxRepository {

    /** One stored event, as pushed. */
    public record OutboxEvent(long seq, UUID eventId, String type, UUID dossierId, String occurredAt, String payload) {
    }

    /** A quarantined event for the supervisor's list. */
    public record Quarantined(long seq, UUID eventId, String type, UUID dossierId, String dossierCode,
                              String occurredAt, String code, String reason, Instant quarantinedAt, int attempts,
                              Instant resolvedAt, String resolvedBy, String resolutionNote,
                              @com.fasterxml.jackson.annotation.JsonIgnore String reasonMsg) {
        public boolean open() {
            return resolvedAt == null;
        }
    }

    /** The first {@code limit} pending events in outbox order. */
    public List<OutboxEvent> pending(Connection c, int limit) throws SQLException {
        return pendingAfter(c, Long.MIN_VALUE, limit);
    }

    /** The first {@code limit} pending events after outbox position {@code seq}, in outbox order. */
    public List<OutboxEvent> pendingAfter(Connection c, long seq, int limit) throws SQLException {
        List<OutboxEvent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, event_id, type, dossier_id, occurred_at, payload "
                + "FROM outbox WHERE state = 'PENDING' AND seq > ? ORDER BY seq LIMIT ?")) {
            ps.setLong(1, seq);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String dossier = rs.getString(4);
                    out.add(new OutboxEvent(rs.getLong(1), UUID.fromString(rs.getString(2)), rs.getString(3),
                            dossier == null ? null : UUID.fromString(dossier), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return out;
    }

    public void markSent(Connection c, Collection<UUID> eventIds, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET state = 'SENT', sent_at = ?, "
                + "attempts = attempts + 1, last_error = NULL WHERE event_id = ? AND state = 'PENDING'")) {
            for (UUID id : eventIds) {
                ps.setString(1, at.toString());
                ps.setString(2, id.toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void quarantine(Connection c, UUID eventId, String code, String reason, Instant at) throws SQLException {
        quarantine(c, eventId, code, reason, null, at);
    }

    /** Quarantines with the reason also as a message's JSON ({@code reasonMsg}, null when it has no key). */
    public void quarantine(Connection c, UUID eventId, String code, String reason, String reasonMsg, Instant at)
            throws SQLException {
        int n = SqlValues.update(c, "UPDATE outbox SET state = 'QUARANTINED', quarantine_code = ?, last_error = ?, "
                + "quarantined_at = ?, attempts = attempts + 1, resolved_at = NULL, resolved_by = NULL, "
                + "resolution_note = NULL WHERE event_id = ? AND state = 'PENDING'", code, reason, at.toString(),
                eventId);
        if (n == 1) {
            SqlValues.update(c, "DELETE FROM outbox_reason_msg WHERE event_id = ?", eventId);
            if (reasonMsg != null) {
                SqlValues.update(c, "INSERT INTO outbox_reason_msg (event_id, msg) VALUES (?, ?)", eventId, reasonMsg);
            }
        }
    }

    /** Notes a failed attempt on the head of the queue (network error, 5xx), for the supervisor. */
    public void noteFailure(Connection c, UUID eventId, String error) throws SQLException {
        SqlValues.update(c, "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE event_id = ?", error,
                eventId);
    }

    public int pendingCount(Connection c) throws SQLException {
        return count(c, "SELECT count(*) FROM outbox WHERE state = 'PENDING'");
    }

    /** Quarantined events nobody has resolved yet. */
    public int openQuarantineCount(Connection c) throws SQLException {
        return count(c, "SELECT count(*) FROM outbox WHERE state = 'QUARANTINED' AND resolved_at IS NULL");
    }

    public boolean hasPending(Connection c, String dossierId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM outbox WHERE dossier_id = ? AND state = "
                + "'PENDING' LIMIT 1")) {
            ps.setString(1, dossierId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Quarantined events, newest first; {@code includeResolved} also lists those already handled. */
    public List<Quarantined> quarantined(Connection c, boolean includeResolved) throws SQLException {
        List<Quarantined> out = new ArrayList<>();
        String sql = "SELECT o.seq, o.event_id, o.type, o.dossier_id, d.code, o.occurred_at, o.quarantine_code, "
                + "o.last_error, o.quarantined_at, o.attempts, o.resolved_at, o.resolved_by, o.resolution_note, m.msg "
                + "FROM outbox o LEFT JOIN dossier d ON d.id = o.dossier_id "
                + "LEFT JOIN outbox_reason_msg m ON m.event_id = o.event_id WHERE o.state = 'QUARANTINED'"
                + (includeResolved ? "" : " AND o.resolved_at IS NULL") + " ORDER BY o.seq DESC";
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String dossier = rs.getString(4);
                String qAt = rs.getString(9);
                String rAt = rs.getString(11);
                out.add(new Quarantined(rs.getLong(1), UUID.fromString(rs.getString(2)), rs.getString(3),
                        dossier == null ? null : UUID.fromString(dossier), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), qAt == null ? null : Instant.parse(qAt), rs.getInt(10),
                        rAt == null ? null : Instant.parse(rAt), rs.getString(12), rs.getString(13),
                        rs.getString(14)));
            }
        }
        return out;
    }

    /** Puts a quarantined event back at its place in the queue (by its sequence number); false if none such. */
    public boolean retry(Connection c, long seq) throws SQLException {
        return SqlValues.update(c, "UPDATE outbox SET state = 'PENDING', resolved_at = NULL, resolved_by = NULL, "
                + "resolution_note = NULL WHERE seq = ? AND state = 'QUARANTINED'", seq) == 1;
    }

    /** Marks a quarantined event handled with the supervisor's note; false if none such. */
    public boolean resolve(Connection c, long seq, String by, String note, Instant at) throws SQLException {
        return SqlValues.update(c, "UPDATE outbox SET resolved_at = ?, resolved_by = ?, resolution_note = ? "
                + "WHERE seq = ? AND state = 'QUARANTINED'", at.toString(), by, note, seq) == 1;
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}

package vn.motcua.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Events for the central server. Always appended inside the transaction of the change they describe, so a change
 * and its event are stored together or not at all.
 */
public final class OutboxRepository {

    /** Event types the desk emits (the sync wire names). */
    public enum EventType { DOSSIER_RECEIVED, DOSSIER_TRANSITIONED, APOLOGY_ISSUED, COUNTER_RATED, DOSSIER_CORRECTED,
        FEE_PAID }

    /** Appends an event and returns its device sequence number. */
    public long append(Connection c, EventType type, UUID dossierId, OffsetDateTime occurredAt, Object payload)
            throws SQLException {
        return append(c, type, dossierId, occurredAt, payload, UUID.randomUUID());
    }

    /** Appends an event under a chosen id (a row that names its event, e.g. an apology slip), returns its sequence. */
    public long append(Connection c, EventType type, UUID dossierId, OffsetDateTime occurredAt, Object payload,
                       UUID eventId) throws SQLException {
        String json;
        try {
            json = Json.mapper().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot serialise outbox payload: " + e.getMessage(), e);
        }
        // RETURNING gives the sequence in the same step (getGeneratedKeys would run a second statement)
        try (var ps = c.prepareStatement("INSERT INTO outbox (event_id, type, dossier_id, occurred_at, payload) "
                + "VALUES (?, ?, ?, ?, ?) RETURNING seq")) {
            SqlValues.bind(ps, eventId, type, dossierId, occurredAt.toString(), json);
            try (ResultSet keys = ps.executeQuery()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public int countPending(Connection c) throws SQLException {
        return count(c, "SELECT count(*) FROM outbox WHERE state = 'PENDING'");
    }

    public int countForDossier(Connection c, UUID dossierId) throws SQLException {
        try (var ps = c.prepareStatement("SELECT count(*) FROM outbox WHERE dossier_id = ?")) {
            ps.setString(1, dossierId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}

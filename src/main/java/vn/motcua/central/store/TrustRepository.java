package vn.motcua.central.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What issue 13 keeps beside the dossiers (schema v4): apology slips, counter ratings, corrections of facts, and each
 * desk's audit chain head.
 */
public final class TrustRepository {

    /** One apology slip as pushed. Times are the desk's local times. */
    public record Apology(String eventId, String dossierId, String officeCode, String reason,
                          String previousAppointment, String newAppointment, String createdAt, String createdBy,
                          String deviceId) {
    }

    /** One counter rating as pushed. */
    public record CounterRating(String dossierCode, String officeCode, String dossierId, String level, String reason,
                                String ratedAt, String deskUser, String eventId, String deviceId) {
    }

    /** A counter rating for pull, with its change number. */
    public record CounterRatingChange(long seq, CounterRating rating) {
    }

    /** One correction of a dossier's facts: who, why, which fields. */
    public record Correction(String eventId, String dossierId, String deviceId, String reason, String fields) {
    }

    /** A desk's audit chain head as the server keeps it. */
    public record AuditHeadRow(String deviceId, Long headId, String headHash, Instant reportedAt, Instant regressedAt,
                               String problem) {
    }

    public void insertApologies(Connection c, List<Apology> rows, Instant now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (var ps = c.prepareStatement("INSERT INTO apology (event_id, dossier_id, office_code, reason, "
                + "previous_appointment, new_appointment, created_at, created_by, device_id, stored_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Apology a : rows) {
                ps.setString(1, a.eventId());
                ps.setString(2, a.dossierId());
                ps.setString(3, a.officeCode());
                ps.setString(4, a.reason());
                Rows.setText(ps, 5, a.previousAppointment());
                ps.setString(6, a.newAppointment());
                ps.setString(7, a.createdAt());
                ps.setString(8, a.createdBy());
                ps.setString(9, a.deviceId());
                Rows.setMillis(ps, 10, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The apology slips of the given dossiers, oldest first, keyed by dossier id. */
    public Map<String, List<Apology>> apologiesOf(Connection c, Collection<String> dossierIds) throws SQLException {
        Map<String, List<Apology>> out = new HashMap<>();
        if (dossierIds.isEmpty()) {
            return out;
        }
        try (var ps = c.prepareStatement("SELECT event_id, dossier_id, office_code, reason, previous_appointment, "
                + "new_appointment, created_at, created_by, device_id FROM apology WHERE dossier_id IN ("
                + Rows.placeholders(dossierIds.size()) + ") ORDER BY created_at, event_id")) {
            Rows.bindAll(ps, 1, dossierIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new Apology(rs.getString(1),
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
        }
        return out;
    }

    public void insertCorrections(Connection c, List<Correction> rows, Instant now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (var ps = c.prepareStatement("INSERT INTO correction (event_id, dossier_id, device_id, reason, fields, "
                + "stored_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Correction r : rows) {
                ps.setString(1, r.eventId());
                ps.setString(2, r.dossierId());
                ps.setString(3, r.deviceId());
                ps.setString(4, r.reason());
                ps.setString(5, r.fields());
                Rows.setMillis(ps, 6, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Codes among these that already have a counter rating. */
    public Set<String> counterRated(Connection c, Collection<String> codes) throws SQLException {
        Set<String> out = new HashSet<>();
        if (codes.isEmpty()) {
            return out;
        }
        try (var ps = c.prepareStatement("SELECT dossier_code FROM counter_rating WHERE dossier_code IN ("
                + Rows.placeholders(codes.size()) + ")")) {
            Rows.bindAll(ps, 1, codes);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Stores counter ratings, each with a change number of its office (so the office's desks pull it). */
    public void insertCounterRatings(Connection c, List<CounterRating> rows, Instant now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (var ps = c.prepareStatement("INSERT INTO counter_rating (dossier_code, office_code, dossier_id, level, "
                + "reason, rated_at, desk_user, event_id, device_id, change_seq, stored_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CounterRating r : rows) {
                long seq = OfficeSequence.reserve(c, r.officeCode(), 1);
                ps.setString(1, r.dossierCode());
                ps.setString(2, r.officeCode());
                ps.setString(3, r.dossierId());
                ps.setString(4, r.level());
                Rows.setText(ps, 5, r.reason());
                ps.setString(6, r.ratedAt());
                ps.setString(7, r.deskUser());
                ps.setString(8, r.eventId());
                ps.setString(9, r.deviceId());
                ps.setLong(10, seq);
                Rows.setMillis(ps, 11, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public List<CounterRatingChange> counterRatingsSince(Connection c, String office, long since, int limit)
            throws SQLException {
        List<CounterRatingChange> out = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT change_seq, dossier_code, office_code, dossier_id, level, reason, "
                + "rated_at, desk_user, event_id, device_id FROM counter_rating WHERE office_code = ? "
                + "AND change_seq > ? ORDER BY change_seq LIMIT ?")) {
            ps.setString(1, office);
            ps.setLong(2, since);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CounterRatingChange(rs.getLong(1), new CounterRating(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10))));
                }
            }
        }
        return out;
    }

    /**
     * Keeps a desk's reported audit head. A head behind the kept one (a lower id, or the same id with another hash)
     * means rows were removed from the end of its chain: the device is marked and the higher head is kept.
     *
     * @return true when this report moved the chain backwards
     */
    public boolean recordAuditHead(Connection c, String deviceId, long id, String hash, Instant now)
            throws SQLException {
        Optional<AuditHeadRow> kept = auditHead(c, deviceId);
        Long keptId = kept.map(AuditHeadRow::headId).orElse(null);
        String keptHash = kept.map(AuditHeadRow::headHash).orElse(null);
        boolean back = keptId != null && (id < keptId || id == keptId && !hash.equals(keptHash));
        if (back) {
            try (var ps = c.prepareStatement("UPDATE device SET audit_regressed_at = ?, audit_problem = ? WHERE id = ?")) {
                Rows.setMillis(ps, 1, now);
                ps.setString(2, "audit chain went back from row " + keptId + " to row " + id
                        + (id == keptId ? " (same row, another hash)" : ""));
                ps.setString(3, deviceId);
                ps.executeUpdate();
            }
            return true;
        }
        try (var ps = c.prepareStatement("UPDATE device SET audit_head_id = ?, audit_head_hash = ?, audit_head_at = ? "
                + "WHERE id = ?")) {
            ps.setLong(1, id);
            ps.setString(2, hash);
            Rows.setMillis(ps, 3, now);
            ps.setString(4, deviceId);
            ps.executeUpdate();
        }
        return false;
    }

    public Optional<AuditHeadRow> auditHead(Connection c, String deviceId) throws SQLException {
        try (var ps = c.prepareStatement("SELECT id, audit_head_id, audit_head_hash, audit_head_at, audit_regressed_at, "
                + "audit_problem FROM device WHERE id = ?")) {
            ps.setString(1, deviceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long head = rs.getLong(2);
                Long headId = rs.wasNull() ? null : head;
                return Optional.of(new AuditHeadRow(rs.getString(1), headId, rs.getString(3),
                        Rows.instant(rs, "audit_head_at"), Rows.instant(rs, "audit_regressed_at"),
                        rs.getString(6)));
            }
        }
    }

    /** Devices whose audit chain went backwards, for the province. */
    public List<AuditHeadRow> regressed(Connection c) throws SQLException {
        List<AuditHeadRow> out = new ArrayList<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, audit_head_id, audit_head_hash, "
                + "audit_head_at, audit_regressed_at, audit_problem FROM device WHERE audit_regressed_at IS NOT NULL "
                + "ORDER BY audit_regressed_at")) {
            while (rs.next()) {
                long head = rs.getLong(2);
                out.add(new AuditHeadRow(rs.getString(1), rs.wasNull() ? null : head, rs.getString(3),
                        Rows.instant(rs, "audit_head_at"), Rows.instant(rs, "audit_regressed_at"), rs.getString(6)));
            }
        }
        return out;
    }
}

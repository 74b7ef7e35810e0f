package vn.motcua.central.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Citizens' ratings, one per dossier code. */
public final class RatingRepository {

    /** A stored rating; {@code criteria} is a JSON object of criterion → answer, or null. */
    public record StoredRating(String dossierCode, String officeCode, String dossierId, String level, String reason,
                               String criteria, String channel, Instant ratedAt, Instant updatedAt, long changeSeq) {
    }

    public Optional<StoredRating> find(Connection c, String code) throws SQLException {
        try (var ps = c.prepareStatement(SELECT + " WHERE dossier_code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Inserts or replaces the rating of a dossier, with a new change number of its office. */
    public void save(Connection c, String code, String office, String level, String reason, String criteriaJson,
                     String channel, Instant ratedAt, Instant now) throws SQLException {
        long seq = OfficeSequence.reserve(c, office, 1);
        String dossierId = null;
        try (var ps = c.prepareStatement("SELECT id FROM dossier WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    dossierId = rs.getString(1);
                }
            }
        }
        try (var ps = c.prepareStatement("INSERT INTO rating (dossier_code, office_code, dossier_id, level, reason, "
                + "criteria, channel, rated_at, updated_at, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (dossier_code) DO UPDATE SET dossier_id = excluded.dossier_id, level = excluded.level, "
                + "reason = excluded.reason, criteria = excluded.criteria, updated_at = excluded.updated_at, "
                + "change_seq = excluded.change_seq")) {
            ps.setString(1, code);
            ps.setString(2, office);
            Rows.setText(ps, 3, dossierId);
            ps.setString(4, level);
            Rows.setText(ps, 5, reason);
            Rows.setText(ps, 6, criteriaJson);
            ps.setString(7, channel);
            Rows.setMillis(ps, 8, ratedAt);
            Rows.setMillis(ps, 9, now);
            ps.setLong(10, seq);
            ps.executeUpdate();
        }
    }

    public List<StoredRating> changesSince(Connection c, String office, long since, int limit) throws SQLException {
        List<StoredRating> out = new ArrayList<>();
        try (var ps = c.prepareStatement(SELECT + " WHERE office_code = ? AND change_seq > ? ORDER BY change_seq LIMIT ?")) {
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

    private static final String SELECT = "SELECT dossier_code, office_code, dossier_id, level, reason, criteria, "
            + "channel, rated_at, updated_at, change_seq FROM rating";

    private static StoredRating read(ResultSet rs) throws SQLException {
        return new StoredRating(rs.getString("dossier_code"), rs.getString("office_code"), rs.getString("dossier_id"),
                rs.getString("level"), rs.getString("reason"), rs.getString("criteria"), rs.getString("channel"),
                Rows.instant(rs, "rated_at"), Rows.instant(rs, "updated_at"), rs.getLong("change_seq"));
    }
}

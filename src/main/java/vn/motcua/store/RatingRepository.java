package vn.motcua.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Citizens' ratings as the server last reported them, one per dossier code (linked to the dossier by code). */
public final class RatingRepository {

    /** A stored rating; {@code criteria} is the JSON object as pulled (may be null). */
    public record Rating(String dossierCode, String dossierId, String level, String reason, String criteria,
                         String channel, String ratedAt, String updatedAt, long changeSeq) {
    }

    /** Stores the rating unless a newer change of it is already stored (pulls are idempotent). */
    public void upsert(Connection c, Rating r) throws SQLException {
        SqlValues.update(c, "INSERT INTO rating (dossier_code, dossier_id, level, reason, criteria, channel, rated_at, "
                        + "updated_at, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dossier_code) DO UPDATE "
                        + "SET dossier_id = coalesce(excluded.dossier_id, rating.dossier_id), level = excluded.level, "
                        + "reason = excluded.reason, criteria = excluded.criteria, channel = excluded.channel, "
                        + "rated_at = excluded.rated_at, updated_at = excluded.updated_at, "
                        + "change_seq = excluded.change_seq WHERE excluded.change_seq >= rating.change_seq",
                r.dossierCode(), r.dossierId(), r.level(), r.reason(), r.criteria(), r.channel(), r.ratedAt(),
                r.updatedAt(), r.changeSeq());
    }

    public Optional<Rating> find(Connection c, String dossierCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM rating WHERE dossier_code = ?")) {
            ps.setString(1, dossierCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /** All ratings, newest change first. */
    public List<Rating> list(Connection c, int limit) throws SQLException {
        List<Rating> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM rating ORDER BY change_seq DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        }
        return out;
    }

    private static Rating map(ResultSet rs) throws SQLException {
        return new Rating(rs.getString("dossier_code"), rs.getString("dossier_id"), rs.getString("level"),
                rs.getString("reason"), rs.getString("criteria"), rs.getString("channel"), rs.getString("rated_at"),
                rs.getString("updated_at"), rs.getLong("change_seq"));
    }
}

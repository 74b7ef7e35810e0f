package vn.motcua.central.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Citizens' ratings, one per dossier code. A rating is {@code PENDING} until the server holds its dossier, then
 * {@code COUNTED} or {@code VOID}; only counted ratings are pulled and reported.
 */
public final class RatingRepository {
    public static final String PENDING = "PENDING";
    public static final String COUNTED = "COUNTED";
    public static final String VOID = "VOID";

    /** A stored rating; {@code criteria} is a JSON object of criterion → answer, or null. */
    public record StoredRating(String dossierCode, String officeCode, String dossierId, String level, String reason,
                               String criteria, String channel, Instant ratedAt, Instant updatedAt, long changeSeq,
                               String state, String keyDevice) {
    }

    /** How a rating stands: its state, why void, the device whose key made the token, the keyed address hash, delay. */
    public record Standing(String state, String voidReason, String keyDevice, String clientHash, Long delaySeconds) {
    }

    public Optional<StoredRating> find(Connection c, String code) throws SQLException {
        try (var ps = c.prepareStatement(SELECT + " WHERE dossier_code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Inserts or replaces the rating of a dossier, with a new change number of its office. The address hash of the
     * first submission is kept when a later one changes the rating.
     */
    public void save(Connection c, String code, String office, String level, String reason, String criteriaJson,
                     String channel, Instant ratedAt, Instant now, Standing standing) throws SQLException {
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
                + "criteria, channel, rated_at, updated_at, change_seq, state, void_reason, key_device, client_hash, "
                + "delay_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (dossier_code) DO UPDATE SET dossier_id = excluded.dossier_id, level = excluded.level, "
                + "reason = excluded.reason, criteria = excluded.criteria, updated_at = excluded.updated_at, "
                + "change_seq = excluded.change_seq, state = excluded.state, void_reason = excluded.void_reason, "
                + "delay_seconds = excluded.delay_seconds")) {
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
            ps.setString(11, standing.state());
            Rows.setText(ps, 12, standing.voidReason());
            Rows.setText(ps, 13, standing.keyDevice());
            Rows.setText(ps, 14, standing.clientHash());
            if (standing.delaySeconds() == null) {
                ps.setNull(15, java.sql.Types.BIGINT);
            } else {
                ps.setLong(15, standing.delaySeconds());
            }
            ps.executeUpdate();
        }
    }

    /** Pending ratings of these codes, to settle now that their dossiers arrived. */
    public List<StoredRating> pending(Connection c, Collection<String> codes) throws SQLException {
        List<StoredRating> out = new ArrayList<>();
        if (codes.isEmpty()) {
            return out;
        }
        try (var ps = c.prepareStatement(SELECT + " WHERE state = 'PENDING' AND dossier_code IN ("
                + Rows.placeholders(codes.size()) + ")")) {
            Rows.bindAll(ps, 1, codes);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    /** Counts or voids a pending rating; a counted one takes a new change number so the desks pull it. */
    public void settle(Connection c, String code, String office, String dossierId, String state, String voidReason,
                       Long delaySeconds) throws SQLException {
        long seq = COUNTED.equals(state) ? OfficeSequence.reserve(c, office, 1) : -1;
        try (var ps = c.prepareStatement("UPDATE rating SET dossier_id = ?, state = ?, void_reason = ?, "
                + "delay_seconds = ?, change_seq = CASE WHEN ? >= 0 THEN ? ELSE change_seq END "
                + "WHERE dossier_code = ? AND state = 'PENDING'")) {
            ps.setString(1, dossierId);
            ps.setString(2, state);
            Rows.setText(ps, 3, voidReason);
            if (delaySeconds == null) {
                ps.setNull(4, java.sql.Types.BIGINT);
            } else {
                ps.setLong(4, delaySeconds);
            }
            ps.setLong(5, seq);
            ps.setLong(6, seq);
            ps.setString(7, code);
            ps.executeUpdate();
        }
    }

    /** Counted ratings of an office after {@code since}: what its desks pull. */
    public List<StoredRating> changesSince(Connection c, String office, long since, int limit) throws SQLException {
        List<StoredRating> out = new ArrayList<>();
        try (var ps = c.prepareStatement(SELECT + " WHERE office_code = ? AND change_seq > ? AND state = 'COUNTED' "
                + "ORDER BY change_seq LIMIT ?")) {
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

    /**
     * Per office, what lets the province spot self-rating: counted ratings, pending and void ones, distinct client
     * addresses, the most ratings from one address and the median delay after receipt.
     */
    public record OfficeRatings(String officeCode, long counted, long pending, long voided, long addresses,
                                long topAddressRatings, Long medianDelaySeconds) {
        /** Share of the counted ratings that came from the busiest single address, 0–1 (0 when none). */
        public double topAddressShare() {
            return counted == 0 ? 0 : topAddressRatings / (double) counted;
        }
    }

    public List<OfficeRatings> perOffice(Connection c) throws SQLException {
        List<OfficeRatings> out = new ArrayList<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT o.code, "
                + "(SELECT count(*) FROM rating r WHERE r.office_code = o.code AND r.state = 'COUNTED'), "
                + "(SELECT count(*) FROM rating r WHERE r.office_code = o.code AND r.state = 'PENDING'), "
                + "(SELECT count(*) FROM rating r WHERE r.office_code = o.code AND r.state = 'VOID'), "
                + "(SELECT count(DISTINCT r.client_hash) FROM rating r WHERE r.office_code = o.code "
                + "AND r.state = 'COUNTED'), "
                + "(SELECT max(n) FROM (SELECT count(*) AS n FROM rating r WHERE r.office_code = o.code "
                + "AND r.state = 'COUNTED' AND r.client_hash IS NOT NULL GROUP BY r.client_hash) t) "
                + "FROM office o ORDER BY o.code")) {
            while (rs.next()) {
                out.add(new OfficeRatings(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), null));
            }
        }
        List<OfficeRatings> withDelay = new ArrayList<>(out.size());
        for (OfficeRatings o : out) {
            withDelay.add(new OfficeRatings(o.officeCode(), o.counted(), o.pending(), o.voided(), o.addresses(),
                    o.topAddressRatings(), medianDelay(c, o.officeCode(), o.counted())));
        }
        return withDelay;
    }

    private static Long medianDelay(Connection c, String office, long counted) throws SQLException {
        if (counted == 0) {
            return null;
        }
        try (var ps = c.prepareStatement("SELECT delay_seconds FROM rating WHERE office_code = ? AND state = 'COUNTED' "
                + "AND delay_seconds IS NOT NULL ORDER BY delay_seconds LIMIT 1 OFFSET ?")) {
            ps.setString(1, office);
            ps.setLong(2, counted / 2);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static final String SELECT = "SELECT dossier_code, office_code, dossier_id, level, reason, criteria, "
            + "channel, rated_at, updated_at, change_seq, state, key_device FROM rating";

    private static StoredRating read(ResultSet rs) throws SQLException {
        return new StoredRating(rs.getString("dossier_code"), rs.getString("office_code"), rs.getString("dossier_id"),
                rs.getString("level"), rs.getString("reason"), rs.getString("criteria"), rs.getString("channel"),
                Rows.instant(rs, "rated_at"), Rows.instant(rs, "updated_at"), rs.getLong("change_seq"),
                rs.getString("state"), rs.getString("key_device"));
    }
}

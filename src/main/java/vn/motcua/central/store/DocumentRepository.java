package vn.motcua.central.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Province-wide documents (the procedure catalogue, the working calendar), stored whole. Importing one gives every
 * office a new change number for it, so each desk pulls it once.
 */
public final class DocumentRepository {
    /** Document kinds; the names match {@code sync.wire.ChangeKind}. */
    public static final String CATALOG = "CATALOG";
    public static final String CALENDAR = "CALENDAR";

    /**
     * Stores a new version of a document and publishes it to every office.
     *
     * @return the document's new version
     */
    public long put(Connection c, String kind, String json, Instant now) throws SQLException {
        long version = 1;
        try (var ps = c.prepareStatement("SELECT version FROM document WHERE kind = ?")) {
            ps.setString(1, kind);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    version = rs.getLong(1) + 1;
                }
            }
        }
        try (var ps = c.prepareStatement("INSERT INTO document (kind, version, data, imported_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (kind) DO UPDATE SET version = excluded.version, data = excluded.data, "
                + "imported_at = excluded.imported_at")) {
            ps.setString(1, kind);
            ps.setLong(2, version);
            ps.setString(3, json);
            Rows.setMillis(ps, 4, now);
            ps.executeUpdate();
        }
        List<String> offices = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT code FROM office ORDER BY code"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                offices.add(rs.getString(1));
            }
        }
        for (String office : offices) {
            publish(c, office, kind);
        }
        return version;
    }

    /** The current version of a document, 0 when never imported. */
    public long version(Connection c, String kind) throws SQLException {
        try (var ps = c.prepareStatement("SELECT version FROM document WHERE kind = ?")) {
            ps.setString(1, kind);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Makes every existing document visible to a (new) office. */
    static void publishAllTo(Connection c, String office) throws SQLException {
        List<String> kinds = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT kind FROM document ORDER BY kind"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                kinds.add(rs.getString(1));
            }
        }
        for (String kind : kinds) {
            publish(c, office, kind);
        }
    }

    private static void publish(Connection c, String office, String kind) throws SQLException {
        long seq = OfficeSequence.reserve(c, office, 1);
        try (var ps = c.prepareStatement("INSERT INTO office_document (office_code, kind, change_seq) VALUES (?, ?, ?) "
                + "ON CONFLICT (office_code, kind) DO UPDATE SET change_seq = excluded.change_seq")) {
            ps.setString(1, office);
            ps.setString(2, kind);
            ps.setLong(3, seq);
            ps.executeUpdate();
        }
    }
}

package vn.motcua.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Scanned files attached to a dossier's document components (rows only; the bytes live in the data folder). */
public final class AttachmentRepository {

    /** One attached file. */
    public record StoredAttachment(UUID id, UUID dossierId, int documentIndex, String documentName, String sha256,
                                   String fileName, String mediaType, long sizeBytes, LocalDateTime addedAt,
                                   String addedBy) {
    }

    public void insert(Connection c, StoredAttachment a) throws SQLException {
        SqlValues.update(c, "INSERT INTO attachment (id, dossier_id, document_index, document_name, sha256, file_name, "
                        + "media_type, size_bytes, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.id(), a.dossierId(), a.documentIndex(), a.documentName(), a.sha256(), a.fileName(), a.mediaType(),
                a.sizeBytes(), a.addedAt(), a.addedBy());
    }

    public List<StoredAttachment> list(Connection c, UUID dossierId) throws SQLException {
        List<StoredAttachment> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM attachment WHERE dossier_id = ? AND deleted = 0 "
                + "ORDER BY document_index, added_at, file_name")) {
            SqlValues.bind(ps, dossierId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        }
        return out;
    }

    /** An attachment still to send to the central server, oldest first; its dossier has no unsent events. */
    public List<StoredAttachment> unsynced(Connection c, int limit) throws SQLException {
        List<StoredAttachment> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM attachment a WHERE a.synced_at IS NULL "
                + "AND a.deleted = 0 AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dossier_id = a.dossier_id "
                + "AND o.state = 'PENDING') ORDER BY a.added_at, a.id LIMIT ?")) {
            SqlValues.bind(ps, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        }
        return out;
    }

    /**
     * Attachments pulled from other desks of the office whose dossier is still open (statuses given as codes), newest
     * first: the files a clerk here may need next, worth fetching ahead while the line is up.
     */
    public List<StoredAttachment> pulledForOpenDossiers(Connection c, List<Integer> openStatuses, int limit)
            throws SQLException {
        List<StoredAttachment> out = new ArrayList<>();
        String in = String.join(", ", java.util.Collections.nCopies(openStatuses.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT a.* FROM attachment a JOIN dossier d ON d.id = "
                + "a.dossier_id WHERE a.origin = 'SERVER' AND a.deleted = 0 AND d.status IN (" + in + ") "
                + "ORDER BY a.added_at DESC LIMIT ?")) {
            int i = 1;
            for (Integer s : openStatuses) {
                ps.setInt(i++, s);
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        }
        return out;
    }

    /** How many attachments wait to be sent (whatever their dossier's state). */
    public int unsyncedCount(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM attachment WHERE synced_at IS NULL "
                + "AND deleted = 0"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    public void markSynced(Connection c, UUID id, LocalDateTime at) throws SQLException {
        SqlValues.update(c, "UPDATE attachment SET synced_at = ?, sync_error = NULL WHERE id = ?", at, id);
    }

    public void noteSyncError(Connection c, UUID id, String error) throws SQLException {
        SqlValues.update(c, "UPDATE attachment SET sync_error = ? WHERE id = ?", error, id);
    }

    /**
     * Records an attachment the server holds (pulled with its dossier): inserted when new, marked synced when it is
     * one of ours whose confirmation was lost.
     *
     * @return whether anything changed
     */
    public boolean upsertPulled(Connection c, StoredAttachment a, LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT synced_at FROM attachment WHERE id = ?")) {
            SqlValues.bind(ps, a.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    if (rs.getString(1) != null) {
                        return false;
                    }
                    markSynced(c, a.id(), now);
                    return true;
                }
            }
        }
        SqlValues.update(c, "INSERT INTO attachment (id, dossier_id, document_index, document_name, sha256, file_name, "
                        + "media_type, size_bytes, added_at, added_by, synced_at, origin) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SERVER')",
                a.id(), a.dossierId(), a.documentIndex(), a.documentName(), a.sha256(), a.fileName(), a.mediaType(),
                a.sizeBytes(), a.addedAt(), a.addedBy(), now);
        return true;
    }

    /** Whether this very file is already attached to this document line. */
    public boolean exists(Connection c, UUID dossierId, int documentIndex, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM attachment WHERE dossier_id = ? "
                + "AND document_index = ? AND sha256 = ? AND deleted = 0")) {
            SqlValues.bind(ps, dossierId, documentIndex, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Recounts the document components with at least one file and stores it on the dossier (for the reports). */
    public int refreshDigitisedCount(Connection c, UUID dossierId) throws SQLException {
        int n;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(DISTINCT document_index) FROM attachment "
                + "WHERE dossier_id = ? AND deleted = 0")) {
            SqlValues.bind(ps, dossierId);
            try (ResultSet rs = ps.executeQuery()) {
                n = rs.next() ? rs.getInt(1) : 0;
            }
        }
        SqlValues.update(c, "UPDATE dossier SET digitised_components = ? WHERE id = ?", n, dossierId);
        return n;
    }

    public int digitisedCount(Connection c, UUID dossierId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT digitised_components FROM dossier WHERE id = ?")) {
            SqlValues.bind(ps, dossierId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static StoredAttachment map(ResultSet rs) throws SQLException {
        return new StoredAttachment(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("dossier_id")),
                rs.getInt("document_index"), rs.getString("document_name"), rs.getString("sha256"),
                rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                SqlValues.ts(rs, "added_at"), rs.getString("added_by"));
    }
}

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
                    out.add(new StoredAttachment(UUID.fromString(rs.getString("id")),
                            UUID.fromString(rs.getString("dossier_id")), rs.getInt("document_index"),
                            rs.getString("document_name"), rs.getString("sha256"), rs.getString("file_name"),
                            rs.getString("media_type"), rs.getLong("size_bytes"), SqlValues.ts(rs, "added_at"),
                            rs.getString("added_by")));
                }
            }
        }
        return out;
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
}

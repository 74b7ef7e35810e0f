package vn.motcua.central.store;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Digitised files: blobs (content-addressed per office, stored as chunks so an upload can resume) and the attachment
 * rows that tie a complete blob to a document line of a dossier. Chunks live in the database, so any node of a
 * PostgreSQL deployment serves any upload or download and a database backup holds the files too.
 */
public final class BlobRepository {

    /** Where an upload stands. {@code completedAt} is null until the whole content hashed to {@code sha256}. */
    public record Blob(String officeCode, String sha256, long sizeBytes, String mediaType, long received,
                       Instant completedAt) {
        public boolean complete() {
            return completedAt != null;
        }
    }

    /** An attachment row (see the desk's {@code attachment} table; {@code addedAt} is the desk's local time). */
    public record AttachmentRow(String id, String dossierId, String officeCode, int documentIndex, String documentName,
                                String sha256, String fileName, String mediaType, long sizeBytes, String addedAt,
                                String addedBy, String deviceId, Instant storedAt) {
    }

    /** The blob row, locked for the rest of the transaction on PostgreSQL (uploads of one blob go one at a time). */
    public Optional<Blob> findForUpdate(Connection c, String office, String sha256, boolean postgres)
            throws SQLException {
        return find(c, office, sha256, postgres ? " FOR UPDATE" : "");
    }

    public Optional<Blob> find(Connection c, String office, String sha256) throws SQLException {
        return find(c, office, sha256, "");
    }

    private Optional<Blob> find(Connection c, String office, String sha256, String lock) throws SQLException {
        try (var ps = c.prepareStatement("SELECT size_bytes, media_type, received, completed_at FROM blob "
                + "WHERE office_code = ? AND sha256 = ?" + lock)) {
            ps.setString(1, office);
            ps.setString(2, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Blob(office, sha256, rs.getLong(1), rs.getString(2), rs.getLong(3),
                        Rows.instant(rs, "completed_at")));
            }
        }
    }

    /** Starts an upload; does nothing when another request (another node) started it a moment ago. */
    public void create(Connection c, String office, String sha256, long size, String mediaType, Instant now)
            throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO blob (office_code, sha256, size_bytes, media_type, received, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?) ON CONFLICT (office_code, sha256) DO NOTHING")) {
            ps.setString(1, office);
            ps.setString(2, sha256);
            ps.setLong(3, size);
            ps.setString(4, mediaType);
            ps.setLong(5, now.toEpochMilli());
            ps.setLong(6, now.toEpochMilli());
            ps.executeUpdate();
        }
    }

    /** Stores one chunk at {@code start} and moves the blob's received mark past it. */
    public void appendChunk(Connection c, String office, String sha256, long start, byte[] data, Instant now)
            throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO blob_chunk (office_code, sha256, start_byte, data) "
                + "VALUES (?, ?, ?, ?)")) {
            ps.setString(1, office);
            ps.setString(2, sha256);
            ps.setLong(3, start);
            ps.setBytes(4, data);
            ps.executeUpdate();
        }
        try (var ps = c.prepareStatement("UPDATE blob SET received = ?, updated_at = ? WHERE office_code = ? "
                + "AND sha256 = ?")) {
            ps.setLong(1, start + data.length);
            ps.setLong(2, now.toEpochMilli());
            ps.setString(3, office);
            ps.setString(4, sha256);
            ps.executeUpdate();
        }
    }

    /** The SHA-256 (hex) of the stored chunks, in order. */
    public String digest(Connection c, String office, String sha256) throws SQLException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        forEachChunk(c, office, sha256, md::update);
        return HexFormat.of().formatHex(md.digest());
    }

    /** Writes the stored content to {@code out}, chunk by chunk (never the whole file in memory). */
    public void copyTo(Connection c, String office, String sha256, OutputStream out) throws SQLException,
            IOException {
        try {
            forEachChunk(c, office, sha256, bytes -> {
                try {
                    out.write(bytes);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private interface ChunkSink {
        void accept(byte[] bytes);
    }

    private static void forEachChunk(Connection c, String office, String sha256, ChunkSink sink) throws SQLException {
        try (var ps = c.prepareStatement("SELECT data FROM blob_chunk WHERE office_code = ? AND sha256 = ? "
                + "ORDER BY start_byte")) {
            ps.setString(1, office);
            ps.setString(2, sha256);
            ps.setFetchSize(4);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs.getBytes(1));
                }
            }
        }
    }

    public void markComplete(Connection c, String office, String sha256, Instant now) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE blob SET completed_at = ?, updated_at = ? WHERE office_code = ? "
                + "AND sha256 = ?")) {
            ps.setLong(1, now.toEpochMilli());
            ps.setLong(2, now.toEpochMilli());
            ps.setString(3, office);
            ps.setString(4, sha256);
            ps.executeUpdate();
        }
    }

    /** Forgets an upload whose content did not hash to its name, so it can start again from byte 0. */
    public void discard(Connection c, String office, String sha256) throws SQLException {
        for (String table : new String[] {"blob_chunk", "blob"}) {
            try (var ps = c.prepareStatement("DELETE FROM " + table + " WHERE office_code = ? AND sha256 = ?")) {
                ps.setString(1, office);
                ps.setString(2, sha256);
                ps.executeUpdate();
            }
        }
    }

    /** What a prune removed. */
    public record Pruned(int uploads, long bytes) {
    }

    /** Removes uploads never completed and untouched since {@code before} (their chunks first). */
    public Pruned pruneIncomplete(Connection c, Instant before) throws SQLException {
        int uploads = 0;
        long bytes = 0;
        try (var ps = c.prepareStatement("SELECT count(*), coalesce(sum(received), 0) FROM blob "
                + "WHERE completed_at IS NULL AND updated_at < ?")) {
            ps.setLong(1, before.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    uploads = rs.getInt(1);
                    bytes = rs.getLong(2);
                }
            }
        }
        if (uploads == 0) {
            return new Pruned(0, 0);
        }
        try (var ps = c.prepareStatement("DELETE FROM blob_chunk WHERE EXISTS (SELECT 1 FROM blob b "
                + "WHERE b.office_code = blob_chunk.office_code AND b.sha256 = blob_chunk.sha256 "
                + "AND b.completed_at IS NULL AND b.updated_at < ?)")) {
            ps.setLong(1, before.toEpochMilli());
            ps.executeUpdate();
        }
        try (var ps = c.prepareStatement("DELETE FROM blob WHERE completed_at IS NULL AND updated_at < ?")) {
            ps.setLong(1, before.toEpochMilli());
            ps.executeUpdate();
        }
        return new Pruned(uploads, bytes);
    }

    // ---- attachments -----------------------------------------------------------------------------------------------

    public Optional<AttachmentRow> findAttachment(Connection c, String id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT " + ATTACHMENT_COLUMNS + " FROM attachment WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(attachment(rs)) : Optional.empty();
            }
        }
    }

    public void insertAttachment(Connection c, AttachmentRow a) throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO attachment (" + ATTACHMENT_COLUMNS + ") "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, a.dossierId());
            ps.setString(3, a.officeCode());
            ps.setInt(4, a.documentIndex());
            ps.setString(5, a.documentName());
            ps.setString(6, a.sha256());
            ps.setString(7, a.fileName());
            ps.setString(8, a.mediaType());
            ps.setLong(9, a.sizeBytes());
            ps.setString(10, a.addedAt());
            ps.setString(11, a.addedBy());
            ps.setString(12, a.deviceId());
            ps.setLong(13, a.storedAt().toEpochMilli());
            ps.executeUpdate();
        }
    }

    /** The attachments of the given dossiers, oldest first. */
    public Map<String, List<AttachmentRow>> attachmentsOf(Connection c, Collection<String> dossierIds)
            throws SQLException {
        Map<String, List<AttachmentRow>> out = new HashMap<>();
        if (dossierIds.isEmpty()) {
            return out;
        }
        try (var ps = c.prepareStatement("SELECT " + ATTACHMENT_COLUMNS + " FROM attachment WHERE dossier_id IN ("
                + Rows.placeholders(dossierIds.size()) + ") ORDER BY stored_at, id")) {
            Rows.bindAll(ps, 1, dossierIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AttachmentRow a = attachment(rs);
                    out.computeIfAbsent(a.dossierId(), k -> new ArrayList<>()).add(a);
                }
            }
        }
        return out;
    }

    /** Whether an attachment of the office points at this blob (a desk may only download those). */
    public boolean referenced(Connection c, String office, String sha256) throws SQLException {
        try (var ps = c.prepareStatement("SELECT 1 FROM attachment WHERE office_code = ? AND sha256 = ? LIMIT 1")) {
            ps.setString(1, office);
            ps.setString(2, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public long countAttachments(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("SELECT count(*) FROM attachment"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static final String ATTACHMENT_COLUMNS = "id, dossier_id, office_code, document_index, document_name, "
            + "sha256, file_name, media_type, size_bytes, added_at, added_by, device_id, stored_at";

    private static AttachmentRow attachment(ResultSet rs) throws SQLException {
        return new AttachmentRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), rs.getString(10), rs.getString(11),
                rs.getString(12), Instant.ofEpochMilli(rs.getLong(13)));
    }
}

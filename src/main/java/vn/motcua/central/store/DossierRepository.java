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

/** The server's copy of dossiers: their latest state, progress log and the events that built them. */
public final class DossierRepository {

    /** What the ingest needs to know about a stored dossier to judge the next event. */
    public record StoredDossier(String id, String code, String officeCode, int status, String interopAgency,
                                long version, String data, String ownerDevice) {
    }

    /** A held dossier as a rating is judged against it: its receipt time (desk local) and receiving device. */
    public record Held(String id, String receivedAt, String ownerDevice) {
    }

    /** One accepted event, as stored for idempotency and audit. */
    public record EventRow(String eventId, String deviceId, long deviceSeq, String type, String dossierId,
                           String occurredAt, Instant receivedAt, String action) {
    }

    /**
     * The latest state of a dossier, to insert or update. The receiving clerk ({@code receivedBy} user name,
     * {@code receivedById} account id, {@code receivedByName} full name as at receipt) and {@code deskNo} are the
     * receipt's: stored on insert, never changed by a later event.
     */
    public record DossierRow(String id, String code, String officeCode, int deskNo, int status, String interopAgency,
                             long version, String procedureCode, String procedureName, String receivedAt,
                             String appointmentAt, String idLast4, String phoneLast4, String data, long changeSeq,
                             Instant updatedAt, String ownerDevice, String lastDevice, String receivedBy,
                             String receivedById, String receivedByName) {

        /** A row without device or clerk fields (the benches' synthetic dossiers). */
        public DossierRow(String id, String code, String officeCode, int deskNo, int status, String interopAgency,
                          long version, String procedureCode, String procedureName, String receivedAt,
                          String appointmentAt, String idLast4, String phoneLast4, String data, long changeSeq,
                          Instant updatedAt) {
            this(id, code, officeCode, deskNo, status, interopAgency, version, procedureCode, procedureName,
                    receivedAt, appointmentAt, idLast4, phoneLast4, data, changeSeq, updatedAt, null, null, null, null,
                    null);
        }
    }

    /** The receiving clerk of a stored dossier as the server holds it. */
    public record Clerk(String receivedBy, String receivedById, String receivedByName, int deskNo) {
    }

    /** One progress-log row; {@code n} equals the dossier version it produced. */
    public record ProgressRow(String dossierId, long n, String at, String action, int status, String note, String data) {
    }

    /** A dossier change for pull; {@code data} is the stored JSON's UTF-8 bytes, written out as they are. */
    public record DossierChange(long seq, String id, int status, long version, byte[] data, String lastDevice,
                                Integer lastDeskNo) {
    }

    /**
     * One progress entry for pull: the desk's entry as stored ({@code data}, UTF-8 JSON bytes), or for rows stored
     * before the server kept it (schema v1, {@code data} null) the columns it had.
     */
    public record PulledProgress(byte[] data, String at, String action, int status, String note) {
    }

    /** What the public lookup page may show (no personal data except the last digits used as the second factor). */
    public record LookupView(String code, String officeCode, String officeName, int status, String procedureName,
                             String receivedAt, String appointmentAt, String idLast4, String phoneLast4,
                             List<ProgressRow> progress) {
    }

    public Set<String> existingEventIds(Connection c, Collection<String> ids) throws SQLException {
        Set<String> out = new HashSet<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (var ps = c.prepareStatement("SELECT event_id FROM sync_event WHERE event_id IN ("
                + Rows.placeholders(ids.size()) + ")")) {
            Rows.bindAll(ps, 1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** The dossiers among those given whose fee has already been marked paid (an accepted {@code FEE_PAID} event). */
    public Set<String> feePaid(Connection c, Collection<String> dossierIds) throws SQLException {
        Set<String> out = new HashSet<>();
        if (dossierIds.isEmpty()) {
            return out;
        }
        try (var ps = c.prepareStatement("SELECT DISTINCT dossier_id FROM sync_event WHERE type = 'FEE_PAID' "
                + "AND dossier_id IN (" + Rows.placeholders(dossierIds.size()) + ")")) {
            Rows.bindAll(ps, 1, dossierIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Stored dossiers whose id or code is among those given, keyed by id. */
    public Map<String, StoredDossier> findByIdsOrCodes(Connection c, Collection<String> ids, Collection<String> codes)
            throws SQLException {
        Map<String, StoredDossier> out = new HashMap<>();
        if (ids.isEmpty() && codes.isEmpty()) {
            return out;
        }
        List<String> where = new ArrayList<>();
        if (!ids.isEmpty()) {
            where.add("id IN (" + Rows.placeholders(ids.size()) + ")");
        }
        if (!codes.isEmpty()) {
            where.add("code IN (" + Rows.placeholders(codes.size()) + ")");
        }
        try (var ps = c.prepareStatement("SELECT id, code, office_code, status, interop_agency, version, data, "
                + "owner_device FROM dossier WHERE " + String.join(" OR ", where))) {
            Rows.bindAll(ps, 1, ids);
            Rows.bindAll(ps, 1 + ids.size(), codes);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StoredDossier d = new StoredDossier(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8));
                    out.put(d.id(), d);
                }
            }
        }
        return out;
    }

    public void insertEvents(Connection c, List<EventRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (var ps = c.prepareStatement("INSERT INTO sync_event (event_id, device_id, device_seq, type, dossier_id, "
                + "occurred_at, received_at, action) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (EventRow r : rows) {
                ps.setString(1, r.eventId());
                ps.setString(2, r.deviceId());
                ps.setLong(3, r.deviceSeq());
                ps.setString(4, r.type());
                ps.setString(5, r.dossierId());
                ps.setString(6, r.occurredAt());
                Rows.setMillis(ps, 7, r.receivedAt());
                Rows.setText(ps, 8, r.action());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void upsertDossiers(Connection c, List<DossierRow> rows) throws SQLException {
        upsertDossiers(c, rows, null);
    }

    /**
     * {@link #upsertDossiers(Connection, List)} binding the JSON texts {@code texts} holds as UTF-8 bytes (SQLite
     * only; null: every text as a string).
     */
    public void upsertDossiers(Connection c, List<DossierRow> rows, Utf8Texts texts) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (var ps = c.prepareStatement("INSERT INTO dossier (id, code, office_code, desk_no, status, interop_agency, "
                + "version, procedure_code, procedure_name, received_at, appointment_at, id_last4, phone_last4, data, "
                + "change_seq, updated_at, owner_device, last_device, received_by, received_by_id, received_by_name) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + Utf8Texts.param(texts)
                + ", ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET status = excluded.status, interop_agency = excluded.interop_agency, "
                + "version = excluded.version, procedure_name = excluded.procedure_name, "
                + "procedure_code = excluded.procedure_code, received_at = excluded.received_at, "
                + "last_device = excluded.last_device, "
                + "appointment_at = excluded.appointment_at, id_last4 = excluded.id_last4, "
                + "phone_last4 = excluded.phone_last4, data = excluded.data, change_seq = excluded.change_seq, "
                + "updated_at = excluded.updated_at")) {
            for (DossierRow r : rows) {
                ps.setString(1, r.id());
                ps.setString(2, r.code());
                ps.setString(3, r.officeCode());
                ps.setInt(4, r.deskNo());
                ps.setInt(5, r.status());
                Rows.setText(ps, 6, r.interopAgency());
                ps.setLong(7, r.version());
                ps.setString(8, r.procedureCode());
                Rows.setText(ps, 9, r.procedureName());
                ps.setString(10, r.receivedAt());
                Rows.setText(ps, 11, r.appointmentAt());
                Rows.setText(ps, 12, r.idLast4());
                Rows.setText(ps, 13, r.phoneLast4());
                Utf8Texts.bind(ps, 14, r.data(), texts);
                ps.setLong(15, r.changeSeq());
                Rows.setMillis(ps, 16, r.updatedAt());
                Rows.setText(ps, 17, r.ownerDevice());
                Rows.setText(ps, 18, r.lastDevice());
                Rows.setText(ps, 19, r.receivedBy());
                Rows.setText(ps, 20, r.receivedById());
                Rows.setText(ps, 21, r.receivedByName());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void insertProgress(Connection c, List<ProgressRow> rows) throws SQLException {
        insertProgress(c, rows, null);
    }

    /** {@link #insertProgress(Connection, List)} binding the entries {@code texts} holds as UTF-8 (SQLite only). */
    public void insertProgress(Connection c, List<ProgressRow> rows, Utf8Texts texts) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (var ps = c.prepareStatement("INSERT INTO progress (dossier_id, n, at, action, status, note, "
                + "data) VALUES (?, ?, ?, ?, ?, ?, " + Utf8Texts.param(texts) + ")")) {
            for (ProgressRow r : rows) {
                ps.setString(1, r.dossierId());
                ps.setLong(2, r.n());
                ps.setString(3, r.at());
                ps.setString(4, r.action());
                ps.setInt(5, r.status());
                Rows.setText(ps, 6, r.note());
                Utf8Texts.bind(ps, 7, r.data(), texts);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The held dossier of a code, as ratings are judged against it. */
    public Optional<Held> held(Connection c, String code) throws SQLException {
        try (var ps = c.prepareStatement("SELECT id, received_at, owner_device FROM dossier WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Held(rs.getString(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        }
    }

    /** Dossier changes of an office after {@code since}, oldest first, at most {@code limit}. */
    public List<DossierChange> changesSince(Connection c, String office, long since, int limit) throws SQLException {
        List<DossierChange> out = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT d.change_seq, d.id, d.status, d.version, d.data, d.last_device, "
                + "v.desk_no FROM dossier d LEFT JOIN device v ON v.id = d.last_device "
                + "WHERE d.office_code = ? AND d.change_seq > ? ORDER BY d.change_seq LIMIT ?")) {
            ps.setString(1, office);
            ps.setLong(2, since);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int desk = rs.getInt(7);
                    out.add(new DossierChange(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                            rs.getBytes(5), rs.getString(6), rs.wasNull() ? null : desk));
                }
            }
        }
        return out;
    }

    /** The progress logs of the given dossiers, each in order (for pull: other desks get the whole log). */
    public Map<String, List<ProgressRow>> progressOf(Connection c, Collection<String> ids) throws SQLException {
        Map<String, List<ProgressRow>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (var ps = c.prepareStatement("SELECT dossier_id, n, at, action, status, note, data FROM progress "
                + "WHERE dossier_id IN (" + Rows.placeholders(ids.size()) + ") ORDER BY dossier_id, n")) {
            Rows.bindAll(ps, 1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ProgressRow(rs.getString(1),
                            rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                            rs.getString(7)));
                }
            }
        }
        return out;
    }

    /**
     * The progress logs of the given dossiers for pull, each in order: the stored entries as UTF-8 bytes (no String
     * made of them), the columns only for the old rows without one.
     */
    public Map<String, List<PulledProgress>> progressForPull(Connection c, Collection<String> ids)
            throws SQLException {
        Map<String, List<PulledProgress>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (var ps = c.prepareStatement("SELECT dossier_id, data, at, action, status, note FROM progress "
                + "WHERE dossier_id IN (" + Rows.placeholders(ids.size()) + ") ORDER BY dossier_id, n")) {
            Rows.bindAll(ps, 1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                String last = null;
                List<PulledProgress> list = null;
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (!id.equals(last)) {
                        last = id;
                        list = out.computeIfAbsent(id, k -> new ArrayList<>());
                    }
                    byte[] data = rs.getBytes(2);
                    list.add(data != null ? new PulledProgress(data, null, null, 0, null)
                            : new PulledProgress(null, rs.getString(3), rs.getString(4), rs.getInt(5),
                            rs.getString(6)));
                }
            }
        }
        return out;
    }

    /** Moves dossiers to new change numbers (something about them changed that the office's desks must pull). */
    public void touch(Connection c, String office, Collection<String> ids, Instant now) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        long seq = reserveChanges(c, office, ids.size());
        try (var ps = c.prepareStatement("UPDATE dossier SET change_seq = ?, updated_at = ? WHERE id = ?")) {
            for (String id : ids) {
                ps.setLong(1, seq++);
                ps.setLong(2, now.toEpochMilli());
                ps.setString(3, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Province documents changed for an office after {@code since}: kind, change number, version and data. */
    public record DocumentChange(long seq, String kind, long version, String data) {
    }

    public List<DocumentChange> documentChangesSince(Connection c, String office, long since, int limit)
            throws SQLException {
        List<DocumentChange> out = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT od.change_seq, od.kind, d.version, d.data FROM office_document od "
                + "JOIN document d ON d.kind = od.kind WHERE od.office_code = ? AND od.change_seq > ? "
                + "ORDER BY od.change_seq LIMIT ?")) {
            ps.setString(1, office);
            ps.setLong(2, since);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DocumentChange(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    /** The lookup view of a dossier by code. */
    public Optional<LookupView> lookup(Connection c, String code) throws SQLException {
        String id;
        LookupView head;
        try (var ps = c.prepareStatement("SELECT d.id, d.code, d.office_code, o.name, d.status, d.procedure_name, "
                + "d.received_at, d.appointment_at, d.id_last4, d.phone_last4 FROM dossier d "
                + "JOIN office o ON o.code = d.office_code WHERE d.code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = rs.getString(1);
                head = new LookupView(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), List.of());
            }
        }
        List<ProgressRow> progress = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT n, at, action, status, note FROM progress WHERE dossier_id = ? "
                + "ORDER BY n")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    progress.add(new ProgressRow(id, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getString(5), null));
                }
            }
        }
        return Optional.of(new LookupView(head.code(), head.officeCode(), head.officeName(), head.status(),
                head.procedureName(), head.receivedAt(), head.appointmentAt(), head.idLast4(), head.phoneLast4(),
                List.copyOf(progress)));
    }

    /** The receiving clerk of a dossier by code, as stored from its receipt. */
    public Optional<Clerk> clerk(Connection c, String code) throws SQLException {
        try (var ps = c.prepareStatement("SELECT received_by, received_by_id, received_by_name, desk_no FROM dossier "
                + "WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Clerk(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4))) : Optional.empty();
            }
        }
    }

    /** The procedure name of a dossier by code, for the rating page; empty when the dossier has not synced yet. */
    public Optional<String> procedureName(Connection c, String code) throws SQLException {
        try (var ps = c.prepareStatement("SELECT procedure_name FROM dossier WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public long count(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("SELECT count(*) FROM dossier"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * The office's last reserved change number (0 when it has none, or no such office). Every change a pull can hand
     * out — dossiers, ratings, counter-ratings, documents, accounts — took its number from {@link OfficeSequence} in
     * the transaction that stored it, so nothing committed is numbered above this: a cursor at or past it has nothing
     * to pull.
     */
    public long lastChange(Connection c, String office) throws SQLException {
        try (var ps = c.prepareStatement("SELECT change_seq FROM office WHERE code = ?")) {
            ps.setString(1, office);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Reserves change numbers for an office; see {@link OfficeSequence}. */
    public long reserveChanges(Connection c, String office, int count) throws SQLException {
        return OfficeSequence.reserve(c, office, count);
    }
}

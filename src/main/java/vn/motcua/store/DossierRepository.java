package vn.motcua.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.ProcessingTime;
import vn.motcua.domain.catalog.TimeUnit;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.ProgressEntry;
import vn.motcua.domain.dossier.ReceivedDocument;
import vn.motcua.domain.dossier.ReturnMethod;
import vn.motcua.domain.dossier.StatusHistory;
import vn.motcua.domain.dossier.SupplementRound;
import vn.motcua.domain.text.Text;

/** Dossiers, their progress log and their search-index row. */
public final class DossierRepository {
    private static final TypeReference<List<ReceivedDocument>> DOCS = new TypeReference<>() { };
    private static final TypeReference<List<SupplementRound>> ROUNDS = new TypeReference<>() { };

    private static final String COLUMNS = "id, code, procedure_code, procedure_name, field_code, field_name, channel, "
            + "return_method, applicant_name, applicant_id, applicant_birth, applicant_phone, applicant_email, "
            + "applicant_address, submitter, documents, sets, summary, notes, time_value, time_unit, received_at, "
            + "appointment_at, rescheduled_at, status, interop_agency, supplements, finished_at, returned_at, desk_no, "
            + "received_by, received_by_id, received_by_name, version, updated_at, applicant_sex, applicant_other_id";

    /**
     * Inserts a new dossier and its search row. Its state begins at its latest own date ({@link
     * StatusHistory#currentSince}) until a progress entry says when.
     */
    public void insert(Connection c, Dossier d, java.time.LocalDateTime now) throws SQLException {
        indexForSearch(c, insertUnindexed(c, d, now), d);
    }

    private static final String INSERT = "INSERT INTO dossier (" + COLUMNS + ", state_since) VALUES ("
            + "?, ".repeat(COLUMNS.split(", ").length) + "?)";

    /**
     * {@link #insert} without the search row, returning the new row's rowid: the caller writes the search row with
     * {@link #indexForSearch(Connection, long, Dossier)} later in the same transaction. {@code register --jsonl}
     * writes a group's search rows after the group's savepoints (issue 18): FTS5 flushes the rows it holds into a
     * new segment of its index whenever a savepoint opens — a line's own, and the statement savepoint of every
     * statement that may write more than one row (the outbox's and audit's AUTOINCREMENT, an INSERT … SELECT) — so
     * a search row written inside each line's savepoint cost a segment, and its merges, per registration instead
     * of one per group.
     */
    public long insertUnindexed(Connection c, Dossier d, java.time.LocalDateTime now) throws SQLException {
        Object[] vals = values(d, now);
        Object[] all = java.util.Arrays.copyOf(vals, vals.length + 1);
        all[vals.length] = StatusHistory.currentSince(d, List.of());
        try (PreparedStatement ps = c.prepareStatement(INSERT + " RETURNING rowid")) {
            SqlValues.bind(ps, all);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Replaces a dossier whose stored version is {@code expectedVersion}; returns false when someone changed it
     * meanwhile (the caller reloads and retries or reports a conflict).
     */
    public boolean update(Connection c, Dossier d, long expectedVersion, java.time.LocalDateTime now)
            throws SQLException {
        String set = String.join(" = ?, ", COLUMNS.split(", ")) + " = ?";
        Object[] vals = values(d, now);
        Object[] all = new Object[vals.length + 2];
        System.arraycopy(vals, 0, all, 0, vals.length);
        all[vals.length] = d.id();
        all[vals.length + 1] = expectedVersion;
        int n = SqlValues.update(c, "UPDATE dossier SET " + set + " WHERE id = ? AND version = ?", all);
        if (n == 1) {
            SqlValues.update(c, "DELETE FROM dossier_search WHERE rowid = (SELECT rowid FROM dossier WHERE id = ?)",
                    d.id());
            indexForSearch(c, d);
        }
        return n == 1;
    }

    private static Object[] values(Dossier d, java.time.LocalDateTime now) {
        Applicant a = d.applicant();
        ProcessingTime t = d.processingTime();
        return new Object[] {d.id(), d.code(), d.procedureCode(), d.procedureName(), d.fieldCode(), d.fieldName(),
            d.channel().code(), d.returnMethod().key(), a.fullName(), a.idNumber(), a.birthDate(), a.phone(),
            a.email(), a.address(), d.submitter() == null ? null : toJson(d.submitter()), toJson(d.documents()),
            d.sets(), d.summary(), d.notes(), t == null ? null : t.value(), t == null ? null : t.unit().key(),
            d.receivedAt(), d.appointmentAt(), d.rescheduledAt(), d.status().code(), d.interopAgency(),
            toJson(d.supplements()), d.finishedAt(), d.returnedAt(), d.deskNo(), d.receivedBy(), d.receivedById(),
            d.receivedByName(), d.version(), now, a.sex() == null ? null : a.sex().name(), a.otherIdNumber()};
    }

    /**
     * Writes the search row of the dossier stored in this transaction at {@code rowid} (see {@link
     * #insertUnindexed}): the same row {@link #insert} writes, by a single-row VALUES insert (no statement savepoint,
     * so FTS5 keeps the group's rows together until the commit).
     */
    public void indexForSearch(Connection c, long rowid, Dossier d) throws SQLException {
        SqlValues.update(c, "INSERT INTO dossier_search (rowid, code, name, id_number, phone, procedure) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                rowid, Text.fold(d.code()), Text.fold(d.applicant().fullName()), idNumbers(d.applicant()),
                d.applicant().phone(), Text.fold(d.procedureName()));
    }

    private static void indexForSearch(Connection c, Dossier d) throws SQLException {
        SqlValues.update(c, "INSERT INTO dossier_search (rowid, code, name, id_number, phone, procedure) "
                        + "SELECT rowid, ?, ?, ?, ?, ? FROM dossier WHERE id = ?",
                Text.fold(d.code()), Text.fold(d.applicant().fullName()), idNumbers(d.applicant()),
                d.applicant().phone(), Text.fold(d.procedureName()), d.id());
    }

    /** The ID number and the other identifier (old CMND), so that a search by either finds the dossier. */
    private static String idNumbers(Applicant a) {
        if (a.otherIdNumber() == null) {
            return a.idNumber();
        }
        return a.idNumber() == null ? a.otherIdNumber() : a.idNumber() + " " + a.otherIdNumber();
    }

    public Optional<Dossier> findByCode(Connection c, String code) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM dossier WHERE code = ? AND deleted = 0", code);
    }

    public Optional<Dossier> findById(Connection c, UUID id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM dossier WHERE id = ? AND deleted = 0", id);
    }

    private Optional<Dossier> one(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SqlValues.bind(ps, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Search over code, applicant name, ID numbers, phone and procedure name, insensitive to diacritics and đ/Đ.
     * Every word of the query must match the start of a word of the dossier. The first page is found without ranking
     * every match ({@link DossierSearch}): exact codes, ID numbers and phones by index, words as whole terms before
     * prefixes, newest first.
     */
    public List<Dossier> search(Connection c, String query, int limit) throws SQLException {
        List<Long> rowids = DossierSearch.rowids(c, query, Math.max(1, Math.min(limit, 1000)));
        if (rowids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Dossier> byRowid = new java.util.HashMap<>();
        String sql = "SELECT rowid, " + COLUMNS + " FROM dossier WHERE rowid IN ("
                + "?, ".repeat(rowids.size() - 1) + "?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SqlValues.bind(ps, rowids.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byRowid.put(rs.getLong(1), map(rs));
                }
            }
        }
        List<Dossier> out = new ArrayList<>(rowids.size());
        for (Long r : rowids) {
            Dossier d = byRowid.get(r);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    /** Turns free text into an FTS5 query of quoted prefix terms; nothing the user types can break the syntax. */
    static String ftsQuery(String query) {
        String folded = Text.fold(query);
        if (folded == null || folded.isBlank()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String token : folded.split(" ")) {
            if (!token.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append('"').append(token).append("\"*");
            }
        }
        return sb.toString();
    }

    /** One page of dossiers in the given statuses, newest first. */
    public List<Dossier> listByStatus(Connection c, List<DossierStatus> statuses, int offset, int limit)
            throws SQLException {
        String in = String.join(", ", statuses.stream().map(s -> String.valueOf(s.code())).toList());
        String sql = "SELECT " + COLUMNS + " FROM dossier WHERE deleted = 0 AND status IN (" + in + ") "
                + "ORDER BY received_at DESC LIMIT ? OFFSET ?";
        List<Dossier> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, limit);
            ps.setInt(2, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        }
        return out;
    }

    /** Dossiers received in {@code [from, to)}, oldest first (the logbook of a period). */
    public List<Dossier> receivedBetween(Connection c, java.time.LocalDateTime from, java.time.LocalDateTime to)
            throws SQLException {
        List<Dossier> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM dossier WHERE deleted = 0 "
                + "AND received_at >= ? AND received_at < ? ORDER BY received_at, code")) {
            SqlValues.bind(ps, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        }
        return out;
    }

    public int count(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM dossier")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The most recent dossier of a citizen, to recall a returning applicant's details. */
    public Optional<Applicant> latestApplicant(Connection c, String idNumber) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM dossier WHERE applicant_id = ? AND deleted = 0 "
                + "ORDER BY received_at DESC LIMIT 1", idNumber).map(Dossier::applicant);
    }

    /**
     * Adds an entry to a dossier's progress log and, in the same transaction, records the state it ends (the report
     * of a closed period reads it: {@link #restate}).
     */
    public void addProgress(Connection c, UUID dossierId, ProgressEntry e) throws SQLException {
        insertProgress(c, dossierId, e);
        restate(c, dossierId);
    }

    /**
     * {@link #addProgress} for a dossier inserted in this transaction, whose log is this one entry: what
     * {@link #restate} does for a one-entry log, without reading the log back (the registration path; issue 18).
     */
    public void addFirstProgress(Connection c, UUID dossierId, ProgressEntry e) throws SQLException {
        insertProgress(c, dossierId, e);
        stateBeganWith(c, dossierId, e.at());
    }

    private static void insertProgress(Connection c, UUID dossierId, ProgressEntry e) throws SQLException {
        SqlValues.update(c, "INSERT INTO progress (dossier_id, actor, role, unit, at, action, status, step_start, "
                        + "step_deadline, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                dossierId, e.actor(), e.role(), e.unit(), e.at(), e.action(), e.status().code(), e.stepStart(),
                e.stepDeadline(), e.note());
    }

    /** A dossier with a log of one entry at {@code at} (none: null): no superseded state, its state began then. */
    private static void stateBeganWith(Connection c, UUID dossierId, Object at) throws SQLException {
        SqlValues.update(c, "DELETE FROM dossier_state WHERE dossier_rowid = (SELECT rowid FROM dossier "
                + "WHERE id = ?)", dossierId);
        if (at != null) {
            // unchanged on registration (insert already set it): then the row and its indexes are not rewritten
            SqlValues.update(c, "UPDATE dossier SET state_since = ?1 WHERE id = ?2 AND state_since IS NOT ?1",
                    at, dossierId);
        }
    }

    /** Replaces a dossier's whole progress log (with the central server's, which is authoritative once synced). */
    public void replaceProgress(Connection c, UUID dossierId, List<ProgressEntry> log) throws SQLException {
        SqlValues.update(c, "DELETE FROM progress WHERE dossier_id = ?", dossierId);
        for (ProgressEntry e : log) {
            insertProgress(c, dossierId, e);
        }
        restate(c, dossierId);
    }

    /**
     * Rebuilds the dossier's superseded states ({@code dossier_state}) and when its current state began
     * ({@code state_since}) from its progress log (decision 0006). A log is a handful of rows, so rebuilding is
     * cheaper and simpler than patching, and a pulled log (states made at other desks) is handled the same way.
     */
    public void restate(Connection c, UUID dossierId) throws SQLException {
        List<ProgressEntry> log = progress(c, dossierId);
        if (log.size() <= 1) {
            stateBeganWith(c, dossierId, log.isEmpty() ? null : log.get(0).at());
            return;
        }
        Optional<Dossier> found = findById(c, dossierId);
        if (found.isEmpty()) {
            return;
        }
        Dossier d = found.get();
        long rowid;
        try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM dossier WHERE id = ?")) {
            ps.setString(1, dossierId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                rowid = rs.getLong(1);
            }
        }
        SqlValues.update(c, "DELETE FROM dossier_state WHERE dossier_rowid = ?", rowid);
        List<StatusHistory.State> states = StatusHistory.superseded(d, log);
        if (!states.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dossier_state (dossier_rowid, since, until, "
                    + "status, appointment_at, finished_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (StatusHistory.State st : states) {
                    SqlValues.bind(ps, rowid, st.since(), st.until(), st.status().code(), st.appointmentAt(),
                            st.finishedAt());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        SqlValues.update(c, "UPDATE dossier SET state_since = ? WHERE rowid = ?", StatusHistory.currentSince(d, log),
                rowid);
    }

    public List<ProgressEntry> progress(Connection c, UUID dossierId) throws SQLException {
        List<ProgressEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM progress WHERE dossier_id = ? ORDER BY id")) {
            ps.setString(1, dossierId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ProgressEntry(rs.getString("actor"), rs.getString("role"), rs.getString("unit"),
                            SqlValues.ts(rs, "at"), rs.getString("action"),
                            DossierStatus.fromCode(rs.getInt("status")).orElseThrow(),
                            SqlValues.ts(rs, "step_start"), SqlValues.ts(rs, "step_deadline"), rs.getString("note")));
                }
            }
        }
        return out;
    }

    private static String prefixed(String alias) {
        return String.join(", ", java.util.Arrays.stream(COLUMNS.split(", ")).map(col -> alias + "." + col).toList());
    }

    private static Dossier map(ResultSet rs) throws SQLException {
        Applicant applicant = Applicant.builder().fullName(rs.getString("applicant_name"))
                .idNumber(rs.getString("applicant_id")).birthDate(SqlValues.date(rs.getString("applicant_birth")))
                .phone(rs.getString("applicant_phone")).email(rs.getString("applicant_email"))
                .address(rs.getString("applicant_address"))
                .sex(rs.getString("applicant_sex") == null ? null
                        : vn.motcua.domain.citizen.Sex.valueOf(rs.getString("applicant_sex")))
                .otherIdNumber(rs.getString("applicant_other_id")).build();
        String unit = rs.getString("time_unit");
        ProcessingTime time = unit == null ? null
                : new ProcessingTime(rs.getInt("time_value"), TimeUnit.parse(unit).orElseThrow());
        String submitter = rs.getString("submitter");
        return Dossier.builder()
                .id(UUID.fromString(rs.getString("id")))
                .code(rs.getString("code"))
                .procedureCode(rs.getString("procedure_code"))
                .procedureName(rs.getString("procedure_name"))
                .fieldCode(rs.getString("field_code"))
                .fieldName(rs.getString("field_name"))
                .channel(Channel.parse(String.valueOf(rs.getInt("channel"))).orElseThrow())
                .returnMethod(ReturnMethod.parse(rs.getString("return_method")).orElse(ReturnMethod.COUNTER))
                .applicant(applicant)
                .submitter(submitter == null ? null : fromJson(submitter, Applicant.class))
                .documents(fromJson(rs.getString("documents"), DOCS))
                .sets(rs.getInt("sets"))
                .summary(rs.getString("summary"))
                .notes(rs.getString("notes"))
                .processingTime(time)
                .receivedAt(SqlValues.ts(rs, "received_at"))
                .appointmentAt(SqlValues.ts(rs, "appointment_at"))
                .rescheduledAt(SqlValues.ts(rs, "rescheduled_at"))
                .status(DossierStatus.fromCode(rs.getInt("status")).orElseThrow())
                .interopAgency(rs.getString("interop_agency"))
                .supplements(fromJson(rs.getString("supplements"), ROUNDS))
                .finishedAt(SqlValues.ts(rs, "finished_at"))
                .returnedAt(SqlValues.ts(rs, "returned_at"))
                .deskNo(rs.getInt("desk_no"))
                .receivedBy(rs.getString("received_by"))
                .receivedById(rs.getString("received_by_id"))
                .receivedByName(rs.getString("received_by_name"))
                .version(rs.getLong("version"))
                .build();
    }

    private static String toJson(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static <T> T fromJson(String json, Class<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("Corrupt JSON column: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T fromJson(String json, TypeReference<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("Corrupt JSON column: " + e.getOriginalMessage(), e);
        }
    }
}

package vn.motcua.central.province;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.sync.wire.WireJson;

/**
 * Keeps the province figures up to date as dossiers change (decision 0012). Called inside the transaction that
 * applies accepted events (push), a QR rating or an attachment: for each touched dossier it derives the dossier's
 * {@link DossierFigures} from what the server now holds, compares them with the ones kept in {@code figure_dossier},
 * and adds the difference to the per-day sums ({@code figure_day} per office, day, procedure and field;
 * {@code figure_office_day} per office and day). Deriving from the held state rather than from each event makes a
 * repeated call harmless and makes {@link #rebuild} (the same code over every dossier) equal to the incremental sums.
 */
public final class FigureUpdates {
    private static final Logger LOG = LoggerFactory.getLogger(FigureUpdates.class);
    private static final int CHUNK = 400;

    /** The per-day counters, in column order of {@code figure_day} and {@code figure_office_day}. */
    enum Counter {
        RECEIVED("received"), RECEIVED_ONLINE("received_online"), CLOSED("closed"), EARLY("resolved_early"),
        ON_TIME("resolved_on_time"), LATE("resolved_late"), DIGITISED("digitised"), APOLOGIES("apologies"),
        RATED_VERY("rated_very"), RATED_SATISFIED("rated_satisfied"), RATED_DISSATISFIED("rated_dissatisfied");

        final String column;

        Counter(String column) {
            this.column = column;
        }
    }

    private FigureUpdates() {
    }

    /**
     * Brings the figures of these dossiers (ids; unknown ids are ignored) up to date with what the server holds,
     * in the caller's transaction.
     */
    public static void apply(Connection c, Collection<String> dossierIds) throws SQLException {
        apply(c, dossierIds, Map.of());
    }

    /**
     * {@link #apply(Connection, Collection)} where the caller already holds some of the dossiers' JSON exactly as it
     * is stored in this transaction ({@code known}, by id — the push batch's dossiers): their stored JSON is then
     * neither read again nor parsed again.
     */
    public static void apply(Connection c, Collection<String> dossierIds, Map<String, ? extends JsonNode> known)
            throws SQLException {
        if (dossierIds == null || dossierIds.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(dossierIds));
        for (int i = 0; i < ids.size(); i += CHUNK) {
            applyChunk(c, ids.subList(i, Math.min(ids.size(), i + CHUNK)), known);
        }
    }

    /**
     * Recomputes every figure from the dossiers, ratings, apologies and attachments held, in the caller's
     * transaction: empties the figure tables, then runs {@link #apply} over every dossier.
     *
     * @return how many dossiers were read
     */
    public static long rebuild(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM figure_day");
            st.executeUpdate("DELETE FROM figure_office_day");
            st.executeUpdate("DELETE FROM figure_office_month");
            st.executeUpdate("DELETE FROM figure_open_due");
            st.executeUpdate("DELETE FROM figure_dissatisfied");
            st.executeUpdate("DELETE FROM figure_dossier");
            st.executeUpdate("DELETE FROM figure_name");
        }
        long n = 0;
        String after = "";
        while (true) {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM dossier WHERE id > ? ORDER BY id LIMIT "
                    + CHUNK)) {
                ps.setString(1, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return n;
            }
            applyChunk(c, ids, Map.of());
            n += ids.size();
            after = ids.get(ids.size() - 1);
        }
    }

    private record Held(String id, String code, String office, int status, String procedureName, JsonNode data) {
    }

    private static void applyChunk(Connection c, List<String> ids, Map<String, ? extends JsonNode> known)
            throws SQLException {
        Map<String, Held> held = new HashMap<>();
        boolean allKnown = known.keySet().containsAll(ids);
        try (PreparedStatement ps = c.prepareStatement("SELECT id, code, office_code, status, procedure_name"
                + (allKnown ? "" : ", data") + " FROM dossier WHERE id IN (" + marks(ids.size()) + ")")) {
            bind(ps, 1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    JsonNode data = known.get(id);
                    held.put(id, new Held(id, rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                            data != null ? data : parse(id, rs.getString(6))));
                }
            }
        }
        Set<String> digitised = new java.util.HashSet<>(strings(c, "SELECT DISTINCT dossier_id FROM attachment "
                + "WHERE dossier_id IN (" + marks(ids.size()) + ")", ids));
        Map<String, List<String>> apologies = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT dossier_id, created_at FROM apology WHERE dossier_id IN ("
                + marks(ids.size()) + ")")) {
            bind(ps, 1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    apologies.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        List<String> codes = held.values().stream().map(Held::code).toList();
        Map<String, DossierFigures.Rating> qr = new HashMap<>();
        Map<String, DossierFigures.Rating> counter = new HashMap<>();
        if (!codes.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT dossier_code, level, rated_at FROM rating "
                    + "WHERE state = 'COUNTED' AND dossier_code IN (" + marks(codes.size()) + ")")) {
                bind(ps, 1, codes);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String code = rs.getString(1);
                        LocalDateTime at = LocalDateTime.ofInstant(Instant.ofEpochMilli(rs.getLong(3)),
                                DossierFigures.VN);
                        DossierFigures.level(rs.getString(2)).ifPresent(l ->
                                qr.put(code, new DossierFigures.Rating(l, at, "QR")));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT dossier_code, level, rated_at FROM counter_rating "
                    + "WHERE dossier_code IN (" + marks(codes.size()) + ")")) {
                bind(ps, 1, codes);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String code = rs.getString(1);
                        LocalDateTime at = DossierFigures.ratingTime(rs.getString(3));
                        var level = DossierFigures.level(rs.getString(2));
                        if (at != null && level.isPresent()) {
                            counter.put(code, new DossierFigures.Rating(level.get(), at, "COUNTER"));
                        }
                    }
                }
            }
        }
        Map<String, DossierFigures> before = FigureStore.read(c, ids);
        Rows rows = new Rows();
        for (String id : ids) {
            Held h = held.get(id);
            DossierFigures now = h == null ? null : DossierFigures.of(id, h.office(), h.status(), h.data(),
                    digitised.contains(id), apologies.getOrDefault(id, List.of()),
                    DossierFigures.latest(qr.get(h.code()), counter.get(h.code()))).orElse(null);
            rows.change(id, before.get(id), now, h == null ? null : h.procedureName(), h == null ? null : h.data());
        }
        rows.write(c);
    }

    /**
     * The figure rows of dossiers the server has never counted, as {@link #apply} would write them after storing
     * them: worked out from their JSON with no query. For the raw-JDBC baseline of the ingest benchmark (decision
     * 0031), which writes the same figure rows as the push, prepared beforehand as its other rows are.
     *
     * @param dossiers by id, each dossier's office, status code and JSON as stored
     */
    public static Rows rowsOfNew(Map<String, NewDossier> dossiers) {
        Rows rows = new Rows();
        for (var e : dossiers.entrySet()) {
            NewDossier d = e.getValue();
            DossierFigures now = DossierFigures.of(e.getKey(), d.officeCode(), d.status(), d.data(), false, List.of(),
                    null).orElse(null);
            rows.change(e.getKey(), null, now, d.data().path("procedureName").asText(null), d.data());
        }
        return rows;
    }

    /** A dossier as stored, for {@link #rowsOfNew}. */
    public record NewDossier(String officeCode, int status, JsonNode data) {
    }

    /** Figure rows to write: the dossiers' own rows and the differences to add to the sums and counters. */
    public static final class Rows {
        private final Map<SumKey, long[]> delta = new HashMap<>();
        private final Map<List<String>, Long> openDue = new HashMap<>();
        private final Map<List<String>, Long> dissatisfied = new HashMap<>();
        private final List<DossierFigures> upserts = new ArrayList<>();
        private final List<String> removals = new ArrayList<>();
        private final Map<String, String> procedureNames = new HashMap<>();
        private final Map<String, String> fieldNames = new HashMap<>();

        private Rows() {
        }

        /** One dossier's figures went from {@code old} to {@code now} (either null: not counted). */
        private void change(String id, DossierFigures old, DossierFigures now, String procedureName, JsonNode data) {
            if (Objects.equals(now, old)) {
                return;
            }
            if (old != null) {
                add(delta, old, -1);
                count(openDue, dissatisfied, old, -1);
            }
            if (now != null) {
                add(delta, now, +1);
                count(openDue, dissatisfied, now, +1);
                upserts.add(now);
                if (procedureName != null) {
                    procedureNames.put(now.procedureCode(), procedureName);
                }
                String fieldName = data.path("fieldName").asText(null);
                if (!now.fieldCode().isEmpty() && fieldName != null) {
                    fieldNames.put(now.fieldCode(), fieldName);
                }
            } else {
                removals.add(id);
            }
        }

        /** Writes the rows in the caller's transaction. */
        public void write(Connection c) throws SQLException {
            FigureStore.write(c, upserts, removals);
            FigureStore.addSums(c, delta);
            FigureStore.addCounts(c, "figure_open_due", List.of("office_code", "due_day"), openDue);
            FigureStore.addCounts(c, "figure_dissatisfied", List.of("office_code", "from_day", "closed_day"),
                    dissatisfied);
            FigureStore.names(c, "PROCEDURE", procedureNames);
            FigureStore.names(c, "FIELD", fieldNames);
        }
    }

    /** The key of one row of {@code figure_day}; {@code figure_office_day} sums over procedure and field. */
    record SumKey(String office, LocalDate day, String procedure, String field) {
    }

    private static void add(Map<SumKey, long[]> delta, DossierFigures f, int sign) {
        bump(delta, f, f.receivedDay(), Counter.RECEIVED, sign);
        if (f.online()) {
            bump(delta, f, f.receivedDay(), Counter.RECEIVED_ONLINE, sign);
        }
        if (f.digitised()) {
            bump(delta, f, f.receivedDay(), Counter.DIGITISED, sign);
        }
        if (f.closedDay() != null) {
            bump(delta, f, f.closedDay(), Counter.CLOSED, sign);
        }
        if (f.resolvedDay() != null) {
            Counter k = f.resolvedKind() == 1 ? Counter.EARLY : f.resolvedKind() == 2 ? Counter.ON_TIME : Counter.LATE;
            bump(delta, f, f.resolvedDay(), k, sign);
        }
        for (LocalDate d : f.apologyDays()) {
            bump(delta, f, d, Counter.APOLOGIES, sign);
        }
        if (f.rating() != null) {
            Counter k = switch (f.rating().level()) {
                case VERY_SATISFIED -> Counter.RATED_VERY;
                case SATISFIED -> Counter.RATED_SATISFIED;
                case DISSATISFIED -> Counter.RATED_DISSATISFIED;
            };
            bump(delta, f, f.rating().ratedAt().toLocalDate(), k, sign);
        }
    }

    /**
     * The counters of decision 0021: open dossiers per office and effective due day ({@code figure_open_due}), and
     * dissatisfied dossiers per office, day from which they count and closing day ({@code figure_dissatisfied}).
     */
    private static void count(Map<List<String>, Long> openDue, Map<List<String>, Long> dissatisfied,
                              DossierFigures f, int sign) {
        if (f.dueAt() != null) {
            openDue.merge(List.of(f.officeCode(), f.dueAt().toLocalDate().toString()), (long) sign, Long::sum);
        }
        if (f.dissatisfiedFrom() != null) {
            dissatisfied.merge(List.of(f.officeCode(), f.dissatisfiedFrom().toString(),
                    f.closedDay() == null ? FigureStore.OPEN_DAY : f.closedDay().toString()), (long) sign, Long::sum);
        }
    }

    private static void bump(Map<SumKey, long[]> delta, DossierFigures f, LocalDate day, Counter k, int sign) {
        delta.computeIfAbsent(new SumKey(f.officeCode(), day, f.procedureCode(), f.fieldCode()),
                x -> new long[Counter.values().length])[k.ordinal()] += sign;
    }

    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    static void bind(PreparedStatement ps, int from, Collection<String> values) throws SQLException {
        int i = from;
        for (String v : values) {
            if (v == null) {
                ps.setNull(i++, Types.VARCHAR);
            } else {
                ps.setString(i++, v);
            }
        }
    }

    private static List<String> strings(Connection c, String sql, List<String> params) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, 1, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static JsonNode parse(String id, String json) {
        try {
            return WireJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            LOG.warn("Dossier {} has unreadable JSON; left out of the province figures", id, e);
            return null;
        }
    }

}

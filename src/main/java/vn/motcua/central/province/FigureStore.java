package vn.motcua.central.province;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figure tables of central migrations V11 (per-dossier figures, per-day sums, procedure and field names) and V13
 * (per-month sums, open dossiers by due day, dissatisfied dossiers by day; decision 0021).
 */
final class FigureStore {
    /** {@code figure_dissatisfied.closed_day} of a dossier still open: after every day a period can end on. */
    static final String OPEN_DAY = "9999-12-31";
    /** Local times as fixed-width text, so text order is time order ({@code due_at < now}). */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter RATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
    private static final String COLUMNS = "dossier_id, office_code, procedure_code, field_code, received_day, "
            + "online, closed_day, resolved_day, resolved_kind, digitised, apology_days, rating_level, rating_at, "
            + "rating_channel, dissatisfied_from, due_at";

    private FigureStore() {
    }

    static Map<String, DossierFigures> read(Connection c, List<String> ids) throws SQLException {
        Map<String, DossierFigures> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM figure_dossier WHERE dossier_id IN ("
                + FigureUpdates.marks(ids.size()) + ")")) {
            FigureUpdates.bind(ps, 1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String apologies = rs.getString(11);
                    List<LocalDate> days = apologies == null || apologies.isEmpty() ? List.of()
                            : Arrays.stream(apologies.split(",")).map(LocalDate::parse).toList();
                    DossierFigures.Rating rating = rs.getString(12) == null ? null : new DossierFigures.Rating(
                            vn.motcua.domain.rating.RatingLevel.valueOf(rs.getString(12)),
                            LocalDateTime.parse(rs.getString(13), RATED), rs.getString(14));
                    out.put(rs.getString(1), new DossierFigures(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), LocalDate.parse(rs.getString(5)), rs.getInt(6) == 1, day(rs.getString(7)),
                            day(rs.getString(8)), rs.getInt(9), rs.getInt(10) == 1, days, rating,
                            day(rs.getString(15)), rs.getString(16) == null ? null
                                    : LocalDateTime.parse(rs.getString(16), TIME)));
                }
            }
        }
        return out;
    }

    static void write(Connection c, List<DossierFigures> upserts, List<String> removals) throws SQLException {
        if (!upserts.isEmpty()) {
            String set = Arrays.stream(COLUMNS.split(", ")).skip(1).map(col -> col + " = excluded." + col)
                    .collect(Collectors.joining(", "));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO figure_dossier (" + COLUMNS + ") VALUES ("
                    + FigureUpdates.marks(16) + ") ON CONFLICT (dossier_id) DO UPDATE SET " + set)) {
                for (DossierFigures f : upserts) {
                    ps.setString(1, f.dossierId());
                    ps.setString(2, f.officeCode());
                    ps.setString(3, f.procedureCode());
                    ps.setString(4, f.fieldCode());
                    ps.setString(5, f.receivedDay().toString());
                    ps.setInt(6, f.online() ? 1 : 0);
                    text(ps, 7, f.closedDay());
                    text(ps, 8, f.resolvedDay());
                    ps.setInt(9, f.resolvedKind());
                    ps.setInt(10, f.digitised() ? 1 : 0);
                    ps.setString(11, f.apologyDays().stream().map(LocalDate::toString)
                            .collect(Collectors.joining(",")));
                    text(ps, 12, f.rating() == null ? null : f.rating().level().name());
                    text(ps, 13, f.rating() == null ? null : RATED.format(f.rating().ratedAt()));
                    text(ps, 14, f.rating() == null ? null : f.rating().channel());
                    text(ps, 15, f.dissatisfiedFrom());
                    text(ps, 16, f.dueAt() == null ? null : TIME.format(f.dueAt()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!removals.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM figure_dossier WHERE dossier_id IN ("
                    + FigureUpdates.marks(removals.size()) + ")")) {
                FigureUpdates.bind(ps, 1, removals);
                ps.executeUpdate();
            }
        }
    }

    /** Adds the differences to {@code figure_day} and, summed over procedure and field, to {@code figure_office_day}. */
    static void addSums(Connection c, Map<FigureUpdates.SumKey, long[]> delta) throws SQLException {
        if (delta.isEmpty()) {
            return;
        }
        FigureUpdates.Counter[] counters = FigureUpdates.Counter.values();
        String cols = Arrays.stream(counters).map(k -> k.column).collect(Collectors.joining(", "));
        String inc = Arrays.stream(counters).map(k -> k.column + " = %s." + k.column + " + excluded." + k.column)
                .collect(Collectors.joining(", "));
        Map<List<Object>, long[]> perOffice = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO figure_day (office_code, day, procedure_code, "
                + "field_code, " + cols + ") VALUES (" + FigureUpdates.marks(4 + counters.length) + ") ON CONFLICT "
                + "(office_code, day, procedure_code, field_code) DO UPDATE SET " + inc.replace("%s", "figure_day"))) {
            for (var e : delta.entrySet()) {
                long[] v = e.getValue();
                if (Arrays.stream(v).allMatch(x -> x == 0)) {
                    continue;
                }
                FigureUpdates.SumKey k = e.getKey();
                ps.setString(1, k.office());
                ps.setString(2, k.day().toString());
                ps.setString(3, k.procedure());
                ps.setString(4, k.field());
                for (int i = 0; i < v.length; i++) {
                    ps.setLong(5 + i, v[i]);
                }
                ps.addBatch();
                long[] o = perOffice.computeIfAbsent(List.of(k.office(), k.day()), x -> new long[counters.length]);
                for (int i = 0; i < v.length; i++) {
                    o[i] += v[i];
                }
            }
            ps.executeBatch();
        }
        Map<List<Object>, long[]> perMonth = new HashMap<>();
        for (var e : perOffice.entrySet()) {
            long[] m = perMonth.computeIfAbsent(List.of(e.getKey().get(0),
                    java.time.YearMonth.from((LocalDate) e.getKey().get(1))), x -> new long[counters.length]);
            for (int i = 0; i < m.length; i++) {
                m[i] += e.getValue()[i];
            }
        }
        upsertOffice(c, "figure_office_day", "day", perOffice, cols, inc);
        upsertOffice(c, "figure_office_month", "month", perMonth, cols, inc);
    }

    /** Adds per-office sums keyed by (office, day or month) to {@code table}. */
    private static void upsertOffice(Connection c, String table, String keyColumn, Map<List<Object>, long[]> sums,
                                     String cols, String inc) throws SQLException {
        int n = FigureUpdates.Counter.values().length;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (office_code, " + keyColumn + ", "
                + cols + ") VALUES (" + FigureUpdates.marks(2 + n) + ") ON CONFLICT (office_code, " + keyColumn
                + ") DO UPDATE SET " + inc.replace("%s", table))) {
            for (var e : sums.entrySet()) {
                ps.setString(1, (String) e.getKey().get(0));
                ps.setString(2, e.getKey().get(1).toString());
                long[] v = e.getValue();
                for (int i = 0; i < v.length; i++) {
                    ps.setLong(3 + i, v[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Adds the differences to a counter table of V13 ({@code figure_open_due}, {@code figure_dissatisfied}): key
     * columns as given, the count in {@code dossiers}; rows that fall to zero are deleted, so the tables hold only
     * what counts now.
     */
    static void addCounts(Connection c, String table, List<String> keyColumns, Map<List<String>, Long> delta)
            throws SQLException {
        List<Map.Entry<List<String>, Long>> changed = delta.entrySet().stream().filter(e -> e.getValue() != 0)
                .toList();
        if (changed.isEmpty()) {
            return;
        }
        String keys = String.join(", ", keyColumns);
        String where = keyColumns.stream().map(k -> k + " = ?").collect(Collectors.joining(" AND "));
        int k = keyColumns.size();
        try (PreparedStatement up = c.prepareStatement("INSERT INTO " + table + " (" + keys + ", dossiers) VALUES ("
                + FigureUpdates.marks(k + 1) + ") ON CONFLICT (" + keys + ") DO UPDATE SET dossiers = " + table
                + ".dossiers + excluded.dossiers");
             PreparedStatement zero = c.prepareStatement("DELETE FROM " + table + " WHERE " + where
                     + " AND dossiers = 0")) {
            for (var e : changed) {
                FigureUpdates.bind(up, 1, e.getKey());
                up.setLong(k + 1, e.getValue());
                up.addBatch();
                if (e.getValue() < 0) {
                    FigureUpdates.bind(zero, 1, e.getKey());
                    zero.addBatch();
                }
            }
            up.executeBatch();
            zero.executeBatch();
        }
    }

    /** Keeps the latest name seen for each procedure or field code. */
    static void names(Connection c, String kind, Map<String, String> names) throws SQLException {
        if (names.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO figure_name (kind, code, name) VALUES (?, ?, ?) "
                + "ON CONFLICT (kind, code) DO UPDATE SET name = excluded.name")) {
            for (var e : new ArrayList<>(names.entrySet())) {
                ps.setString(1, kind);
                ps.setString(2, e.getKey());
                ps.setString(3, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static LocalDate day(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static void text(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v.toString());
        }
    }
}

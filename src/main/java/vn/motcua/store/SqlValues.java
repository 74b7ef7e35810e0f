package vn.motcua.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Conversions between Java values and the text columns of the SQLite file (sortable local times). */
public final class SqlValues {
    /** Local times are stored with seconds always present so that text order is time order. */
    public static final DateTimeFormatter LOCAL_TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private SqlValues() {
    }

    public static String ts(LocalDateTime t) {
        return t == null ? null : LOCAL_TS.format(t);
    }

    public static LocalDateTime ts(String s) {
        return s == null ? null : LocalDateTime.parse(s, LOCAL_TS);
    }

    public static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    public static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    public static LocalDateTime ts(ResultSet rs, String column) throws SQLException {
        return ts(rs.getString(column));
    }

    /** Binds each value at positions 1..n, mapping time values to their text form. */
    public static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (v instanceof LocalDateTime t) {
                ps.setString(i + 1, ts(t));
            } else if (v instanceof LocalDate d) {
                ps.setString(i + 1, d.toString());
            } else if (v instanceof Boolean b) {
                ps.setInt(i + 1, b ? 1 : 0);
            } else if (v instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else if (v instanceof java.util.UUID u) {
                ps.setString(i + 1, u.toString());
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    /** Executes an update with the given values. */
    public static int update(java.sql.Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, values);
            return ps.executeUpdate();
        }
    }
}

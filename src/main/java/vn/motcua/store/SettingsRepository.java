package vn.motcua.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Key/value settings of this desk (sessions, cut-off, block size, base URL, …). */
public final class SettingsRepository {

    public Optional<String> get(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public void put(Connection c, String key, String value) throws SQLException {
        SqlValues.update(c, "INSERT INTO setting (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
    }

    public Map<String, String> all(Connection c) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT key, value FROM setting ORDER BY key")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }
}

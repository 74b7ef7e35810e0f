package vn.motcua.central.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Offices: add, find, list. Adding an office also makes the current province documents visible to it. */
public final class OfficeRepository {

    /** Inserts an office; false when the code exists already. */
    public boolean insert(Connection c, String code, String name, Instant now) throws SQLException {
        if (find(c, code).isPresent()) {
            return false;
        }
        try (var ps = c.prepareStatement("INSERT INTO office (code, name, change_seq, created_at) VALUES (?, ?, 0, ?)")) {
            ps.setString(1, code);
            ps.setString(2, name);
            Rows.setMillis(ps, 3, now);
            ps.executeUpdate();
        }
        DocumentRepository.publishAllTo(c, code);
        return true;
    }

    /** Renames an office. */
    public boolean rename(Connection c, String code, String name) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE office SET name = ? WHERE code = ?")) {
            ps.setString(1, name);
            ps.setString(2, code);
            return ps.executeUpdate() == 1;
        }
    }

    public Optional<Office> find(Connection c, String code) throws SQLException {
        try (var ps = c.prepareStatement("SELECT code, name, created_at, change_seq FROM office WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    public List<Office> list(Connection c) throws SQLException {
        List<Office> out = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT code, name, created_at, change_seq FROM office ORDER BY code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    private static Office read(ResultSet rs) throws SQLException {
        return new Office(rs.getString("code"), rs.getString("name"), Rows.instant(rs, "created_at"),
                rs.getLong("change_seq"));
    }
}

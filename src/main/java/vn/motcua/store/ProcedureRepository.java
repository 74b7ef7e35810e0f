package vn.motcua.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.text.Text;
import vn.motcua.store.catalog.CatalogFile;

/** The procedure catalogue; each procedure is kept in the catalogue JSON format plus searchable columns. */
public final class ProcedureRepository {

    public void upsert(Connection c, Procedure p, LocalDateTime now) throws SQLException {
        SqlValues.update(c, "INSERT INTO procedure (code, name, name_folded, field_code, field_name, active, sample, "
                        + "version, body, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE "
                        + "SET name = excluded.name, name_folded = excluded.name_folded, field_code = excluded.field_code, "
                        + "field_name = excluded.field_name, active = excluded.active, sample = excluded.sample, "
                        + "version = excluded.version, body = excluded.body, updated_at = excluded.updated_at",
                p.code(), p.name(), Text.fold(p.code() + " " + p.name()), p.field().code(), p.field().name(),
                p.active(), p.sample(), p.version(), CatalogFile.write(List.of(p), p.sample(), "desk"), now);
    }

    public Optional<Procedure> find(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT body FROM procedure WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(parse(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** All procedures, active first then by code. */
    public List<Procedure> list(Connection c, boolean activeOnly) throws SQLException {
        List<Procedure> out = new ArrayList<>();
        String sql = "SELECT body FROM procedure" + (activeOnly ? " WHERE active = 1" : "")
                + " ORDER BY active DESC, code";
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(parse(rs.getString(1)));
            }
        }
        return out;
    }

    public int count(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM procedure")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Procedures already parsed, by their stored text: a {@link Procedure} is immutable, so the same text gives an
     * equal procedure. Every registration looks its procedure up (and the catalogue is listed whole by screens and
     * the bench), and parsing the stored document was most of that (issue 18). Bounded: cleared when it fills.
     */
    private static final int PARSED_MAX = 2048;
    private static final java.util.concurrent.ConcurrentHashMap<String, Procedure> PARSED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Procedure parse(String body) {
        Procedure known = PARSED.get(body);
        if (known != null) {
            return known;
        }
        Procedure p = parseText(body);
        if (PARSED.size() >= PARSED_MAX) {
            PARSED.clear();
        }
        PARSED.put(body, p);
        return p;
    }

    private static Procedure parseText(String body) {
        try {
            CatalogFile.Parsed parsed = CatalogFile.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            if (!parsed.problems().isEmpty() || parsed.procedures().size() != 1) {
                throw new StoreException("Stored procedure is unreadable: " + parsed.problems());
            }
            return parsed.procedures().get(0);
        } catch (IOException e) {
            throw new StoreException("Stored procedure is unreadable", e);
        }
    }
}

package vn.motcua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMarkerTest {
    @TempDir
    Path dir;

    private String marker(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT fingerprint FROM schema_marker WHERE id = 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private int flywayRows(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM flyway_schema_history")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void fingerprint_coversEveryScript() {
        String f = SchemaMarker.fingerprint(getClass().getClassLoader(), "db/desk");
        assertThat(f).matches("\\d+:[0-9a-f]{64}");
        assertThat(Integer.parseInt(f.substring(0, f.indexOf(':')))).isGreaterThanOrEqualTo(15);
        assertThat(SchemaMarker.fingerprint(getClass().getClassLoader(), "db/none")).isNull();
    }

    @Test
    void open_writesTheMarker_aCurrentSchemaSkipsFlyway_aStaleMarkerRunsItAgain() throws Exception {
        Path file = dir.resolve("motcua.db");
        try (Database db = Database.open(file)) {
            assertThat(db.quickCheck()).isEqualTo("ok");
        }
        String expected = SchemaMarker.fingerprint(getClass().getClassLoader(), "db/desk");
        assertThat(marker(file)).isEqualTo(expected);
        int applied = flywayRows(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(SchemaMarker.current(c, expected)).isTrue();
            assertThat(SchemaMarker.current(c, "1:other")).isFalse();
            // a marker from another build: the next open must not trust it
            c.createStatement().execute("UPDATE schema_marker SET fingerprint = 'stale'");
            // and a migration this database has not seen (as if the build were newer) would be applied by Flyway:
            // simulate "behind" by forgetting the last applied script (written to be re-runnable)
            c.createStatement().execute("DELETE FROM flyway_schema_history WHERE installed_rank = "
                    + "(SELECT max(installed_rank) FROM flyway_schema_history)");
        }
        try (Database db = Database.open(file)) {
            assertThat(db.quickCheck()).isEqualTo("ok");
        }
        assertThat(marker(file)).isEqualTo(expected);
        assertThat(flywayRows(file)).isEqualTo(applied);
    }

    @Test
    void noMarkerTable_isNotCurrent() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("empty.db"))) {
            assertThat(SchemaMarker.current(c, "1:x")).isFalse();
        }
    }
}

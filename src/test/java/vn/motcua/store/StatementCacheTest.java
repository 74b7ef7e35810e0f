package vn.motcua.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementCacheTest {
    @TempDir
    Path dir;

    private Connection open(String name) throws Exception {
        return StatementCache.wrap(DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(name)));
    }

    private static void exec(Connection c, String sql) throws Exception {
        try (var st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Test
    void sameSql_reusesTheCompiledStatement_andNestedUseGetsItsOwn() throws Exception {
        try (Connection c = open("a.db")) {
            exec(c, "CREATE TABLE t (v INTEGER)");
            PreparedStatement first;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
                first = ps;
                ps.setInt(1, 1);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
                assertThat(ps).isSameAs(first);
                ps.setInt(1, 2);
                ps.executeUpdate();
                try (PreparedStatement nested = c.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
                    assertThat(nested).isNotSameAs(first);
                    nested.setInt(1, 3);
                    nested.executeUpdate();
                }
            }
            assertThatThrownBy(first::executeUpdate).hasMessageContaining("closed");
            try (PreparedStatement ps = c.prepareStatement("SELECT sum(v) FROM t"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(6);
            }
        }
    }

    @Test
    void aResultSetLeftOpen_isClosedWithItsStatement_soTheReaderSeesLaterWrites() throws Exception {
        try (Connection w = open("b.db"); Connection r = open("b.db")) {
            exec(w, "PRAGMA journal_mode=WAL");
            exec(w, "CREATE TABLE t (v INTEGER)");
            exec(w, "INSERT INTO t VALUES (1), (2)");
            try (PreparedStatement ps = r.prepareStatement("SELECT v FROM t ORDER BY v")) {
                ResultSet rs = ps.executeQuery(); // left open on purpose: a read snapshot until the statement resets
                rs.next();
            }
            exec(w, "INSERT INTO t VALUES (3)");
            try (PreparedStatement ps = r.prepareStatement("SELECT count(*) FROM t"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3);
            }
            try (PreparedStatement ps = r.prepareStatement("SELECT v FROM t ORDER BY v"); ResultSet rs = ps.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    n++;
                }
                assertThat(n).isEqualTo(3);
            }
        }
    }
}

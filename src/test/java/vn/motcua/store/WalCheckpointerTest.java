package vn.motcua.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoints off the commit path (decision 0033): the writer never checkpoints, the background thread does. */
class WalCheckpointerTest {
    @TempDir
    Path dir;

    @Test
    void writerDoesNotCheckpointInsideACommit_theBackgroundThreadMovesTheLogIntoTheFile() throws Exception {
        Path file = dir.resolve("w.db");
        try (Database db = Database.open(file)) {
            assertThat(db.<String>write(c -> scalar(c, "PRAGMA wal_autocheckpoint"))).isEqualTo("0");
            db.run(c -> SqlValues.update(c, "CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, body TEXT)"));
            long before = Files.size(file);
            String body = "x".repeat(3000);
            for (int i = 0; i < 300; i++) { // ≈ 300 pages: only a checkpoint puts them into the database file
                db.run(c -> SqlValues.update(c, "INSERT INTO filler (body) VALUES (?)", body));
            }
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (Files.size(file) < before + 300L * 3000 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(Files.size(file)).isGreaterThanOrEqualTo(before + 300L * 3000);
            assertThat(db.quickCheck()).isEqualTo("ok");
        }
        // the last connection closed: the log was checkpointed and removed, every row is in the file
        assertThat(Files.exists(dir.resolve("w.db-wal"))).isFalse();
        try (Database db = Database.open(file)) {
            assertThat(db.<String>read(c -> scalar(c, "SELECT count(*) FROM filler"))).isEqualTo("300");
        }
    }

    @Test
    void submit_completesAfterTheCommit_andAFailureRollsBack() {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            CompletableFuture<Integer> ok = db.submit(c ->
                    SqlValues.update(c, "INSERT INTO setting (key, value) VALUES ('a', '1')"));
            CompletableFuture<Integer> bad = db.submit(c -> {
                SqlValues.update(c, "INSERT INTO setting (key, value) VALUES ('b', '2')");
                throw new IllegalStateException("boom");
            });
            assertThat(ok.join()).isEqualTo(1);
            assertThatThrownBy(bad::join).hasCauseInstanceOf(IllegalStateException.class);
            assertThat(db.<String>read(c -> scalar(c, "SELECT group_concat(key) FROM setting"))).isEqualTo("a");
        }
    }

    @Test
    void aBackgroundThreadThatStops_handsCheckpointsBackToTheWriter() throws Exception {
        try (java.sql.Connection writer = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("f.db"))) {
            scalar(writer, "PRAGMA journal_mode=WAL");
            WalCheckpointer cp = WalCheckpointer.attach(() -> {
                throw new java.sql.SQLException("disk gone");
            }, writer);
            assertThat(scalar(writer, "PRAGMA wal_autocheckpoint")).isEqualTo("0");
            cp.committed(writer); // starts the thread, which fails to open its connection
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!"1000".equals(scalar(writer, "PRAGMA wal_autocheckpoint")) && System.nanoTime() < deadline) {
                Thread.sleep(20);
                cp.committed(writer);
            }
            assertThat(scalar(writer, "PRAGMA wal_autocheckpoint")).isEqualTo("1000");
            cp.close();
        }
    }

    private static String scalar(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}

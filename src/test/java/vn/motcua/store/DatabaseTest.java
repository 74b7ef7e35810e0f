package vn.motcua.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void open_migratesAndUsesWalWithForeignKeys() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            assertThat(readScalar(db, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(db.<String>write(c -> scalar(c, "PRAGMA foreign_keys"))).isEqualTo("1");
            assertThat(readScalar(db, "SELECT count(*) FROM flyway_schema_history WHERE success = 1"))
                    .isNotEqualTo("0");
            assertThat(db.quickCheck()).isEqualTo("ok");
        }
    }

    @Test
    void currentSchema_readsOpenOneConnectionAndNoWriter_untilTheFirstWrite() {
        Path file = dir.resolve("lazy.db");
        try (Database db = Database.open(file)) {
            assertThat(db.writerOpened()).as("the first open migrates through the writer").isTrue();
        }
        try (Database db = Database.open(file)) {
            assertThat(db.writerOpened()).as("the marker is read on a read connection").isFalse();
            assertThat(readScalar(db, "SELECT count(*) FROM setting")).isEqualTo("0");
            assertThat(db.quickCheck()).isEqualTo("ok");
            assertThat(db.writerOpened()).isFalse();
            db.write(c -> SqlValues.update(c, "INSERT INTO setting (key, value) VALUES ('k', 'v')"));
            assertThat(db.writerOpened()).isTrue();
            assertThat(db.<String>write(c -> scalar(c, "PRAGMA wal_autocheckpoint"))).isEqualTo("0");
            assertThat(db.<String>write(c -> scalar(c, "PRAGMA synchronous"))).isEqualTo("2");
            assertThat(db.<String>write(c -> scalar(c, "PRAGMA temp_store"))).isEqualTo("2"); // memory: the writer only
            assertThat(readScalar(db, "PRAGMA temp_store")).isEqualTo("0");
            assertThat(readScalar(db, "SELECT value FROM setting WHERE key = 'k'")).isEqualTo("v");
        }
        try (Database db = Database.open(file)) {
            assertThat(readScalar(db, "SELECT value FROM setting WHERE key = 'k'")).isEqualTo("v");
        }
    }

    @Test
    void withoutStatementCache_plainConnections_sameSettings_andStatementsStillClose() {
        Path file = dir.resolve("plain.db");
        try (Database db = Database.open(file)) {
            assertThat(db.<Boolean>read(c -> java.lang.reflect.Proxy.isProxyClass(c.getClass()))).isTrue();
        }
        try (Database db = Database.openWithoutStatementCache(file)) {
            assertThat(db.<Boolean>read(c -> java.lang.reflect.Proxy.isProxyClass(c.getClass()))).isFalse();
            assertThat(readScalar(db, "PRAGMA query_only")).isEqualTo("1");
            assertThat(readScalar(db, "PRAGMA foreign_keys")).isEqualTo("1");
            assertThat(readScalar(db, "PRAGMA journal_mode")).isEqualTo("wal");
            db.write(c -> SqlValues.update(c, "INSERT INTO setting (key, value) VALUES ('p', 'q')"));
            assertThat(readScalar(db, "SELECT value FROM setting WHERE key = 'p'")).isEqualTo("q");
        }
    }

    @Test
    void notADatabase_stillRefusedAtOpen_withTheSameMessage() throws Exception {
        Path file = dir.resolve("junk.db");
        java.nio.file.Files.write(file, new byte[4096]);
        java.nio.file.Files.writeString(file, "this is not an SQLite file at all, just text ".repeat(100));
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Cannot open database " + file + ": ");
    }

    @Test
    void reopen_keepsDataAndDoesNotMigrateTwice() {
        Path file = dir.resolve("b.db");
        try (Database db = Database.open(file)) {
            db.write(c -> SqlValues.update(c, "INSERT INTO setting (key, value) VALUES ('k', 'v')"));
        }
        try (Database db = Database.open(file)) {
            assertThat(readScalar(db, "SELECT value FROM setting WHERE key = 'k'")).isEqualTo("v");
        }
    }

    @Test
    void write_rollsBackEverythingWhenTheWorkFails() {
        try (Database db = Database.open(dir.resolve("c.db"))) {
            assertThatThrownBy(() -> db.write(c -> {
                SqlValues.update(c, "INSERT INTO setting (key, value) VALUES ('x', '1')");
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(readScalar(db, "SELECT count(*) FROM setting")).isEqualTo("0");
        }
    }

    @Test
    void writesFromManyThreads_allRunOnTheOneWriterThread_andNeverLock() throws Exception {
        try (Database db = Database.open(dir.resolve("d.db"))) {
            Set<String> threads = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int n = i;
                futures.add(pool.submit(() -> db.write(c -> {
                    threads.add(Thread.currentThread().getName());
                    return SqlValues.update(c, "INSERT INTO setting (key, value) VALUES (?, 'v')", "k" + n);
                })));
                futures.add(pool.submit(() -> readScalar(db, "SELECT count(*) FROM setting")));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            assertThat(threads).containsExactly("motcua-db-writer");
            assertThat(readScalar(db, "SELECT count(*) FROM setting")).isEqualTo("400");
        }
    }

    @Test
    void readConnections_areReadOnly() {
        try (Database db = Database.open(dir.resolve("e.db"))) {
            assertThatThrownBy(() -> db.read(c -> SqlValues.update(c,
                    "INSERT INTO setting (key, value) VALUES ('r', 'o')")))
                    .isInstanceOf(StoreException.class);
        }
    }

    private static String readScalar(Database db, String sql) {
        return db.<String>read(c -> scalar(c, sql));
    }

    private static String scalar(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

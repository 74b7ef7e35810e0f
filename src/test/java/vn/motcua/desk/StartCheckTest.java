package vn.motcua.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.service.DeskContext;
import vn.motcua.service.DeskFixture;

/**
 * The desk's start-up check after the sign-in screen (decision 0039): the database opens and the office is read
 * without the quick check, which then runs on its own and reports a damaged file for the recovery screen.
 */
class StartCheckTest {
    @TempDir
    Path dir;

    @Test
    void soundDesk_opensWithTheCheckStillToRun_thenPasses() throws Exception {
        DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 29, 9, 0)).ctx().close();
        DeskLauncher.Opened opened = DeskLauncher.openQuietly(dir);
        assertThat(opened).isNotNull();
        try (DeskContext ctx = opened.ctx()) {
            assertThat(opened.office()).isNotNull();
            assertThat(opened.check()).isNotNull();
            assertThat(opened.check().passed()).as("not run before the window").isNotDone();
            opened.check().start();
            assertThat(opened.check().passed().get()).isTrue();
            assertThat(opened.check().problem()).isNull();
        }
    }

    @Test
    void damagedFile_opensForTheSignInScreen_thenTheCheckReportsTheProblem() throws Exception {
        DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 29, 9, 0)).ctx().close();
        Path db = dir.resolve(DeskContext.DATABASE_FILE);
        // a table whose pages come after everything the open and the sign-in screen read, then damaged
        try (Connection c = org.sqlite.JDBC.createConnection("jdbc:sqlite:" + db, new java.util.Properties());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE filler(id INTEGER PRIMARY KEY, code TEXT, body TEXT)");
            s.execute("CREATE INDEX filler_code ON filler(code)");
            s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) "
                    + "INSERT INTO filler SELECT i, hex(randomblob(12)), hex(randomblob(170)) FROM n");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            long pages = f.length() / 4096;
            for (long p = pages - 40; p < pages - 2; p += 3) {
                f.seek(p * 4096 + 8);
                f.write("garbage garbage garbage garbage garbage".getBytes());
            }
        }
        DeskLauncher.Opened opened = DeskLauncher.openQuietly(dir);
        assertThat(opened).as("the sign-in screen can still be shown").isNotNull();
        try (DeskContext ctx = opened.ctx()) {
            assertThat(opened.office()).isNotNull();
            StartCheck check = opened.check();
            check.start();
            assertThat(check.passed().get()).as("damaged").isFalse();
            assertThat(check.problem()).isNotBlank().isNotEqualTo("ok");
            // the same verdict as the check the launcher ran before the window (and runs again after a restore)
            assertThat(ctx.database().quickCheck()).isNotEqualTo("ok");
        }
    }

    @Test
    void fileThatDoesNotOpen_isLeftToTheCheckedOpen_asBefore() throws Exception {
        DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 29, 9, 0)).ctx().close();
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve(DeskContext.DATABASE_FILE).toFile(), "rw")) {
            f.seek(0);
            f.write("not a sqlite file at all".getBytes());
        }
        // null: the launcher's checked open reports it and shows the recovery screen without a sign-in window
        assertThat(DeskLauncher.openQuietly(dir)).isNull();
    }

    @Test
    void checkThatThrows_isAProblemToo() throws Exception {
        StartCheck check = new StartCheck(() -> {
            throw new IllegalStateException("disk I/O error");
        });
        check.run();
        assertThat(check.passed().get()).isFalse();
        assertThat(check.problem()).isEqualTo("disk I/O error");
    }

    @Test
    void firstRun_withoutAnOffice_isCheckedBeforeTheWizard() {
        DeskLauncher.Opened opened = DeskLauncher.openQuietly(dir);
        assertThat(opened).isNotNull();
        try (DeskContext ctx = opened.ctx()) {
            assertThat(opened.office()).isNull();
            assertThat(opened.check()).as("checked already").isNull();
        }
    }
}

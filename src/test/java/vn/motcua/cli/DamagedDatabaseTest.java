package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command on a damaged data file says so, names {@code backup restore} and exits 5; the backup commands work. */
class DamagedDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aDamagedDataFile_isNamedAsSuch_andBackupRestoreBringsTheDeskBack() throws Exception {
        CliRunner cli = new CliRunner(dir);
        cli.setUp();
        CliRunner.Run backup = cli.run("backup", "create");
        assertThat(backup.exit()).as(backup.err()).isZero();
        Path db = dir.resolve("motcua.db");

        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) { // the header: "not a database"
            f.seek(0);
            f.write("this is no longer a SQLite file".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        for (String[] command : new String[][] {{"settings", "list"}, {"dossier", "search", "nguyen"}}) {
            CliRunner.Run r = cli.run(command);
            assertThat(r.exit()).as(r.err()).isEqualTo(ErrorReporter.DATA_DAMAGED);
            assertThat(r.err()).contains("is damaged").contains("backup restore").doesNotContain("internal failure")
                    .doesNotContain("SQLITE");
        }
        CliRunner.Run check = cli.run("backup", "check");
        assertThat(check.exit()).isEqualTo(ErrorReporter.DATA_DAMAGED);
        assertThat(check.err()).contains("backup restore");

        CliRunner.Run list = cli.run("backup", "list");
        assertThat(list.exit()).as(list.err()).isZero();
        String file = list.json().get(0).get("file").asText();
        CliRunner.Run restored = cli.run("backup", "restore", file);
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(cli.run("settings", "list").exit()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("motcua.db.before-restore-"));
        }
    }

    @Test
    void malformedPages_areADamagedFileToo() {
        assertThat(ErrorReporter.isDamagedDatabase(new RuntimeException("wrapped",
                new java.sql.SQLException("[SQLITE_CORRUPT] The database disk image is malformed", null, 11))))
                .isTrue();
        assertThat(ErrorReporter.isDamagedDatabase(new RuntimeException("disk full",
                new java.sql.SQLException("[SQLITE_FULL]", null, 13)))).isFalse();
    }
}

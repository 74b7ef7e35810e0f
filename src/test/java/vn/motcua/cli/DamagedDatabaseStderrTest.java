package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a command on a damaged data file, through the real entry point ({@code vn.motcua.Main} in a JVM of its
 * own, with the product's logging set-up), prints the clear message alone on stderr — the data file is damaged,
 * {@code backup restore}, exit 5 as in the README's table — and the stack trace goes to the log file only.
 */
class DamagedDatabaseStderrTest {
    @TempDir
    Path dir;

    record Ran(int exit, String out, String err) {
    }

    private Ran main(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "vn.motcua.Main", "--data-dir", dir.toString()));
        cmd.addAll(List.of(args));
        Path out = dir.resolveSibling(dir.getFileName() + ".out");
        Path err = dir.resolveSibling(dir.getFileName() + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the command ends").isTrue();
        return new Ran(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"header", "pages", "truncated"})
    void aDamagedDataFile_showsTheClearMessageOnly_andTheTraceGoesToTheLog(String damage) throws Exception {
        Ran setup = main("setup", "--office-name", "Xã Quảng Phú", "--agency-code", "000.00.01.H22", "--desk", "1",
                "--admin-user", "admin", "--admin-password", "matkhau123");
        assertThat(setup.exit()).as(setup.err()).isZero();
        Path db = dir.resolve("motcua.db");
        long size = Files.size(db);
        assertThat(size).isGreaterThan(8 * 4096);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            switch (damage) {
                case "header" -> f.write("this is no longer a SQLite file".getBytes(StandardCharsets.US_ASCII));
                case "pages" -> { // every page after the first overwritten: the schema's pages are gone
                    byte[] junk = new byte[4096];
                    new Random(15).nextBytes(junk);
                    for (long at = 4096; at < size; at += 4096) {
                        f.seek(at);
                        f.write(junk);
                    }
                }
                default -> f.setLength(5 * 4096); // a copy cut short
            }
        }
        for (String[] command : new String[][] {{"settings", "list"}, {"dossier", "search", "nguyen"}}) {
            Ran r = main(command);
            assertThat(r.exit()).as(damage + " " + String.join(" ", command) + ": " + r.err())
                    .isEqualTo(ErrorReporter.DATA_DAMAGED);
            assertThat(r.err()).startsWith("error: the data file ").contains("is damaged").contains("backup restore");
            assertThat(r.err().lines()).as("stderr of " + damage).noneMatch(l -> l.contains("at vn.")
                    || l.contains("Exception") || l.contains("SQLITE") || l.contains("ERROR"));
            assertThat(r.out()).isEmpty();
        }
        String log = Files.readString(dir.resolve("logs").resolve("motcua.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("The data file is damaged").contains("at vn.motcua.");
    }
}

package vn.motcua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The native library kept in the data folder's cache (decision 0027), checked in child JVMs: the library is loaded
 * once per JVM, so only a fresh process shows which file it loads and that a bad cache still leaves a working desk.
 */
class SqliteNativeLibraryTest {
    @TempDir
    Path dir;

    /** {@code java -cp <test class path> vn.motcua.Main --data-dir DIR settings list} with the extra JVM options. */
    private String settingsList(Path data, String... jvm) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(jvm));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.motcua.Main", "--data-dir",
                data.toString(), "settings", "list"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("\"appointment.morningStart\"");
        return out;
    }

    private static Path cachedLibrary(Path data) throws IOException {
        Path root = data.resolve(Database.CACHE_FOLDER).resolve(SqliteNativeLibrary.FOLDER);
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().equals(System.mapLibraryName("sqlitejdbc")))
                    .findFirst().orElseThrow();
        }
    }

    @Test
    void theFirstStartExtractsIntoTheCache_aCorruptedCopyIsReplaced_andTheDeskStillWorks() throws Exception {
        Path data = dir.resolve("desk");
        settingsList(data);
        Path lib = cachedLibrary(data);
        assertThat(SqliteNativeLibrary.verified(lib)).isTrue();
        long size = Files.size(lib);

        // a damaged copy (same size, a few bytes changed): its checksum no longer matches, so it is not loaded
        byte[] bytes = Files.readAllBytes(lib);
        for (int i = 4096; i < 4096 + 64; i++) {
            bytes[i] ^= 0x5a;
        }
        Files.write(lib, bytes);
        assertThat(SqliteNativeLibrary.verified(lib)).isFalse();
        settingsList(data);
        assertThat(SqliteNativeLibrary.verified(lib)).isTrue();
        assertThat(Files.size(lib)).isEqualTo(size);

        // a truncated copy and a lost checksum file: the same
        Files.write(lib, new byte[100]);
        settingsList(data);
        assertThat(SqliteNativeLibrary.verified(lib)).isTrue();
        Files.delete(lib.resolveSibling(lib.getFileName() + SqliteNativeLibrary.CHECKSUM_SUFFIX));
        assertThat(SqliteNativeLibrary.verified(lib)).isFalse();
        settingsList(data);
        assertThat(SqliteNativeLibrary.verified(lib)).isTrue();
    }

    @Test
    void aCacheThatCannotBeWritten_fallsBackToTheUsualLoading() throws Exception {
        Path data = dir.resolve("desk2");
        Files.createDirectories(data.resolve(Database.CACHE_FOLDER));
        Files.writeString(data.resolve(Database.CACHE_FOLDER).resolve(SqliteNativeLibrary.FOLDER), "not a folder");
        settingsList(data);
        settingsList(data, "-Dmotcua.sqlite.cache=off");
        assertThat(data.resolve(Database.CACHE_FOLDER).resolve(SqliteNativeLibrary.FOLDER)).isRegularFile();
    }

    @Test
    void verified_needsTheRecordedSizeAndChecksum() throws Exception {
        Path lib = dir.resolve("libx.so");
        Path sum = dir.resolve("libx.so" + SqliteNativeLibrary.CHECKSUM_SUFFIX);
        Files.write(lib, new byte[] {1, 2, 3});
        assertThat(SqliteNativeLibrary.verified(lib)).isFalse(); // no checksum file
        var crc = new java.util.zip.CRC32();
        crc.update(new byte[] {1, 2, 3});
        Files.writeString(sum, "3 " + Long.toHexString(crc.getValue()) + "\n");
        assertThat(SqliteNativeLibrary.verified(lib)).isTrue();
        Files.writeString(sum, "4 " + Long.toHexString(crc.getValue()) + "\n");
        assertThat(SqliteNativeLibrary.verified(lib)).isFalse();
        Files.writeString(sum, "garbage");
        assertThat(SqliteNativeLibrary.verified(lib)).isFalse();
    }
}

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

    private static void jar(Path jar, String... nameAndText) throws Exception {
        try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar))) {
            for (int i = 0; i < nameAndText.length; i += 2) {
                out.putNextEntry(new java.util.jar.JarEntry(nameAndText[i]));
                out.write(nameAndText[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    @Test
    void fingerprintCached_keptPerJar_recomputedWhenTheJarOrTheFileChanges() throws Exception {
        Path jar = dir.resolve("app.jar");
        Path cache = dir.resolve("cache");
        jar(jar, "db/x/", "", "db/x/V1__a.sql", "CREATE TABLE a (x);", "db/x/V2__b.sql", "CREATE TABLE b (y);");
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            String plain = SchemaMarker.fingerprint(loader, "db/x");
            assertThat(plain).startsWith("2:");
            assertThat(SchemaMarker.fingerprintCached(loader, "db/x", cache)).isEqualTo(plain);
            Path kept;
            try (var files = java.nio.file.Files.list(cache)) {
                kept = files.filter(f -> f.getFileName().toString().startsWith("schema-")).findFirst().orElseThrow();
            }
            assertThat(java.nio.file.Files.readString(kept).trim()).isEqualTo(plain);
            // the kept value is what a start reads (a planted one shows it is used) …
            String planted = "2:" + "ab".repeat(32);
            java.nio.file.Files.writeString(kept, planted);
            assertThat(SchemaMarker.fingerprintCached(loader, "db/x", cache)).isEqualTo(planted);
            // … and a damaged file is not trusted: computed again
            java.nio.file.Files.writeString(kept, "garbage");
            assertThat(SchemaMarker.fingerprintCached(loader, "db/x", cache)).isEqualTo(plain);
            assertThat(SchemaMarker.fingerprintCached(loader, "db/x", null)).isEqualTo(plain);
        }
        // a new jar (another script: other size and time) gets its own fingerprint
        jar(jar, "db/x/", "", "db/x/V1__a.sql", "CREATE TABLE a (x);", "db/x/V2__b.sql", "CREATE TABLE b (y);",
                "db/x/V3__c.sql", "CREATE TABLE c (z);");
        java.nio.file.Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() + 5_000));
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            assertThat(SchemaMarker.fingerprintCached(loader, "db/x", cache)).startsWith("3:")
                    .isEqualTo(SchemaMarker.fingerprint(loader, "db/x"));
        }
    }
}

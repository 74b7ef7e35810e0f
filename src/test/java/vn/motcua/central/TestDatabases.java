package vn.motcua.central;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Locale;
import java.util.UUID;

/**
 * The databases the central tests run on: always a fresh SQLite file; PostgreSQL when {@value #PG_ENV} holds a JDBC
 * URL (user and password in the URL or in MOTCUA_TEST_PG_USER / MOTCUA_TEST_PG_PASSWORD). Each test gets its own
 * PostgreSQL schema, so runs never see each other's rows.
 */
final class TestDatabases {
    static final String PG_ENV = "MOTCUA_TEST_PG_URL";

    private TestDatabases() {
    }

    static String pgUrl() {
        String url = System.getenv(PG_ENV);
        return url == null || url.isBlank() ? null : url.trim();
    }

    static String pgUser() {
        return System.getenv("MOTCUA_TEST_PG_USER");
    }

    static String pgPassword() {
        return System.getenv("MOTCUA_TEST_PG_PASSWORD");
    }

    static String sqlite(Path dir) {
        return "jdbc:sqlite:" + dir.resolve("central.db").toAbsolutePath();
    }

    /** A fresh, empty schema in the test PostgreSQL, as a URL whose connections use it. */
    static String freshPostgresSchema() throws Exception {
        String base = pgUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (var c = DriverManager.getConnection(base, pgUser(), pgPassword()); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}

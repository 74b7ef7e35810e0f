package vn.motcua.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The one-query schema check (issue 18, decision 0014). Flyway's migrate, even with nothing to do, loads ~400 classes
 * and scans the class path on every start; the desk and every CLI command paid it before anything else. Instead the
 * database keeps a fingerprint (SHA-256 over the names and bytes of the migration scripts that were applied, table
 * {@code schema_marker}, written after Flyway succeeded), and a start compares it with the fingerprint of the
 * scripts this build carries: equal, and the schema is current with one query; different (a newer build, a database
 * from before the marker, a marker from another build), and Flyway runs as before — validating, migrating — and
 * the marker is written again.
 */
final class SchemaMarker {
    private SchemaMarker() {
    }

    /**
     * {@link #fingerprint}, kept in {@code cacheDir} for the jar it was computed from (issue 18, decision 0027):
     * listing the scripts walks all ~25,000 entries of the product jar, a sizeable part of a short command. The file
     * {@code schema-<key>.txt} is keyed by the jar's path, size and time and holds the fingerprint; a class folder
     * (tests, the IDE), a missing or unreadable file, or no cache folder and it is computed as before.
     */
    static String fingerprintCached(ClassLoader loader, String location, Path cacheDir) {
        Path jar = cacheDir == null ? null : jarOf(loader, location);
        if (jar == null) {
            return fingerprint(loader, location);
        }
        Path cached;
        try {
            String id = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                    + "|" + location;
            var crc = new java.util.zip.CRC32();
            crc.update(id.getBytes(StandardCharsets.UTF_8));
            cached = cacheDir.resolve("schema-" + Long.toHexString(crc.getValue()) + "-" + id.length() + ".txt");
            if (Files.isRegularFile(cached)) {
                String text = Files.readString(cached, StandardCharsets.US_ASCII).trim();
                if (text.matches("\\d+:[0-9a-f]{64}")) {
                    return text;
                }
            }
        } catch (IOException | RuntimeException e) {
            return fingerprint(loader, location);
        }
        String fingerprint = fingerprint(loader, location);
        if (fingerprint != null) {
            try {
                Files.createDirectories(cacheDir);
                Path tmp = Files.createTempFile(cacheDir, "schema-", ".tmp");
                Files.writeString(tmp, fingerprint + "\n", StandardCharsets.US_ASCII);
                Files.move(tmp, cached, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                // not kept: computed again next time
            }
        }
        return fingerprint;
    }

    /** The jar file the scripts under {@code location} are read from, or null (a class folder, another source). */
    private static Path jarOf(ClassLoader loader, String location) {
        try {
            URL url = loader.getResource(location);
            if (url == null || !"jar".equals(url.getProtocol())) {
                return null;
            }
            String spec = url.getPath(); // file:/…/motcua.jar!/db/desk
            int bang = spec.indexOf("!/");
            Path jar = Path.of(new java.net.URI(bang < 0 ? spec : spec.substring(0, bang)));
            return Files.isRegularFile(jar) ? jar : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** SHA-256 over the sorted names and contents of the {@code .sql} files under {@code location}. */
    static String fingerprint(ClassLoader loader, String location) {
        try {
            List<String> names = scripts(loader, location);
            names.sort(null);
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String name : names) {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                try (InputStream in = loader.getResourceAsStream(location + "/" + name)) {
                    if (in == null) {
                        throw new IOException("cannot read " + location + "/" + name);
                    }
                    md.update(in.readAllBytes());
                }
                md.update((byte) 0);
            }
            return names.size() + ":" + HexFormat.of().formatHex(md.digest());
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException e) {
            return null; // no fingerprint: Flyway decides
        }
    }

    private static List<String> scripts(ClassLoader loader, String location) throws IOException, URISyntaxException {
        URL url = loader.getResource(location);
        if (url == null) {
            throw new IOException("no " + location + " on the class path");
        }
        List<String> names = new ArrayList<>();
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection conn = (JarURLConnection) url.openConnection();
            conn.setUseCaches(true); // the class loader's own open jar: no second read of its directory
            JarFile jar = conn.getJarFile();
            String prefix = location + "/";
            var entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String n = e.getName();
                if (n.startsWith(prefix) && n.endsWith(".sql") && n.indexOf('/', prefix.length()) < 0) {
                    names.add(n.substring(prefix.length()));
                }
            }
        } else if ("file".equals(url.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).forEach(names::add);
            }
        } else {
            throw new IOException("cannot list " + url);
        }
        if (names.isEmpty()) {
            throw new IOException("no migration scripts under " + location);
        }
        return names;
    }

    /** Whether the database's marker equals {@code fingerprint}: one query (false when it has no marker yet). */
    static boolean current(Connection c, String fingerprint) {
        if (fingerprint == null) {
            return false;
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT fingerprint FROM schema_marker WHERE id = 1")) {
            return rs.next() && fingerprint.equals(rs.getString(1));
        } catch (SQLException noMarkerTable) {
            return false;
        }
    }

    /** Records that the scripts with {@code fingerprint} are applied (after Flyway succeeded). */
    static void mark(Connection c, String fingerprint) throws SQLException {
        if (fingerprint == null) {
            return;
        }
        try (var ps = c.prepareStatement("INSERT INTO schema_marker (id, fingerprint) VALUES (1, ?) "
                + "ON CONFLICT (id) DO UPDATE SET fingerprint = excluded.fingerprint")) {
            ps.setString(1, fingerprint);
            ps.executeUpdate();
        }
    }
}

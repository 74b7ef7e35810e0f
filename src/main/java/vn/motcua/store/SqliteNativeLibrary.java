package vn.motcua.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQLite's native library kept in the data folder's {@code cache/} (issue 18, decision 0027). sqlite-jdbc extracts its
 * library from the jar to the temporary folder on every start, compares the copy byte by byte with the jar entry,
 * and before that finds the right one by asking the operating system (on Linux it starts {@code uname} and reads
 * every mapped file of the process): a sizeable share of a short command's time. Here the library is extracted once
 * into {@code cache/sqlite/<key>/}, with a small file beside it holding its size and CRC-32 (the checksum the jar
 * records for the entry); every later start checks the cached file's size and CRC-32 against it and, when they
 * match, points sqlite-jdbc at it ({@code org.sqlite.lib.path}, {@code org.sqlite.lib.name}). {@code <key>} hashes
 * where sqlite-jdbc's classes come from (the jar's path, size and time) and the operating system's name and
 * architecture, so a new jar or another machine uses a new folder (older folders are removed).
 *
 * <p>Any problem — no writable folder, a cached file that is missing, short, changed or unreadable, a jar that does
 * not say its entry's checksum — and nothing is set: sqlite-jdbc loads its library the usual way. A library that
 * the system refuses to load falls back the same way inside sqlite-jdbc. Off with {@code -Dmotcua.sqlite.cache=off};
 * a {@code org.sqlite.lib.path} given by the user is left alone.
 */
public final class SqliteNativeLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    static final String FOLDER = "sqlite";
    static final String CHECKSUM_SUFFIX = ".crc32";
    private static volatile boolean done;

    private SqliteNativeLibrary() {
    }

    /** What {@link #prepare} found. */
    enum Outcome { CACHED, EXTRACTED, SKIPPED }

    /**
     * Before the first connection of this JVM: makes sqlite-jdbc load its library from {@code cacheDir} (extracting
     * it there first when needed). Does nothing after the first call, or when the library is already loaded.
     */
    public static void prepareOnce(Path cacheDir) {
        if (done) {
            return;
        }
        synchronized (SqliteNativeLibrary.class) {
            if (done) {
                return;
            }
            done = true;
            try {
                Outcome o = prepare(cacheDir);
                LOG.debug("startup: SQLite native library {}", o);
            } catch (RuntimeException e) {
                LOG.debug("SQLite native library cache not used: {}", e.toString());
            }
        }
    }

    /**
     * {@link #prepareOnce} and the loading of the library itself, on a daemon thread: a command that will open the
     * database starts it before the command line's model is built, so the two overlap (issue 18, decision 0034). The
     * first connection waits for it if it has not finished (both steps are synchronized) and reports any failure as
     * before; a failure here is left to it.
     */
    public static void loadInBackground(Path cacheDir) {
        Thread t = new Thread(() -> {
            try {
                prepareOnce(cacheDir);
                org.sqlite.SQLiteJDBCLoader.initialize();
                // what the first connection builds before it opens the file: the configuration's pragma table and
                // its date formats (sqlite-jdbc's FastDateFormat and the locale data behind it)
                new org.sqlite.SQLiteConfig().newConnectionConfig();
                for (String c : FIRST_CONNECTION_CLASSES) {
                    Class.forName(c, false, SqliteNativeLibrary.class.getClassLoader());
                }
            } catch (Exception | LinkageError e) {
                // the first connection loads it the usual way and says what went wrong
            }
        }, "motcua-sqlite-load");
        t.setDaemon(true);
        t.start();
    }

    /** sqlite-jdbc's classes of a connection, a statement and a result set (loaded, not initialised, in advance). */
    private static final String[] FIRST_CONNECTION_CLASSES = {"org.sqlite.jdbc4.JDBC4Connection",
        "org.sqlite.jdbc4.JDBC4DatabaseMetaData", "org.sqlite.jdbc4.JDBC4Statement",
        "org.sqlite.jdbc4.JDBC4PreparedStatement", "org.sqlite.jdbc4.JDBC4ResultSet", "org.sqlite.core.SafeStmtPtr",
        "org.sqlite.ExtendedCommand", "org.sqlite.SQLiteLimits"};

    /** One attempt (tests call it directly); sets the two system properties only when the cached file checks out. */
    static Outcome prepare(Path cacheDir) {
        if ("off".equalsIgnoreCase(System.getProperty("motcua.sqlite.cache"))
                || System.getProperty("org.sqlite.lib.path") != null) {
            return Outcome.SKIPPED;
        }
        try {
            Path jar = driverJar();
            if (jar == null) {
                return Outcome.SKIPPED;
            }
            Path root = cacheDir.resolve(FOLDER);
            Path dir = root.resolve(key(jar));
            String name = System.mapLibraryName("sqlitejdbc");
            Path lib = dir.resolve(name);
            Outcome outcome = Outcome.CACHED;
            if (!verified(lib)) {
                if (!extract(dir, name)) {
                    return Outcome.SKIPPED;
                }
                removeOthers(root, dir);
                outcome = Outcome.EXTRACTED;
                if (!verified(lib)) {
                    return Outcome.SKIPPED;
                }
            }
            System.setProperty("org.sqlite.lib.path", dir.toAbsolutePath().toString());
            System.setProperty("org.sqlite.lib.name", name);
            return outcome;
        } catch (IOException | RuntimeException e) {
            LOG.debug("SQLite native library cache not used: {}", e.toString());
            return Outcome.SKIPPED;
        }
    }

    /** The jar sqlite-jdbc's classes come from (the product jar when shaded), or null (class folders). */
    private static Path driverJar() {
        try {
            var source = org.sqlite.JDBC.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static String key(Path jar) throws IOException {
        String id = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                + "|" + System.getProperty("os.name") + "|" + System.getProperty("os.arch");
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue()) + "-" + id.length(); // not String.format: no locale data at start
    }

    /** Whether {@code lib} exists and has the size and CRC-32 its checksum file records. */
    static boolean verified(Path lib) {
        Path sum = lib.resolveSibling(lib.getFileName() + CHECKSUM_SUFFIX);
        try {
            if (!Files.isRegularFile(lib) || !Files.isRegularFile(sum)) {
                return false;
            }
            String[] recorded = Files.readString(sum, StandardCharsets.US_ASCII).trim().split(" ");
            if (recorded.length < 2 || Files.size(lib) != Long.parseLong(recorded[0])) {
                return false;
            }
            return crc32(lib) == Long.parseLong(recorded[1], 16);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static long crc32(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                crc.update(buf, 0, n);
            }
        }
        return crc.getValue();
    }

    /**
     * Copies the library for this system out of the jar into {@code dir} (a temporary name, then moved into place),
     * checking the copy's CRC-32 against the one the jar records for the entry; then writes the checksum file.
     */
    private static boolean extract(Path dir, String name) throws IOException {
        String resource = org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath() + "/"
                + org.sqlite.util.LibraryLoaderUtil.getNativeLibName();
        URL url = org.sqlite.JDBC.class.getResource(resource);
        if (url == null || !org.sqlite.util.LibraryLoaderUtil.getNativeLibName().equals(name)) {
            return false;
        }
        var conn = url.openConnection();
        conn.setUseCaches(false);
        long expected = conn instanceof JarURLConnection jc && jc.getJarEntry() != null ? jc.getJarEntry().getCrc()
                : -1;
        if (expected < 0) {
            return false; // no recorded checksum to check the copy against
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, name, ".tmp");
        try {
            CRC32 crc = new CRC32();
            long size = 0;
            try (InputStream in = conn.getInputStream(); OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = in.read(buf)) > 0) {
                    crc.update(buf, 0, n);
                    out.write(buf, 0, n);
                    size += n;
                }
            }
            if (crc.getValue() != expected || crc32(tmp) != expected) {
                return false;
            }
            tmp.toFile().setExecutable(true, true);
            move(tmp, dir.resolve(name));
            Path sumTmp = Files.createTempFile(dir, name, ".tmp");
            Files.writeString(sumTmp, size + " " + Long.toHexString(expected) + "\n", StandardCharsets.US_ASCII);
            move(sumTmp, dir.resolve(name + CHECKSUM_SUFFIX));
            return true;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Folders of earlier jars (a library still loaded elsewhere may refuse to go: left for next time). */
    private static void removeOthers(Path root, Path keep) {
        try (var dirs = Files.newDirectoryStream(root)) {
            for (Path d : dirs) {
                if (!d.equals(keep) && Files.isDirectory(d)) {
                    try (var files = Files.newDirectoryStream(d)) {
                        for (Path f : files) {
                            Files.deleteIfExists(f);
                        }
                    }
                    Files.deleteIfExists(d);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not remove an old SQLite library folder: {}", e.toString());
        }
    }

    /** For tests: lets {@link #prepareOnce} run again (the library itself stays loaded in this JVM). */
    static void forgetForTests() {
        done = false;
    }
}

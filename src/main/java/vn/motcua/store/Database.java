package vn.motcua.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's SQLite file. WAL journal, busy timeout, foreign keys on. <b>Every write goes through one writer thread</b>
 * (so SQLite never sees two writers); reads use a small pool of read-only connections that WAL lets run alongside.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int READERS = 4;
    /** The data folder's cache (beside the database file): the native library, the scripts' fingerprint. */
    public static final String CACHE_FOLDER = "cache";

    private final Path file;
    private final String url;
    private final ExecutorService writer;
    /** Whether connections keep their prepared statements ({@link StatementCache}); off for a short command. */
    private final boolean cacheStatements;
    /**
     * The writer's connection and its checkpointer, opened on the first write (or migration): a command that only
     * reads opens one read connection and nothing else (issue 18). Guarded by {@code this}; used on the writer thread.
     */
    private Connection writeConnection;
    private WalCheckpointer checkpointer;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private volatile Thread writerThread;
    private volatile boolean closed;

    private Database(Path file, boolean cacheStatements) {
        this.file = file;
        this.cacheStatements = cacheStatements;
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "motcua-db-writer");
            t.setDaemon(true);
            writerThread = t;
            return t;
        });
    }

    /** The writer's connection, opened (with its checkpointer) the first time it is needed. */
    private synchronized Connection writerConnection() throws SQLException {
        if (writeConnection == null) {
            Connection c = open(false);
            try {
                checkpointer = WalCheckpointer.attach(() -> open(false), c); // checkpoints off the commit path (0033)
            } catch (SQLException | RuntimeException e) {
                closeQuietly(c);
                throw e;
            }
            writeConnection = c;
        }
        return writeConnection;
    }

    /**
     * Opens (creating if needed) the SQLite file and brings its schema up to date: one query when its schema marker
     * says the scripts of this build are applied, else Flyway ({@link SchemaMarker}).
     */
    public static Database open(Path file) {
        return open(file, true);
    }

    /**
     * {@link #open} for a short command that runs a handful of statements (e.g. {@code settings list}): its
     * connections do not keep prepared statements. The cache pays off over many statements; for a few it costs more
     * than it saves — a dynamic proxy class for the connection and one for the statements, generated at each start,
     * and every call through reflection (issue 18). The schema check, the connections and their settings are those
     * of {@link #open}.
     */
    public static Database openWithoutStatementCache(Path file) {
        return open(file, false);
    }

    private static Database open(Path file, boolean cacheStatements) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
                // before the first connection of this JVM: the native library from the data folder's cache
                SqliteNativeLibrary.prepareOnce(parent.resolve(CACHE_FOLDER));
            }
            Database db = new Database(file, cacheStatements);
            try {
                db.migrate();
            } catch (SQLException | RuntimeException e) {
                db.close();
                throw e;
            }
            return db;
        } catch (SQLException | IOException e) {
            throw new StoreException("Cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    private void migrate() throws SQLException {
        long t0 = System.nanoTime();
        Path parent = file.toAbsolutePath().getParent();
        String fingerprint = SchemaMarker.fingerprintCached(Database.class.getClassLoader(), "db/desk",
                parent == null ? null : parent.resolve(CACHE_FOLDER));
        // the marker is read on a read connection, which then serves the command's reads: a current schema needs no
        // writer connection (issue 18)
        Connection reader = open(true);
        boolean current;
        try {
            current = SchemaMarker.current(reader, fingerprint);
        } catch (RuntimeException e) {
            closeQuietly(reader);
            throw e;
        }
        if (!readers.offer(reader)) {
            closeQuietly(reader);
        }
        if (current) {
            LOG.debug("startup: schema current by its marker in {} ms", (System.nanoTime() - t0) / 1_000_000);
            return;
        }
        FlywayRun.migrate(url, file);
        SchemaMarker.mark(writerConnection(), fingerprint);
        LOG.debug("startup: schema checked by Flyway in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    /** Flyway behind its own class, so a start whose schema is current never loads it. */
    private static final class FlywayRun {
        static void migrate(String url, Path file) {
            var result = org.flywaydb.core.Flyway.configure()
                    .dataSource(url, null, null)
                    .locations("classpath:db/desk")
                    .loggers("slf4j")
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Database {} migrated to version {}", file, result.targetSchemaVersion);
            }
        }
    }

    private Connection open(boolean readOnly) throws SQLException {
        // the driver itself, not DriverManager: that would load every JDBC driver in the jar (PostgreSQL's sets up
        // java.util.logging) on each start (issue 18)
        // no generated keys: sqlite-jdbc otherwise prepares and runs "SELECT last_insert_rowid()" after every INSERT
        // (a regex match, a prepare and a step each: ~15 % of a registration's writer time); inserts that need their
        // key use RETURNING (issue 18)
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setGetGeneratedKeys(false);
        Connection c = org.sqlite.JDBC.createConnection(url, config.toProperties());
        try {
            pragmas(c, readOnly);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
        return cacheStatements ? StatementCache.wrap(c) : c;
    }

    private static void pragmas(Connection c, boolean readOnly) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA busy_timeout=10000");
            s.execute("PRAGMA foreign_keys=ON");
            // FULL: a registration whose code is printed on a receipt survives a power cut (NORMAL in WAL mode may
            // roll back the last commits); the cost is one more fsync per commit, shown in the bench's register row
            s.execute("PRAGMA synchronous=FULL");
            // a bigger page cache than SQLite's 2 MiB default: a registration touches ~30 pages of indexes and a group
            // of them no longer spills to the WAL before its commit; searches and reports keep their index pages
            s.execute("PRAGMA cache_size=" + (readOnly ? -16384 : -32768));
            if (readOnly) {
                s.execute("PRAGMA query_only=ON");
            } else {
                // a savepoint's statement journal (register --jsonl: one savepoint per line) spills to a temporary
                // file past 64 KiB; kept in memory, ~10 % less writer CPU a line (store5's probe, decision 0036).
                // Only the writer: its statements are small writes; Flyway's index builds and the readers' sorts
                // keep SQLite's default (files)
                s.execute("PRAGMA temp_store=MEMORY");
            }
        }
    }

    /** Whether the writer's connection has been opened (tests: a read-only use never opens it). */
    synchronized boolean writerOpened() {
        return writeConnection != null;
    }

    public Path file() {
        return file;
    }

    /** {@link #write} for work that returns nothing: one transaction on the writer thread, waited for. */
    public void run(SqlStep work) {
        write(c -> {
            work.run(c);
            return null;
        });
    }

    /**
     * Runs {@code work} in one transaction on the writer thread and waits for its result. Called from the writer
     * thread itself (nested), it joins the running transaction.
     */
    public <T> T write(SqlWork<T> work) {
        if (Thread.currentThread() == writerThread) {
            try {
                return work.run(writerConnection());
            } catch (SQLException e) {
                throw new StoreException("Database write failed: " + e.getMessage(), e);
            }
        }
        ensureOpen();
        CompletableFuture<T> future = CompletableFuture.supplyAsync(() -> inTransaction(work), writer);
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for a database write", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new StoreException("Database write failed: " + cause.getMessage(), cause);
        }
    }

    /**
     * {@link #write} without waiting: {@code work} runs in one transaction on the writer thread, after the work
     * submitted before it; the future completes with its result once that transaction has committed, or
     * exceptionally (a {@link StoreException} for an SQL failure) once it has rolled back. Not for the writer thread
     * itself (the future would wait behind the running task).
     */
    public <T> CompletableFuture<T> submit(SqlWork<T> work) {
        ensureOpen();
        return CompletableFuture.supplyAsync(() -> inTransaction(work), writer);
    }

    /**
     * Sets the writer connection's {@code synchronous} level (FULL as opened, or NORMAL) outside any transaction.
     * Only for {@code motcua bench register}, which shows what FULL costs next to NORMAL on the same desk; the desk
     * itself always runs at FULL.
     */
    public void writerSynchronous(boolean full) {
        ensureOpen();
        try {
            CompletableFuture.runAsync(() -> {
                try (Statement s = writerConnection().createStatement()) {
                    s.execute("PRAGMA synchronous=" + (full ? "FULL" : "NORMAL"));
                } catch (SQLException e) {
                    throw new StoreException("Cannot set synchronous: " + e.getMessage(), e);
                }
            }, writer).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while setting synchronous", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new StoreException("Cannot set synchronous", e);
        }
    }

    private <T> T inTransaction(SqlWork<T> work) {
        try {
            Connection writeConnection = writerConnection();
            writeConnection.setAutoCommit(false);
            try {
                T result = work.run(writeConnection);
                writeConnection.commit();
                checkpointer.committed(writeConnection);
                return result;
            } catch (SQLException | RuntimeException e) {
                writeConnection.rollback();
                throw e;
            } finally {
                writeConnection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Database write failed: " + e.getMessage(), e);
        }
    }

    /** Runs a read on a pooled read-only connection (WAL: never blocked by the writer). */
    public <T> T read(SqlWork<T> work) {
        ensureOpen();
        Connection c = readers.poll();
        try {
            if (c == null) {
                c = open(true);
            }
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("Database read failed: " + e.getMessage(), e);
        } finally {
            if (c != null && (closed || !readers.offer(c))) {
                closeQuietly(c);
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("Database is closed");
        }
    }

    /**
     * Copies the live database to {@code target} with SQLite's online backup API (a consistent snapshot, taken on the
     * writer thread so no write interleaves), then checks the copy. Returns the copy's integrity-check result.
     */
    public String backupTo(Path target) {
        ensureOpen();
        Path abs = target.toAbsolutePath();
        if (abs.toString().contains("\"") || abs.toString().contains("'")) {
            throw new StoreException("Backup path must not contain quotes: " + abs);
        }
        // a backup holds every dossier: 0600 from its first byte, wherever it is written (a USB stick, --to)
        vn.motcua.files.PrivateFiles.createFile(abs);
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
            try (Statement s = writerConnection().createStatement()) {
                s.executeUpdate("backup to \"" + abs + "\"");
            } catch (SQLException e) {
                throw new StoreException("Backup to " + abs + " failed: " + e.getMessage(), e);
            }
        }, writer);
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted during backup", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re
                    : new StoreException("Backup failed: " + e.getCause().getMessage(), e.getCause());
        }
        // a backup is one self-contained file (no -wal/-shm beside it on a USB stick)
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + abs); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
        } catch (SQLException e) {
            LOG.warn("Could not switch the backup {} to a single file: {}", abs, e.getMessage());
        }
        vn.motcua.files.PrivateFiles.database(abs);
        return integrityCheck(abs);
    }

    /** Full {@code PRAGMA integrity_check} of a database file that is not open here ("ok" when sound). */
    public static String integrityCheck(Path file) {
        if (!Files.isRegularFile(file)) {
            return "missing file " + file;
        }
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement();
             var rs = s.executeQuery("PRAGMA integrity_check")) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) {
                sb.append(sb.length() == 0 ? "" : "; ").append(rs.getString(1));
            }
            return sb.toString();
        } catch (SQLException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    /** {@code PRAGMA quick_check}: "ok" when the file is sound. */
    public String quickCheck() {
        return read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA quick_check")) {
                return rs.next() ? rs.getString(1) : "no result";
            }
        });
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        writer.shutdown();
        try {
            if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Database writer did not finish in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (checkpointer != null) {
                checkpointer.close();
            }
            if (writeConnection != null) {
                closeQuietly(writeConnection);
            }
        }
        Connection c;
        while ((c = readers.poll()) != null) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warn("Closing a database connection failed", e);
        }
    }
}

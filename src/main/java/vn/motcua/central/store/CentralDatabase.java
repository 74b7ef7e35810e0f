package vn.motcua.central.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central server's database: a HikariCP pool over SQLite (embedded default, one node) or PostgreSQL (production,
 * any number of stateless nodes), migrated by Flyway from {@code db/central/{sqlite|postgresql}}.
 *
 * <p>Writes run in one transaction each through {@link #write}. On SQLite they are also serialised inside this JVM
 * (SQLite allows one writer; waiting on a lock is better than "database is locked"). On PostgreSQL the ordering that
 * matters, the per-office change numbering, is serialised by the office row lock (see {@link OfficeSequence}).
 */
public final class CentralDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CentralDatabase.class);

    /** The two supported databases. */
    public enum Dialect {
        SQLITE("sqlite"), POSTGRESQL("postgresql");

        private final String folder;

        Dialect(String folder) {
            this.folder = folder;
        }

        /** The dialect of a JDBC URL, or an exception naming what is supported. */
        public static Dialect of(String jdbcUrl) {
            String u = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
            if (u.startsWith("jdbc:sqlite:")) {
                return SQLITE;
            }
            if (u.startsWith("jdbc:postgresql:")) {
                return POSTGRESQL;
            }
            throw new IllegalArgumentException("unsupported database URL (use jdbc:sqlite:FILE or "
                    + "jdbc:postgresql://HOST:PORT/DB): " + jdbcUrl);
        }

        public String migrations() {
            return "classpath:db/central/" + folder;
        }
    }

    /** Work done with a connection inside a transaction. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private final HikariDataSource pool;
    /**
     * SQLite only: the one connection every write uses (a pool of one). SQLite drops a connection's page cache
     * whenever another connection has committed since it last looked; writes taking turns over the pool's
     * connections each began with a cold cache and read their b-tree pages again (issue 18, decision 0028). Null on
     * PostgreSQL, whose writes use the pool.
     */
    private final HikariDataSource sqliteWriterPool;
    private final Dialect dialect;
    private final ReentrantLock sqliteWriter = new ReentrantLock(true);

    private CentralDatabase(HikariDataSource pool, HikariDataSource sqliteWriterPool, Dialect dialect) {
        this.pool = pool;
        this.sqliteWriterPool = sqliteWriterPool;
        this.dialect = dialect;
    }

    /**
     * Opens the pool and brings the schema up to date.
     *
     * @param url      {@code jdbc:sqlite:/path/central.db} or {@code jdbc:postgresql://host:5432/db}
     * @param user     PostgreSQL user, may be null
     * @param password PostgreSQL password, may be null
     * @param poolSize connections in the pool
     */
    public static CentralDatabase open(String url, String user, String password, int poolSize) {
        Dialect dialect = Dialect.of(url);
        java.nio.file.Path file = dialect == Dialect.SQLITE ? sqliteFile(url) : null;
        if (file != null) {
            // 0600 from the first byte; SQLite gives the -wal and -shm files the database file's permissions
            vn.motcua.files.PrivateFiles.createFile(file);
        }
        HikariDataSource ds = new HikariDataSource(config(url, user, password, dialect, "central-" + dialect.folder,
                Math.max(2, poolSize)));
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(ds)
                    .locations(dialect.migrations())
                    .loggers("slf4j")
                    .load();
            var result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Central database ({}) migrated to version {}", dialect, result.targetSchemaVersion);
            }
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        if (file != null) {
            vn.motcua.files.PrivateFiles.database(file);
        }
        HikariDataSource writer = null;
        if (dialect == Dialect.SQLITE) {
            HikariConfig one = config(url, user, password, dialect, "central-sqlite-writer", 1);
            one.setMinimumIdle(1);
            try {
                writer = new HikariDataSource(one);
            } catch (RuntimeException e) {
                ds.close();
                throw e;
            }
        }
        return new CentralDatabase(ds, writer, dialect);
    }

    private static HikariConfig config(String url, String user, String password, Dialect dialect, String name,
                                       int size) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(url);
        cfg.setPoolName(name);
        cfg.setMaximumPoolSize(size);
        cfg.setAutoCommit(true);
        if (user != null && !user.isBlank()) {
            cfg.setUsername(user);
        }
        if (password != null && !password.isEmpty()) {
            cfg.setPassword(password);
        }
        if (dialect == Dialect.SQLITE) {
            cfg.addDataSourceProperty("journal_mode", "WAL");
            cfg.addDataSourceProperty("busy_timeout", "10000");
            cfg.addDataSourceProperty("foreign_keys", "true");
            cfg.addDataSourceProperty("synchronous", "NORMAL");
            cfg.addDataSourceProperty("cache_size", "-32768");
            cfg.setConnectionInitSql("PRAGMA wal_autocheckpoint=8000");
        } else {
            cfg.addDataSourceProperty("reWriteBatchedInserts", "true");
            cfg.addDataSourceProperty("ApplicationName", "motcua-central");
        }
        return cfg;
    }

    /** The file of a {@code jdbc:sqlite:FILE[?options]} URL; null for an in-memory database. */
    static java.nio.file.Path sqliteFile(String url) {
        String rest = url.substring("jdbc:sqlite:".length());
        int q = rest.indexOf('?');
        String path = q < 0 ? rest : rest.substring(0, q);
        if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith("file:")) {
            return null;
        }
        return java.nio.file.Path.of(path);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Work that returns nothing ({@link #run}). */
    @FunctionalInterface
    public interface SqlStep {
        void run(Connection c) throws SQLException;
    }

    /** {@link #write} for work that returns nothing: one transaction, committed when it returns. */
    public void run(SqlStep work) {
        write(c -> {
            work.run(c);
            return null;
        });
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T write(SqlWork<T> work) {
        boolean sqlite = dialect == Dialect.SQLITE;
        if (sqlite) {
            sqliteWriter.lock();
        }
        try (Connection c = (sqlite ? sqliteWriterPool : pool).getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new CentralStoreException("database write failed: " + e.getMessage(), e);
        } finally {
            if (sqlite) {
                sqliteWriter.unlock();
            }
        }
    }

    /** Runs read-only {@code work} on a pooled connection. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new CentralStoreException("database read failed: " + e.getMessage(), e);
        }
    }

    /** Whether the database answers a trivial query now. */
    public boolean ping() {
        try (Connection c = pool.getConnection(); var st = c.createStatement(); var rs = st.executeQuery("SELECT 1")) {
            return rs.next();
        } catch (SQLException e) {
            LOG.warn("Database ping failed: {}", e.getMessage());
            return false;
        }
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException r) {
            cause.addSuppressed(r);
        }
    }

    @Override
    public void close() {
        if (sqliteWriterPool != null) {
            sqliteWriterPool.close();
        }
        pool.close();
    }
}

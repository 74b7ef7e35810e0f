package vn.motcua.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the write-ahead log into the database file on a thread and connection of its own, so no registration waits
 * for it (issue 18, decision 0033).
 *
 * <p>SQLite's automatic checkpoint runs inside the commit that pushes the log past 1,000 pages: at
 * {@code synchronous=FULL} that commit also writes those pages into the database file and syncs both files, which
 * made one registration in 20–30 several times slower than the rest. The writer connection therefore turns automatic
 * checkpoints off ({@link #configureWriter}) and tells this class after each commit ({@link #committed}); a daemon
 * thread then runs a PASSIVE checkpoint — it takes no lock a writer or reader needs, and copies only pages no reader
 * still uses — after a pause of {@link #IDLE_MS} ms in the commits, or every {@link #BUSY_MS} ms while they go on. Durability is
 * unchanged: every commit still syncs the log at FULL, and a checkpoint is SQLite's own (crash-safe at any point; a
 * log not yet copied is replayed on the next open).
 *
 * <p>The bound: when a PASSIVE checkpoint leaves more than {@link #BOUND_FRAMES} pages in the log (a reader held an old
 * snapshot), the next one is RESTART, which waits for the writer's lock and the readers (up to its busy timeout) and
 * lets the next write start the log from its beginning; {@code journal_size_limit} trims the file when it restarts.
 * On close the last connection (this one, closed after the writer) checkpoints the log into the file and removes it,
 * as SQLite always does. The thread and its connection start with the first commit: a command that only reads opens
 * neither.
 */
final class WalCheckpointer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpointer.class);
    /** Least time between two checkpoints while commits keep coming. */
    static final long BUSY_MS = 1000;
    /** A pause in the commits this long and the log is checkpointed. */
    static final long IDLE_MS = 250;
    /** Pages left in the log after a PASSIVE checkpoint above which the next one is RESTART (≈ 32 MiB of 4 KiB pages). */
    static final int BOUND_FRAMES = 8192;

    /** Opens a connection to the database like the writer's (WAL, busy timeout, synchronous=FULL). */
    interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private final Object lock = new Object();
    private long commits;
    private long checkpointed;
    private long lastCommitAt;
    private volatile long lastCheckpointAt = System.nanoTime();
    private boolean closed;
    private Thread thread;
    private boolean restartNext;
    /** The background thread stopped on an error; {@link #fallenBack}: the writer checkpoints by itself again. */
    private boolean failed;
    private boolean fallenBack;

    private WalCheckpointer(Opener opener) {
        this.opener = opener;
    }

    /**
     * Sets the writer connection up for this scheme (no automatic checkpoint inside a commit, the log trimmed when
     * it restarts) and returns the checkpointer for its database, which opens its own connection with {@code opener}.
     */
    static WalCheckpointer attach(Opener opener, Connection writer) throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint=0");
            s.execute("PRAGMA journal_size_limit=" + (BOUND_FRAMES * 4096L));
        }
        return new WalCheckpointer(opener);
    }

    /**
     * Called on the writer thread after each commit, with the writer's connection. When the background thread has
     * stopped on an error, the writer goes back to SQLite's automatic checkpoints (once), so the log stays bounded.
     */
    void committed(Connection writer) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (failed) {
                if (!fallenBack) {
                    fallenBack = true;
                    try (Statement s = writer.createStatement()) {
                        s.execute("PRAGMA wal_autocheckpoint=1000");
                    } catch (SQLException e) {
                        LOG.warn("Could not turn automatic checkpoints back on: {}", e.getMessage());
                    }
                }
                return;
            }
            commits++;
            lastCommitAt = System.nanoTime();
            if (thread == null) {
                thread = new Thread(this::loop, "motcua-db-checkpoint");
                thread.setDaemon(true);
                thread.start();
            }
            lock.notifyAll();
        }
    }

    private void loop() {
        try (Connection c = opener.open()) {
            while (true) {
                synchronized (lock) {
                    while (!closed && commits == checkpointed) {
                        lock.wait();
                    }
                    // wait for a pause in the commits, or at most BUSY_MS since the last checkpoint while they go on
                    while (!closed) {
                        long now = System.nanoTime();
                        long sinceCheckpoint = (now - lastCheckpointAt) / 1_000_000;
                        long sinceCommit = (now - lastCommitAt) / 1_000_000;
                        if (sinceCheckpoint >= BUSY_MS || sinceCommit >= IDLE_MS) {
                            break;
                        }
                        lock.wait(Math.max(1, Math.min(BUSY_MS - sinceCheckpoint, IDLE_MS - sinceCommit)));
                    }
                    if (closed) {
                        return;
                    }
                    checkpointed = commits;
                }
                checkpoint(c);
                lastCheckpointAt = System.nanoTime();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException e) {
            // the writer goes back to automatic checkpoints with its next commit (committed): never less safe
            LOG.warn("Background checkpoints stopped, back to SQLite's automatic ones: {}", e.getMessage());
            synchronized (lock) {
                failed = true;
            }
        }
    }

    private void checkpoint(Connection c) throws SQLException {
        String mode = restartNext ? "RESTART" : "PASSIVE";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(" + mode + ")")) {
            if (rs.next()) {
                int log = rs.getInt(2);
                int done = rs.getInt(3);
                restartNext = log - done > BOUND_FRAMES;
                LOG.debug("checkpoint {}: busy {}, log {} pages, {} copied", mode, rs.getInt(1), log, done);
            }
        }
    }

    /** Stops the thread (after the writer has finished) and closes its connection. */
    @Override
    public void close() {
        Thread t;
        synchronized (lock) {
            closed = true;
            t = thread;
            lock.notifyAll();
        }
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

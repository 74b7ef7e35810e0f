package vn.motcua.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import vn.motcua.domain.dossier.SequenceBlocks.SequenceExhaustedException;
import vn.motcua.domain.dossier.TransitionRefusedException;
import vn.motcua.service.AccessDeniedException;
import vn.motcua.service.DeskContext;
import vn.motcua.service.Problem;
import vn.motcua.service.ValidationException;
import vn.motcua.service.logging.FileOnly;
import vn.motcua.service.logging.LogFiles;
import vn.motcua.sync.SyncException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns exceptions into a clear message on stderr and an exit code; internal errors are logged in full. */
final class ErrorReporter implements IExecutionExceptionHandler {
    static final int INPUT_REFUSED = 2;
    static final int ACTION_REFUSED = 3;
    /** The central server could not be reached (network down, server stopped, timeout): try again later. */
    static final int SERVER_UNREACHABLE = 4;
    /** The desk's data file is damaged: restore a backup. */
    static final int DATA_DAMAGED = 5;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        var err = cl.getErr();
        if (ex instanceof ValidationException v) {
            err.println("error: input refused, nothing was changed:");
            for (Problem p : v.problems()) {
                err.println("  " + (p.field().isEmpty() ? "" : p.field() + ": ") + p.message());
            }
            return INPUT_REFUSED;
        }
        if (ex instanceof TransitionRefusedException t) {
            err.println("error: action refused, nothing was changed: " + t.getMessage());
            return ACTION_REFUSED;
        }
        if (ex instanceof AccessDeniedException a) {
            err.println("error: not allowed: " + a.getMessage());
            return ACTION_REFUSED;
        }
        if (ex instanceof SequenceExhaustedException s) {
            err.println("error: action refused, nothing was changed: " + s.getMessage());
            return ACTION_REFUSED;
        }
        if (ex instanceof SyncException s) {
            err.println("error: " + s.getMessage());
            return s.retryable() ? SERVER_UNREACHABLE : ACTION_REFUSED;
        }
        if (ex instanceof UserInputException u) {
            err.println("error: " + u.getMessage());
            return INPUT_REFUSED;
        }
        Path dataDir = ((MotCuaCommand) parseResult.commandSpec().root().userObject()).dataDir();
        if (isDamagedDatabase(ex)) {
            logDetails(dataDir, "The data file is damaged", ex);
            damaged(err, dataDir.resolve(DeskContext.DATABASE_FILE));
            return DATA_DAMAGED;
        }
        logDetails(dataDir, "Command failed", ex);
        err.println("error: internal failure: " + ex.getMessage() + " (details in the log)");
        return 1;
    }

    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    /** SQLite said the file is not a database or its pages are malformed (result codes 26 and 11). */
    static boolean isDamagedDatabase(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == SQLITE_CORRUPT || s.getErrorCode() == SQLITE_NOTADB
                    || String.valueOf(s.getMessage()).contains("SQLITE_CORRUPT")
                    || String.valueOf(s.getMessage()).contains("SQLITE_NOTADB"))) {
                return true;
            }
        }
        return false;
    }

    /** What to do about a damaged data file, on stderr. */
    static void damaged(PrintWriter err, Path file) {
        err.println("error: the data file " + file + " is damaged; nothing was changed.");
        err.println("  Close the desk, then restore the newest good backup:");
        err.println("    motcua backup list");
        err.println("    motcua backup restore FILE");
        err.println("  (restore checks the backup first and keeps the damaged file beside it as "
                + "motcua.db.before-restore-TIME)");
        err.flush();
    }

    /**
     * The stack trace, in the data folder's log file only: stderr gets the clear message alone (issue 15). The files
     * are installed here too for commands that fail before they would have installed them.
     */
    private static void logDetails(Path dataDir, String what, Exception ex) {
        try {
            LogFiles.install(dataDir, false);
        } catch (RuntimeException e) { // a data folder that cannot hold a log: the message on stderr still goes out
            log().warn(FileOnly.MARKER, "Cannot write the log file in {}: {}", dataDir, e.toString());
        }
        log().error(FileOnly.MARKER, what, ex);
    }

    /** The logger on first use: a command that succeeds (or {@code --version}) never starts the logging set-up. */
    private static Logger log() {
        return LoggerFactory.getLogger(ErrorReporter.class);
    }
}

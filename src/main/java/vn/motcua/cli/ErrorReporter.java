package vn.motcua.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import vn.motcua.domain.dossier.SequenceBlocks.SequenceExhaustedException;
import vn.motcua.domain.dossier.TransitionRefusedException;
import vn.motcua.service.AccessDeniedException;
import vn.motcua.service.Problem;
import vn.motcua.service.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns exceptions into a clear message on stderr and an exit code; internal errors are logged in full. */
final class ErrorReporter implements IExecutionExceptionHandler {
    static final int INPUT_REFUSED = 2;
    static final int ACTION_REFUSED = 3;
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

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
        if (ex instanceof UserInputException u) {
            err.println("error: " + u.getMessage());
            return INPUT_REFUSED;
        }
        LOG.error("Command failed", ex);
        err.println("error: internal failure: " + ex.getMessage() + " (details in the log)");
        return 1;
    }
}

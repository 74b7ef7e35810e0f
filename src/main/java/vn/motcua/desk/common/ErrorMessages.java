package vn.motcua.desk.common;

import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.domain.dossier.TransitionRefusedException;
import vn.motcua.service.AccessDeniedException;
import vn.motcua.service.ValidationException;
import vn.motcua.store.StoreException;

/**
 * Turns an error into the sentence a clerk reads. Refusals by the rules (validation, roles, the status machine) carry
 * their own Vietnamese message; anything else is a fault: it is logged with its stack trace and shown plainly.
 */
public final class ErrorMessages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMessages.class);

    private ErrorMessages() {
    }

    public static String of(Throwable error, Messages messages) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof ValidationException v) {
            return v.problems().stream().map(p -> messages.msg(p.msg())).distinct()
                    .collect(Collectors.joining("\n"));
        }
        if (e instanceof AccessDeniedException a) {
            return messages.msg(a.msg());
        }
        if (e instanceof TransitionRefusedException t) {
            return messages.msg(t.msg());
        }
        if (e instanceof StoreException) {
            LOG.error("Database error", e);
            return messages.t("error.database", e.getMessage());
        }
        LOG.error("Unexpected error", e);
        return messages.t("error.unexpected", e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    /** Whether the error is the user's to fix (a refusal), not a fault. */
    public static boolean isRefusal(Throwable e) {
        return e instanceof ValidationException || e instanceof AccessDeniedException
                || e instanceof TransitionRefusedException;
    }
}

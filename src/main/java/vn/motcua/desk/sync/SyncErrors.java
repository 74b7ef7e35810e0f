package vn.motcua.desk.sync;

import java.util.concurrent.CompletionException;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.sync.SyncException;

/**
 * Sync failures carry their reason as a message (the server's refusals too, when it sent a key this build knows),
 * shown in the clerk's language; everything else goes through ErrorMessages.
 */
final class SyncErrors {
    private static final Logger LOG = LoggerFactory.getLogger(SyncErrors.class);

    private SyncErrors() {
    }

    static String of(Throwable error, Messages m) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof SyncException s && s.getMessage() != null) {
            LOG.warn("Sync refused or failed: {} ({})", s.getMessage(), s.code());
            LOG.debug("Sync failure detail", s);
            return s.msg() != null ? m.msg(s.msg()) : s.getMessage();
        }
        return ErrorMessages.of(e, m);
    }
}

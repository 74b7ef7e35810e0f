package vn.motcua.desk.sync;

import java.util.concurrent.CompletionException;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.sync.SyncException;

/** Sync failures already carry a Vietnamese sentence for the clerk; everything else goes through ErrorMessages. */
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
            return s.getMessage();
        }
        return ErrorMessages.of(e, m);
    }
}

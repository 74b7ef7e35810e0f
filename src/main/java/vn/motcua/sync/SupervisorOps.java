package vn.motcua.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.store.RatingRepository;
import vn.motcua.store.SyncOutboxRepository;
import vn.motcua.store.SyncStateRepository.Enrollment;

/**
 * What a supervisor sees and does about sync without a run: the status, the quarantined events (put back or marked
 * handled), and the citizens' ratings that came down.
 */
final class SupervisorOps {
    private final SyncStores stores;
    private final Clock clock;

    SupervisorOps(SyncStores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    SyncStatus status() {
        var state = stores.state();
        var outbox = stores.outbox();
        return stores.db().read(c -> {
            var e = state.enrollment(c);
            var s = state.state(c);
            Instant revokedAt = e.isPresent() ? state.revokedAt(c).orElse(null) : null;
            return new SyncStatus(e.isPresent() && revokedAt == null, e.map(Enrollment::serverUrl).orElse(null),
                    e.map(Enrollment::officeCode).orElse(null), e.map(Enrollment::deskNo).orElse(0),
                    outbox.pendingCount(c), outbox.openQuarantineCount(c), s.lastAttempt(), s.lastSuccess(),
                    s.lastError(), s.clockSkewMs() == null ? null : s.clockSkewMs() / 1000,
                    SyncEngine.clockWarning(s.clockSkewMs()), s.cursor(), s.catalogVersion(), s.calendarVersion(),
                    stores.attachments().unsyncedCount(c), revokedAt, lastErrorMsg(s),
                    SyncEngine.clockWarningMsg(s.clockSkewMs()));
        });
    }

    /** The stored error as a message: its key and arguments when kept, else its text as it is. */
    private static vn.motcua.domain.text.Msg lastErrorMsg(vn.motcua.store.SyncStateRepository.State s) {
        if (s.lastError() == null) {
            return null;
        }
        vn.motcua.domain.text.Msg m = MsgJson.read(s.lastErrorMsg());
        return m != null ? m : vn.motcua.domain.text.Msg.text(s.lastError());
    }

    List<SyncOutboxRepository.Quarantined> quarantined(boolean includeResolved) {
        return stores.db().read(c -> stores.outbox().quarantined(c, includeResolved));
    }

    boolean retry(long seq) {
        return stores.db().write(c -> stores.outbox().retry(c, seq));
    }

    boolean resolve(long seq, String by, String note) {
        Instant now = clock.instant();
        return stores.db().write(c -> stores.outbox().resolve(c, seq, by, note, now));
    }

    List<RatingRepository.Rating> ratings(int limit) {
        return stores.db().read(c -> stores.ratings().list(c, limit));
    }

    Optional<RatingRepository.Rating> rating(String dossierCode) {
        return stores.db().read(c -> stores.ratings().find(c, dossierCode));
    }
}

package vn.motcua.sync;

import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.domain.text.Msg;

/**
 * Sends one request with retries: network errors and 5xx are tried again after an exponential backoff with jitter,
 * up to {@code maxAttempts}; a refusal the server named goes straight back. Counts requests and keeps the last clock
 * difference the server's answers showed, in the {@link SyncRun}. Stops between tries when the run is cancelled.
 */
final class Retrier {
    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

    private final SyncStores stores;
    private final SyncEngine.Options options;
    private final Random jitter;
    private volatile Supplier<Boolean> cancelled = () -> false;

    Retrier(SyncStores stores, SyncEngine.Options options) {
        this.stores = stores;
        this.options = options;
        this.jitter = new Random(options.seed());
    }

    void cancelWhen(Supplier<Boolean> check) {
        this.cancelled = check;
    }

    /** Throws when the run was asked to stop. */
    void checkCancelled() {
        if (cancelled.get()) {
            throw SyncException.transport(Msg.of("sync.stopped"), null, 0);
        }
    }

    boolean cancelled() {
        return cancelled.get();
    }

    /**
     * The answer's body, after retries. When every try failed and {@code headEvent} is given, the failure is noted on
     * that outbox event (the supervisor sees why it waits).
     */
    <T> T call(SyncRun run, Supplier<SyncClient.Answer<T>> call, UUID headEvent) {
        SyncException last = null;
        for (int attempt = 0; attempt < Math.max(1, options.maxAttempts()); attempt++) {
            checkCancelled();
            if (attempt > 0) {
                sleep(backoff(attempt));
            }
            run.attempts++;
            try {
                SyncClient.Answer<T> a = call.get();
                if (a.clockSkewMs() != null) {
                    run.skewMs = a.clockSkewMs();
                }
                return a.body();
            } catch (SyncException ex) {
                if (!ex.retryable()) {
                    throw ex;
                }
                last = ex;
                LOG.info("Sync request failed (try {}/{}): {}", attempt + 1, options.maxAttempts(), ex.getMessage());
            }
        }
        if (headEvent != null) {
            String msg = last.getMessage();
            stores.db().run(c -> stores.outbox().noteFailure(c, headEvent, msg));
        }
        throw last;
    }

    /** Exponential backoff with "equal jitter": half the delay fixed, half random. */
    Duration backoff(int attempt) {
        long base = options.baseDelay().toMillis();
        long cap = options.maxDelay().toMillis();
        long exp = Math.min(cap, base << Math.min(attempt - 1, 20));
        long half = exp / 2;
        long j;
        synchronized (jitter) {
            j = half == 0 ? 0 : (long) (jitter.nextDouble() * half);
        }
        return Duration.ofMillis(half + j);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SyncException.transport(Msg.of("sync.interrupted"), e, 0);
        }
    }
}

package vn.motcua.central.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code permits} requests per key (a client address) in each fixed window. Kept in memory per node: behind
 * a load balancer with N nodes a client gets at most N times the budget, which is still a small budget.
 */
public final class RateLimiter {
    private final int permits;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int permits, Duration window, Clock clock) {
        this.permits = permits;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one request for {@code key}; false when the key has used up its budget for this window. */
    public boolean tryAcquire(String key) {
        return acquire(key).isZero();
    }

    /**
     * Counts one request for {@code key}: {@link Duration#ZERO} when it is within the budget, else how long until
     * this key's window ends and a request is taken again (what the refusal's {@code Retry-After} must say).
     */
    public Duration acquire(String key) {
        Instant now = clock.instant();
        Window w = windows.compute(key, (k, old) -> old == null || !now.isBefore(old.start.plus(window))
                ? new Window(now, 1) : new Window(old.start, old.count + 1));
        if (windows.size() > 50_000) {
            windows.values().removeIf(x -> !now.isBefore(x.start.plus(window)));
        }
        if (w.count <= permits) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, w.start.plus(window));
        return left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
    }

    public int permits() {
        return permits;
    }

    public Duration window() {
        return window;
    }

    private record Window(Instant start, int count) {
    }
}

package vn.motcua.desk.main;

import java.time.Duration;
import java.time.Instant;

/** An idle clock moved by hand (both readings together), looked at every 20 ms. */
final class ManualIdleClock implements IdleClock {
    private volatile long nanos = 1_000_000_000L;
    private volatile Instant wall = Instant.parse("2026-04-29T02:00:00Z");

    @Override
    public long nanoTime() {
        return nanos;
    }

    @Override
    public Instant now() {
        return wall;
    }

    @Override
    public Duration checkEvery() {
        return Duration.ofMillis(20);
    }

    void advance(Duration d) {
        nanos += d.toNanos();
        wall = wall.plus(d);
    }

    /** Only the wall clock moves: the computer slept (the monotonic clock stands still meanwhile). */
    void sleep(Duration d) {
        wall = wall.plus(d);
    }
}

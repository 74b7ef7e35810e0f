package vn.motcua.desk.main;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the idle lock reads the time. The desk uses {@link #SYSTEM}; tests move a clock by hand so that "ten idle
 * minutes" take no time at all.
 */
public interface IdleClock {
    /** A monotonic reading in nanoseconds (not affected by changes of the computer's date). */
    long nanoTime();

    /** The wall-clock time: unlike the monotonic reading it also advances while the computer sleeps. */
    Instant now();

    /** How often the idle time is looked at. */
    default Duration checkEvery() {
        return Duration.ofSeconds(1);
    }

    /** The computer's clocks, checked every second. */
    IdleClock SYSTEM = new IdleClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Instant now() {
            return Instant.now();
        }
    };
}

package vn.motcua.desk.main;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/**
 * Counts the time since the clerk last touched the desk and calls {@code onIdle} once when it reaches the timeout.
 * The idle time is the larger of the monotonic and the wall-clock reading, so a computer that slept through the
 * timeout locks as soon as it wakes, and a change of the computer's date never postpones the lock.
 * Used on the JavaFX thread only.
 */
public final class IdleTimer {
    private final IdleClock clock;
    private final Runnable onIdle;
    private Timeline poll; // made at the first start: a timer that never starts needs no JavaFX
    private Duration timeout = Duration.ZERO;
    private long lastNanos;
    private Instant lastWall;

    public IdleTimer(IdleClock clock, Runnable onIdle) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onIdle = Objects.requireNonNull(onIdle, "onIdle");
        touch();
    }

    /** Starts counting from now; a zero or negative timeout (the setting "0 = never") leaves the timer stopped. */
    public void start(Duration timeout) {
        stop();
        this.timeout = timeout == null ? Duration.ZERO : timeout;
        touch();
        if (!this.timeout.isZero() && !this.timeout.isNegative()) {
            if (poll == null) {
                poll = new Timeline(new KeyFrame(javafx.util.Duration.millis(clock.checkEvery().toMillis()),
                        e -> check()));
                poll.setCycleCount(Animation.INDEFINITE);
            }
            poll.play();
        }
    }

    /** The clerk did something: counting starts again. */
    public void touch() {
        lastNanos = clock.nanoTime();
        lastWall = clock.now();
    }

    public void stop() {
        if (poll != null) {
            poll.stop();
        }
    }

    public boolean isRunning() {
        return poll != null && poll.getStatus() == Animation.Status.RUNNING;
    }

    /** How long nothing happened: the larger of the monotonic and the (non-negative) wall-clock difference. */
    public Duration idleFor() {
        Duration mono = Duration.ofNanos(clock.nanoTime() - lastNanos);
        Duration wall = Duration.between(lastWall, clock.now());
        Duration longer = wall.compareTo(mono) > 0 ? wall : mono;
        return longer.isNegative() ? Duration.ZERO : longer;
    }

    /** Fires {@code onIdle} (once: the timer stops) when the idle time reached the timeout. */
    public void check() {
        if (isRunning() && idleFor().compareTo(timeout) >= 0) {
            stop();
            onIdle.run();
        }
    }
}

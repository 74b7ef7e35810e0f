package vn.motcua.desk.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The idle time the lock goes by: monotonic, but a computer that slept counts too; a clock set back changes nothing. */
class IdleTimerTest {
    private final ManualIdleClock clock = new ManualIdleClock();
    private final AtomicInteger fired = new AtomicInteger();
    private final IdleTimer timer = new IdleTimer(clock, fired::incrementAndGet);

    @Test
    void idleTime_countsFromTheLastTouch() {
        clock.advance(Duration.ofMinutes(7));
        assertThat(timer.idleFor()).isEqualTo(Duration.ofMinutes(7));
        timer.touch();
        clock.advance(Duration.ofSeconds(30));
        assertThat(timer.idleFor()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aComputerThatSlept_isIdleForTheWholeSleep() {
        clock.advance(Duration.ofMinutes(1));
        clock.sleep(Duration.ofHours(2));
        assertThat(timer.idleFor()).isEqualTo(Duration.ofMinutes(121));
    }

    @Test
    void aClockSetBack_doesNotPostponeTheLock() {
        clock.advance(Duration.ofMinutes(4));
        clock.sleep(Duration.ofHours(-3)); // the date was corrected backwards
        assertThat(timer.idleFor()).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void aStoppedTimer_neverFires_andZeroMeansNever() {
        timer.start(Duration.ZERO);
        clock.advance(Duration.ofDays(1));
        timer.check();
        assertThat(timer.isRunning()).isFalse();
        assertThat(fired).hasValue(0);
    }
}

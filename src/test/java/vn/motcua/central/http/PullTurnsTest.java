package vn.motcua.central.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.motcua.central.ApiException;

/** Decision 0038: pulls take turns at the CPU work, first come first served, and are never refused for it. */
class PullTurnsTest {

    @Test
    void oneTurn_theNextPullWaitsAndTheWaitersGoInTheOrderTheyCame() throws Exception {
        PullTurns turns = new PullTurns(1, 10_000);
        CountDownLatch inFirst = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?> first = pool.submit(() -> turns.run(out -> {
                inFirst.countDown();
                await(releaseFirst);
                order.add("first");
                out.write('1');
            }));
            assertThat(inFirst.await(5, TimeUnit.SECONDS)).isTrue();
            Future<?>[] later = new Future<?>[3];
            for (int i = 0; i < later.length; i++) {
                String name = "waiter" + i;
                later[i] = pool.submit(() -> turns.run(out -> order.add(name)));
                // each waiter is queued before the next one comes
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (turns.waiting() < i + 1 && System.nanoTime() < until) {
                    Thread.sleep(1);
                }
                assertThat(turns.waiting()).isEqualTo(i + 1);
            }
            Thread.sleep(50);
            assertThat(order).isEmpty();
            releaseFirst.countDown();
            first.get(5, TimeUnit.SECONDS);
            for (Future<?> f : later) {
                f.get(5, TimeUnit.SECONDS);
            }
            assertThat(order).containsExactly("first", "waiter0", "waiter1", "waiter2");
            assertThat(turns.waiting()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noLimit_pullsRunTogether() throws Exception {
        PullTurns turns = new PullTurns(0, 10_000);
        CountDownLatch both = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<PullTurns.Answer>> f = List.of(
                    pool.submit(() -> turns.run(out -> waitForBoth(both))),
                    pool.submit(() -> turns.run(out -> waitForBoth(both))));
            for (var x : f) {
                x.get(5, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pastTheBound_theWaiterIsAnswered503Busy_andTheTurnHolderIsUntouched() throws Exception {
        PullTurns turns = new PullTurns(1, 100);
        CountDownLatch inFirst = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<PullTurns.Answer> first = pool.submit(() -> turns.run(out -> {
                inFirst.countDown();
                await(releaseFirst);
                out.write(new byte[] {'o', 'k'});
            }));
            assertThat(inFirst.await(5, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> turns.run(out -> out.write('x')))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.body().error()).isEqualTo("BUSY");
                    });
            releaseFirst.countDown();
            PullTurns.Answer a = first.get(5, TimeUnit.SECONDS);
            assertThat(new String(a.bytes(), 0, a.size())).isEqualTo("ok");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailingPull_givesItsTurnBack_andItsErrorComesOutAsItWas() throws Exception {
        PullTurns turns = new PullTurns(1, 200);
        ApiException refused = new ApiException(400, "BAD_CURSOR", "bad");
        assertThatThrownBy(() -> turns.run(out -> {
            throw refused;
        })).isSameAs(refused);
        assertThatThrownBy(() -> turns.run(out -> {
            throw new IOException("gone");
        })).isInstanceOf(IOException.class).hasMessage("gone");
        // the turn is free again: this does not wait 200 ms and fail
        PullTurns.Answer a = turns.run(out -> out.write('y'));
        assertThat(a.size()).isEqualTo(1);
    }

    @Test
    void buffersAreReused_butNotHugeOnes() throws Exception {
        PullTurns turns = new PullTurns(2, 1_000);
        PullTurns.Answer a = turns.run(out -> out.write(new byte[1000]));
        byte[] kept = a.bytes();
        turns.recycle(a);
        PullTurns.Answer b = turns.run(out -> out.write('z'));
        assertThat(b.bytes()).isSameAs(kept);
        assertThat(b.size()).isEqualTo(1);
        assertThat(b.bytes()[0]).isEqualTo((byte) 'z');
        PullTurns.Answer big = turns.run(out -> out.write(new byte[PullTurns.KEEP_AT_MOST + 1]));
        turns.recycle(big);
        turns.recycle(b);
        assertThat(turns.run(out -> { }).bytes()).isSameAs(kept);
    }

    private static void waitForBoth(CountDownLatch both) {
        both.countDown();
        await(both);
    }

    private static void await(CountDownLatch l) {
        try {
            if (!l.await(5, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}

package vn.motcua.central.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.central.ApiException;
import vn.motcua.domain.text.Msg;

/**
 * Turns at the pull's CPU work (issue 18, decision 0038): at most {@code permits} pulls read their page and write its
 * JSON at once; the others wait, first come first served (a fair semaphore). More pulls at once than cores only
 * time-share the processors, so every page — a full one most — would take as long as all of them together; in turns
 * each takes about its own CPU time and the rest queue. A desk is never refused for the limit: it waits, and only
 * past {@code maxWaitMillis} (far beyond any normal queue) gets 503 {@code BUSY}, logged.
 *
 * <p>The page is written into a pooled buffer inside the turn and sent to the socket after it, so a slow desk's
 * connection never holds a turn.
 */
final class PullTurns {
    private static final Logger LOG = LoggerFactory.getLogger(PullTurns.class);
    /** Buffers larger than this (a page of long logs) are not kept for the next pull. */
    static final int KEEP_AT_MOST = 1 << 20;

    private final Semaphore turns;
    private final long maxWaitMillis;
    private final ArrayBlockingQueue<Answer> spare;

    /**
     * @param permits       pulls worked on at once; 0 = no limit (every pull at once, as before decision 0038)
     * @param maxWaitMillis how long a pull may wait for its turn before it is answered 503
     */
    PullTurns(int permits, long maxWaitMillis) {
        if (permits < 0 || maxWaitMillis <= 0) {
            throw new IllegalArgumentException("permits " + permits + ", wait " + maxWaitMillis + " ms");
        }
        this.turns = permits == 0 ? null : new Semaphore(permits, true);
        this.maxWaitMillis = maxWaitMillis;
        this.spare = new ArrayBlockingQueue<>(Math.max(4, 2 * permits));
    }

    /** Pulls waiting for a turn now (for /metrics). */
    int waiting() {
        return turns == null ? 0 : turns.getQueueLength();
    }

    /** The work done in a turn: writes the answer into {@code out}. */
    interface Work {
        void writeTo(Answer out) throws IOException;
    }

    /**
     * Runs {@code work} in its turn and returns the answer it wrote; the caller sends it and then {@link #recycle}s it.
     * An exception of the work (a refused cursor) comes out as it is, after the turn is given back.
     */
    Answer run(Work work) throws IOException {
        boolean held = false;
        if (turns != null) {
            try {
                held = turns.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy();
            }
            if (!held) {
                LOG.warn("A pull waited {} ms for its turn ({} waiting): answered 503 BUSY / Một lần kéo dữ liệu đã "
                        + "chờ quá lâu, đã trả lời 503", maxWaitMillis, turns.getQueueLength());
                throw busy();
            }
        }
        Answer out = null;
        try {
            out = take();
            work.writeTo(out);
            return out;
        } catch (IOException | RuntimeException | Error e) {
            if (out != null) {
                recycle(out);
            }
            throw e;
        } finally {
            if (held) {
                turns.release();
            }
        }
    }

    /** Gives a sent answer's buffer back for the next pull. */
    void recycle(Answer a) {
        if (a.capacity() <= KEEP_AT_MOST) {
            a.reset();
            spare.offer(a);
        }
    }

    private Answer take() {
        Answer a = spare.poll();
        return a != null ? a : new Answer();
    }

    private static ApiException busy() {
        return new ApiException(503, "BUSY", Msg.of("central.pull.busy"));
    }

    /** A growable byte buffer whose bytes can be sent without a copy. */
    static final class Answer extends ByteArrayOutputStream {
        Answer() {
            super(64 * 1024);
        }

        byte[] bytes() {
            return buf;
        }

        int capacity() {
            return buf.length;
        }
    }
}

package vn.motcua.sync;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The second thread a sync step uses to prepare its next request while the current one is handled (decision 0035):
 * one daemon thread, named for the step, for as long as the step runs.
 */
final class LookAhead {
    private LookAhead() {
    }

    /** Runs {@code step} with a one-thread pool named {@code name}, stopped when the step ends however it ends. */
    static void run(String name, Consumer<ExecutorService> step) {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            step.accept(pool);
        } finally {
            pool.shutdownNow();
        }
    }
}

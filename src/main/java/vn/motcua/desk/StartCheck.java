package vn.motcua.desk;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The database's start-up check ({@code PRAGMA quick_check}, which reads the whole file) left until the sign-in screen
 * has been drawn, and run on its own thread while the clerk types (issue 18, decision 0039): the sign-in waits for
 * {@link #passed()}; a check that does not say "ok" (or fails) leaves its {@link #problem()} for the launcher, which
 * closes the window and shows the recovery screen as it did when the check ran before the window.
 */
final class StartCheck {
    private final Supplier<String> check;
    private final CompletableFuture<Boolean> passed = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile String problem;

    /** @param check the check: "ok" when the data is sound, else what is wrong (may throw) */
    StartCheck(Supplier<String> check) {
        this.check = check;
    }

    /** Starts the check on a daemon thread; again: nothing. */
    void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(this::run, "motcua-start-check");
        t.setDaemon(true);
        t.start();
    }

    /** Runs the check on this thread (once; {@link #start} runs it on another). */
    void run() {
        started.set(true);
        DeskLauncher.mark("database quick check started");
        String result;
        try {
            result = check.get();
            if (!"ok".equals(result)) {
                LoggerFactory.getLogger(DeskLauncher.class).error("Database quick check failed: {}", result);
            }
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(DeskLauncher.class).error("The database could not be opened", e);
            result = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        DeskLauncher.mark("database quick check done");
        if ("ok".equals(result)) {
            passed.complete(true);
        } else {
            problem = result == null ? "no result" : result;
            passed.complete(false);
        }
    }

    /** Completes with true when the data is sound, false when it needs the recovery screen. */
    CompletableFuture<Boolean> passed() {
        return passed;
    }

    /** What the check found wrong once it has finished; null while it runs or when the data is sound. */
    String problem() {
        return problem;
    }
}

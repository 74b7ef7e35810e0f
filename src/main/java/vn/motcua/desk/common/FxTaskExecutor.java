package vn.motcua.desk.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a small pool of daemon threads (the database has one writer anyway) and hands results back on the
 * JavaFX thread. {@link #busyProperty()} is true while any task runs (the status bar shows a spinner).
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    private final ExecutorService pool;
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private volatile Consumer<Throwable> unhandled = e -> LOG.error("Background task failed", e);

    public FxTaskExecutor() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "motcua-desk-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Where failures go when a task has no handler of its own (the desk shows an error dialog). */
    public void setUnhandledFailureHandler(Consumer<Throwable> handler) {
        this.unhandled = handler;
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        Task<T> fx = new Task<>() {
            @Override
            protected T call() throws Exception {
                return task.call();
            }
        };
        fx.setOnSucceeded(e -> {
            try {
                task.succeeded(fx.getValue());
            } finally {
                done();
            }
        });
        fx.setOnFailed(e -> {
            try {
                Throwable error = fx.getException();
                if (!task.failed(error)) {
                    unhandled.accept(error);
                }
            } finally {
                done();
            }
        });
        if (running.getAndIncrement() == 0) {
            runOnFx(() -> busy.set(true));
        }
        try {
            pool.execute(fx);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // the window is closing (or was closed) and its executor shut down: late timer work is dropped
            done();
        }
    }

    private void done() {
        if (running.decrementAndGet() == 0) {
            busy.set(false);
        }
    }

    private static void runOnFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether no task is queued or running (tests wait for this). */
    public boolean idle() {
        return running.get() == 0;
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Desk background tasks did not finish in 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

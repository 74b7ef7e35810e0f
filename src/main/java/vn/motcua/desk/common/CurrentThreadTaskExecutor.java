package vn.motcua.desk.common;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs tasks at once on the calling thread; for view-model tests. Unhandled failures go to the given handler. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(CurrentThreadTaskExecutor.class);
    private final Consumer<Throwable> unhandled;

    public CurrentThreadTaskExecutor() {
        this(e -> LOG.error("Background task failed", e));
    }

    public CurrentThreadTaskExecutor(Consumer<Throwable> unhandled) {
        this.unhandled = unhandled;
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.call();
        } catch (Exception | Error e) {
            if (!task.failed(e)) {
                unhandled.accept(e);
            }
            return;
        }
        task.succeeded(result);
    }
}

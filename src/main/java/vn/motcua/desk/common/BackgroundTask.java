package vn.motcua.desk.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One piece of background work with what to do after it, on the JavaFX thread: {@code
 * BackgroundTask.wrap(() -> service.load()).onSuccess(view::show).onFailure(view::fail).executeWith(tasks)}.
 * Which thread runs the work is the {@link TaskExecutor}'s business, so view models can be tested on the current
 * thread with {@link CurrentThreadTaskExecutor}.
 */
public final class BackgroundTask<T> {
    private final Callable<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onFinished = () -> { };

    private BackgroundTask(Callable<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> wrap(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Work without a result. */
    public static BackgroundTask<Void> wrapRunnable(Runnable work) {
        return new BackgroundTask<>(() -> {
            work.run();
            return null;
        });
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** What to do when the work throws; without it the executor's default handler reports the error. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs after success or failure (e.g. to clear a busy flag). */
    public BackgroundTask<T> onFinished(Runnable handler) {
        this.onFinished = Objects.requireNonNull(handler);
        return this;
    }

    public void executeWith(TaskExecutor executor) {
        executor.execute(this);
    }

    T call() throws Exception {
        return work.call();
    }

    void succeeded(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            onFinished.run();
        }
    }

    /** Returns false when the task has no failure handler of its own. */
    boolean failed(Throwable error) {
        try {
            if (onFailure == null) {
                return false;
            }
            onFailure.accept(error);
            return true;
        } finally {
            onFinished.run();
        }
    }
}

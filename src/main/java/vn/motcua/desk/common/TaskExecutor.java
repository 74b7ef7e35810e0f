package vn.motcua.desk.common;

/** Runs {@link BackgroundTask}s: off the JavaFX thread in the application, on the current thread in tests. */
public interface TaskExecutor {
    <T> void execute(BackgroundTask<T> task);
}

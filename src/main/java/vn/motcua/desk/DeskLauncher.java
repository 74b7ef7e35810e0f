package vn.motcua.desk;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.desk.backup.RecoveryView;
import vn.motcua.desk.backup.RecoveryViewModel;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.DeskPreferences;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.FxTaskExecutor;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.Theme;
import vn.motcua.desk.print.DeskPrinting;
import vn.motcua.domain.office.OfficeProfile;
import vn.motcua.service.BackupService;
import vn.motcua.service.DeskContext;

/**
 * Starts the JavaFX desk from the plain launcher ({@code vn.motcua.Main} is not an {@code Application}, so the shaded
 * jar runs on a classpath JavaFX): starts the toolkit, opens the database, shows the sign-in screen, checks the
 * database while the clerk types (a recovery screen when it is damaged), takes the daily backup in the background,
 * and returns when its window is closed. A restore asked for in "Sao lưu &amp; khôi phục" closes the window and the
 * database, restores, and opens the desk again.
 */
public final class DeskLauncher {
    private DeskLauncher() {
    }

    /** The start-up check of the desk this process runs (decision 0039); done when none is pending. */
    private static volatile java.util.concurrent.CompletableFuture<Boolean> dataChecked =
            java.util.concurrent.CompletableFuture.completedFuture(true);

    /**
     * For the bench probe: completes when the desk's start-up check of its data has finished (true: sound), i.e. from
     * when a sign-in is accepted; already complete when the data was checked before the window.
     */
    public static java.util.concurrent.CompletableFuture<Boolean> dataChecked() {
        return dataChecked;
    }

    /** Asked for when first used: the logging is set up off the thread that starts the toolkit. */
    private static Logger log() {
        return LoggerFactory.getLogger(DeskLauncher.class);
    }

    /** Runs the desk over {@code dataDir} until the window closes; returns the process exit code. */
    public static int run(Path dataDir) throws InterruptedException {
        // The JavaFX toolkit starts first, on this thread (GTK, the graphics pipeline: the longest single step to
        // the first frame); meanwhile another thread sets up the logging (its first logger) and opens the database
        // (schema check, quick check). Nothing here logs before the toolkit is on its way (issue 18, decision 0026).
        java.util.concurrent.CompletableFuture<Opened> early = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                    mark("desk launcher");
                    return openQuietly(dataDir);
                });
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            mark("JavaFX toolkit started");
            Theme.install();
            mark("theme installed (stylesheet, fonts)");
        });
        DeskPreferences prefs = DeskPreferences.load(dataDir);
        FxTaskExecutor tasks = new FxTaskExecutor();
        Messages messages = Messages.forLanguage(prefs.language());
        vn.motcua.desk.common.DatePickers.useLanguage(messages);
        try {
            String notice = null;
            Opened first = early.join();
            while (true) {
                DeskContext ctx = first != null ? first.ctx() : openChecked(dataDir, tasks, messages);
                OfficeProfile office = first != null ? first.office() : null;
                StartCheck check = first != null ? first.check() : null;
                first = null;
                if (check != null) {
                    dataChecked = check.passed();
                }
                if (ctx == null) {
                    return 1;
                }
                AtomicReference<Path> restore = new AtomicReference<>();
                try {
                    showDesk(ctx, office, prefs, tasks, notice, restore, check);
                } finally {
                    ctx.close();
                }
                if (check != null && check.problem() != null) {
                    // the check run while the sign-in screen showed found the data damaged: the window closed, and
                    // the recovery screen follows as when the check ran before the window
                    if (!recover(dataDir, check.problem(), tasks, messages)) {
                        return 1;
                    }
                    notice = null;
                    continue;
                }
                if (restore.get() == null) {
                    return 0;
                }
                notice = restore(dataDir, restore.get(), messages);
            }
        } finally {
            Platform.exit();
            tasks.close();
        }
    }

    private static void showDesk(DeskContext ctx, OfficeProfile office, DeskPreferences prefs, FxTaskExecutor tasks,
                                 String notice, AtomicReference<Path> restore, StartCheck check)
            throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                stage.setOnHidden(e -> closed.countDown());
                DeskApp app = new DeskApp(ctx, prefs, (BiFunction<Messages, Session, ReceiptPrinter>) (m, s) ->
                        DeskPrinting.standard(ctx.print(), s.actor(), m, tasks), tasks);
                // the daily backup (a copy and an integrity check of the whole database) waits for the first
                // screen to be drawn instead of sharing the CPU with it
                if (check == null) {
                    app.setAfterFirstScreen(() -> dailyBackup(ctx, tasks));
                } else {
                    // the quick check too (decision 0039): it starts once the sign-in screen is drawn, a sign-in
                    // waits for it; sound data: the daily backup; damaged: the window closes (recovery screen next)
                    app.setDataCheck(check.passed());
                    app.setAfterFirstScreen(check::start);
                    check.passed().thenAccept(sound -> Platform.runLater(() -> {
                        if (!stage.isShowing()) {
                            return;
                        }
                        if (sound) {
                            dailyBackup(ctx, tasks);
                        } else {
                            stage.close();
                        }
                    }));
                }
                app.setRestorer(backup -> {
                    restore.set(backup);
                    stage.close();
                });
                // maximised before it is shown: the window opens at its final size, one layout instead of two
                stage.setMaximized(true);
                app.start(stage, office);
                mark("window shown");
                if (notice != null) {
                    Platform.runLater(() -> Dialogs.info(stage, app.messages(), app.messages().t("backup.title"),
                            notice));
                }
            } catch (RuntimeException e) {
                log().error("The desk could not start", e);
                closed.countDown();
                throw e;
            }
        });
        closed.await();
    }

    /**
     * The desk opened off the JavaFX thread, and its office when it is set up (null: not yet); {@code check}: the quick
     * check still to run once the sign-in screen is drawn (null: it ran already).
     */
    record Opened(DeskContext ctx, OfficeProfile office, StartCheck check) {
    }

    /**
     * The desk opened off the JavaFX thread, with its office read (the sign-in screen shows its name: the window can
     * open on that screen instead of an empty one), or null when it needs the recovery screen. The quick check, which
     * reads the whole file (≈ 20 s over 1 GB), is not on the way to the sign-in screen: it runs once that screen is
     * drawn, while the clerk types (decision 0039). Without an office (the first-run wizard) it runs here, as before.
     */
    static Opened openQuietly(Path dataDir) {
        try {
            DeskContext ctx = DeskContext.open(dataDir);
            mark("database open, schema checked");
            try {
                OfficeProfile office = ctx.setup().office().orElse(null);
                mark("office read");
                if (office != null) {
                    return new Opened(ctx, office, new StartCheck(ctx.database()::quickCheck));
                }
                if ("ok".equals(ctx.database().quickCheck())) {
                    mark("database quick check");
                    return new Opened(ctx, null, null);
                }
            } catch (RuntimeException e) {
                ctx.close(); // a damaged file may fail the read: closed before the checked open tries again
                throw e;
            }
            ctx.close();
        } catch (RuntimeException e) {
            log().debug("Opening the database early failed; the checked open reports it", e);
        }
        return null;
    }

    /**
     * The startup timeline at debug level (issue 18): milliseconds since the JVM started, and the CPU time of the
     * whole process so far, at each step to the first frame of the sign-in screen. Costs nothing at the default
     * level.
     */
    public static void mark(String step) {
        if (log().isDebugEnabled()) {
            long started = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli)
                    .orElse(System.currentTimeMillis());
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis)
                    .orElse(-1L);
            log().debug("startup: {} ms (CPU {} ms) {}", System.currentTimeMillis() - started, cpu, step);
        }
    }

    /** Opens the data folder and runs the quick check; a damaged database gets the recovery screen first. */
    static DeskContext openChecked(Path dataDir, FxTaskExecutor tasks, Messages m) throws InterruptedException {
        while (true) {
            String problem;
            try {
                DeskContext ctx = DeskContext.open(dataDir);
                problem = ctx.database().quickCheck();
                if ("ok".equals(problem)) {
                    return ctx;
                }
                log().error("Database quick check failed: {}", problem);
                ctx.close();
            } catch (RuntimeException e) {
                log().error("The database could not be opened", e);
                problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            if (!recover(dataDir, problem, tasks, m)) {
                return null;
            }
        }
    }

    /** Shows the recovery screen; true when a backup was restored, false when the clerk quit. */
    private static boolean recover(Path dataDir, String problem, FxTaskExecutor tasks, Messages m)
            throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        AtomicBoolean restored = new AtomicBoolean();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> done.countDown());
            RecoveryViewModel vm = new RecoveryViewModel(dataDir, problem, Clock.system(DeskContext.ZONE), tasks, m,
                    () -> {
                        restored.set(true);
                        stage.close();
                    });
            Scene scene = new Scene(new RecoveryView(vm, m, stage::close).root(), 900, 640);
            Theme.style(scene);
            stage.setScene(scene);
            stage.setTitle(m.t("recovery.title") + " — " + m.t("app.title"));
            stage.show();
        });
        done.await();
        return restored.get();
    }

    private static String restore(Path dataDir, Path backup, Messages m) {
        try {
            BackupService.Restored r = BackupService.restore(dataDir, backup, Clock.system(DeskContext.ZONE));
            return "ok".equals(r.integrityAfter())
                    ? m.t("backup.restored", r.restoredFrom().getFileName(),
                    r.previousKeptAs() == null ? "-" : r.previousKeptAs().getFileName())
                    : m.t("backup.restoredBad", r.integrityAfter());
        } catch (Exception e) {
            log().warn("Restore from {} failed", backup, e);
            return ErrorMessages.of(e, m);
        }
    }

    private static void dailyBackup(DeskContext ctx, FxTaskExecutor tasks) {
        BackgroundTask.wrap(() -> ctx.backups().dailyIfDue(BackupService.DEFAULT_KEEP))
                .onSuccess(made -> made.ifPresentOrElse(
                        b -> log().info("Daily backup {} ({}), integrity {}", b.backup().file(), b.backup().bytes(),
                                b.integrity()),
                        () -> log().debug("Daily backup already taken today")))
                .onFailure(e -> log().error("Daily backup failed", e))
                .executeWith(tasks);
    }
}

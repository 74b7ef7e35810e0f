package vn.motcua.desk;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.desk.common.DeskPreferences;
import vn.motcua.desk.common.FxTaskExecutor;
import vn.motcua.service.DeskContext;

/**
 * Starts the JavaFX desk from the plain launcher ({@code vn.motcua.Main} is not an {@code Application}, so the shaded
 * jar runs on a classpath JavaFX): starts the toolkit, shows the desk, and returns when its window is closed.
 */
public final class DeskLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(DeskLauncher.class);

    private DeskLauncher() {
    }

    /** Runs the desk over {@code dataDir} until the window closes; returns the process exit code. */
    public static int run(Path dataDir) throws InterruptedException {
        DeskContext ctx = DeskContext.open(dataDir);
        DeskPreferences prefs = DeskPreferences.load(dataDir);
        FxTaskExecutor tasks = new FxTaskExecutor();
        CountDownLatch closed = new CountDownLatch(1);
        try {
            Platform.setImplicitExit(false);
            Platform.startup(() -> {
                try {
                    Stage stage = new Stage();
                    stage.setOnHidden(e -> closed.countDown());
                    new DeskApp(ctx, prefs, (java.util.function.BiFunction<vn.motcua.desk.common.Messages, Session,
                            ReceiptPrinter>) (m, s) -> vn.motcua.desk.print.DeskPrinting.standard(ctx.print(),
                            s.actor(), m, tasks), tasks).start(stage);
                    stage.setMaximized(true);
                } catch (RuntimeException e) {
                    LOG.error("The desk could not start", e);
                    closed.countDown();
                    throw e;
                }
            });
            closed.await();
            return 0;
        } finally {
            Platform.exit();
            tasks.close();
            ctx.close();
        }
    }
}

package vn.motcua.desk;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.desk.common.DeskPreferences;
import vn.motcua.desk.common.FxTaskExecutor;
import vn.motcua.service.DeskFixture;

/**
 * What every TestFX test of the desk shares: a set-up desk ({@link DeskFixture}) with its task executor, the app
 * started on TestFX's stage, signing in, and waiting for the screen. Create one in {@code @BeforeAll}, call
 * {@link #start} from {@code @Start} and {@link #close} in {@code @AfterAll}.
 */
public final class DeskUi implements AutoCloseable {
    private final DeskFixture desk;
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private DeskApp app;

    private DeskUi(DeskFixture desk) {
        this.desk = desk;
    }

    public static DeskUi over(DeskFixture desk) {
        return new DeskUi(desk);
    }

    /** Starts the desk (preferences from the fixture's data folder) on the stage TestFX hands to {@code @Start}. */
    public DeskApp start(Stage stage) {
        return start(stage, app -> { });
    }

    /** Starts the desk after {@code before} adjusted it (e.g. an idle clock moved by hand). */
    public DeskApp start(Stage stage, Consumer<DeskApp> before) {
        app = new DeskApp(desk.ctx(), DeskPreferences.load(desk.ctx().dataDir()), PlaceholderReceiptPrinter::new,
                tasks);
        before.accept(app);
        app.start(stage);
        return app;
    }

    public DeskFixture desk() {
        return desk;
    }

    public FxTaskExecutor tasks() {
        return tasks;
    }

    public DeskApp app() {
        return app;
    }

    /** Signs in through the login screen and waits for the main window. */
    public static void signIn(FxRobot robot, String username, String password) throws Exception {
        waitFor(() -> robot.lookup("#login-username").tryQuery().isPresent());
        robot.clickOn("#login-username").write(username);
        robot.clickOn("#login-password").write(password).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#status-user").tryQuery().isPresent());
    }

    /**
     * Signs out through the user menu (the main window's timers stop) and waits for the login screen; a half-typed
     * registration is discarded when the desk asks.
     */
    public static void signOut(FxRobot robot) throws Exception {
        robot.clickOn("#user-menu");
        robot.clickOn("#menu-signout");
        waitFor(() -> robot.lookup("#login-username").tryQuery().isPresent()
                || robot.lookup("#draft-discard").tryQuery().isPresent());
        if (robot.lookup("#draft-discard").tryQuery().isPresent()) {
            robot.clickOn("#draft-discard");
        }
        waitFor(() -> robot.lookup("#login-username").tryQuery().isPresent());
    }

    /** The text of the label or text field found by {@code query}; "" when there is none. */
    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(DeskUi::textOf).orElse("");
    }

    private static String textOf(Node n) {
        if (n instanceof Label l) {
            return l.getText();
        }
        if (n instanceof TextInputControl t) {
            return t.getText();
        }
        return "";
    }

    /** Waits (at most 15 s) until {@code condition}, evaluated on the JavaFX thread, holds. */
    public static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(condition).get();
        });
    }

    @Override
    public void close() {
        tasks.close();
        desk.close();
    }
}

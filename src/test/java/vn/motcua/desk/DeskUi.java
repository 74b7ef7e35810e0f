package vn.motcua.desk;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
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

    /**
     * Starts the desk in this language and text size (saved to its preferences first, as the user menu would) on a
     * 1366 × 768 window at the screen's top left, or the headless screen's size when that is smaller (the tests of
     * one JVM share one screen, made by whichever class came first; a larger window could not be painted).
     */
    public DeskApp start(Stage stage, String language, int textScale) {
        return start(stage, language, textScale, app -> { });
    }

    /** {@link #start(Stage, String, int)} after {@code before} adjusted the desk (e.g. its start-up check). */
    public DeskApp start(Stage stage, String language, int textScale, Consumer<DeskApp> before) {
        DeskPreferences prefs = DeskPreferences.load(desk.ctx().dataDir());
        prefs.setLanguage(language);
        prefs.setTextScale(textScale);
        try {
            prefs.save();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        DeskApp started = start(stage, before);
        var screen = javafx.stage.Screen.getPrimary().getBounds();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(Math.min(1366, screen.getWidth()));
        stage.setHeight(Math.min(768, screen.getHeight()));
        stage.show();
        // the keyboard's window: under Monocle a window without an owner that closed (the counter rating window of
        // an earlier run) leaves no window focused, and every key typed at the next sign-in went nowhere
        stage.toFront();
        stage.requestFocus();
        return started;
    }

    /** {@link #start(Stage, String, int)} on the JavaFX thread, from a test. */
    public DeskApp startAt(FxRobot robot, Stage stage, String language, int textScale) {
        return startAt(robot, stage, language, textScale, app -> { });
    }

    /** {@link #start(Stage, String, int, Consumer)} on the JavaFX thread, from a test. */
    public DeskApp startAt(FxRobot robot, Stage stage, String language, int textScale, Consumer<DeskApp> before) {
        DeskApp[] started = new DeskApp[1];
        robot.interact(() -> started[0] = start(stage, language, textScale, before));
        return started[0];
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
        // the password hash takes seconds on a loaded machine: a longer wait than the screens'
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#status-user").tryQuery().isPresent()).get();
        });
    }

    /**
     * Signs out through the user menu (the main window's timers stop) and waits for the login screen; a half-typed
     * registration is discarded when the desk asks.
     */
    public static void signOut(FxRobot robot) throws Exception {
        menu(robot, "menu-signout");
        waitFor(() -> robot.lookup("#login-username").tryQuery().isPresent()
                || robot.lookup("#draft-discard").tryQuery().isPresent());
        if (robot.lookup("#draft-discard").tryQuery().isPresent()) {
            robot.clickOn("#draft-discard");
        }
        waitFor(() -> robot.lookup("#login-username").tryQuery().isPresent());
    }

    /**
     * Opens the user menu and clicks the item with this id, through its submenu ("Quản trị") when it is grouped in
     * one.
     */
    public static void menu(FxRobot robot, String id) {
        robot.clickOn("#user-menu");
        MenuItem item = menuItem(robot, id);
        boolean sub = item != null && item.getParentMenu() != null;
        if (sub) {
            clickShown(robot, "#" + item.getParentMenu().getId(), org.testfx.robot.Motion.DEFAULT);
        }
        // into a submenu sideways first: a slanted path would cross the other items and close it
        clickShown(robot, "#" + id, sub ? org.testfx.robot.Motion.HORIZONTAL_FIRST : org.testfx.robot.Motion.DEFAULT);
    }

    /** Clicks the node found by {@code query} that is in a showing window (menus keep old item nodes around). */
    private static void clickShown(FxRobot robot, String query, org.testfx.robot.Motion motion) {
        try {
            waitFor(() -> robot.lookup(query).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                    && n.getScene().getWindow().isShowing()).tryQuery().isPresent());
        } catch (Exception e) {
            throw new IllegalStateException("no " + query + " shows", e);
        }
        robot.clickOn(robot.lookup(query).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).<Node>query(), motion);
    }

    /** The user menu's item with this id, in a submenu or not; null when there is none. */
    public static MenuItem menuItem(FxRobot robot, String id) {
        MenuButton menu = robot.lookup("#user-menu").queryAs(MenuButton.class);
        return find(menu.getItems(), id);
    }

    private static MenuItem find(java.util.List<MenuItem> items, String id) {
        for (MenuItem i : items) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof Menu sub) {
                MenuItem found = find(sub.getItems(), id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Whether a label with exactly this text shows in any window now (a corner notice, a popup). */
    public static boolean shownText(String text) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null)
                .anyMatch(w -> has(w.getScene().getRoot(), text))).get();
    }

    private static boolean has(Node n, String text) {
        if (n instanceof javafx.scene.control.Labeled l && text.equals(l.getText()) && n.isVisible()) {
            return true;
        }
        return n instanceof javafx.scene.Parent p
                && p.getChildrenUnmodifiable().stream().anyMatch(c -> has(c, text));
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

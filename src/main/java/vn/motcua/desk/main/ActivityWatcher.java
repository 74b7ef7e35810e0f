package vn.motcua.desk.main;

import java.util.function.BooleanSupplier;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Watches the main window and the input around it. Tells the idle lock about keys, mouse moves and presses, scrolling
 * in the main window and in every window it owns (dialogs, menus), not in the counter rating screen (the citizen's
 * side); watches windows as they open. Says when the main window is gone (closed, or the scene taken off it) and when
 * it gets the focus back.
 */
final class ActivityWatcher {
    private final IdleTimer idle;
    private final BooleanSupplier locked;
    private final Runnable gone;
    private final Runnable focused;
    private final ListChangeListener<Window> windowWatch = this::windowsChanged;
    private final EventHandler<InputEvent> activityFilter = this::activity;
    private final ChangeListener<Boolean> showingWatch = (obs, was, showing) -> {
        if (!showing) {
            gone();
        }
    };
    private final ChangeListener<Boolean> focusWatch = (obs, was, now) -> {
        if (now) {
            focused();
        }
    };
    private final ChangeListener<Window> sceneWindowWatch = (obs, old, w) -> {
        if (w == null) {
            gone(); // the scene was taken off its window: the window is gone for this view
        } else {
            watchMain(w);
        }
    };
    private Window window;

    ActivityWatcher(IdleTimer idle, BooleanSupplier locked, Runnable gone, Runnable focused) {
        this.idle = idle;
        this.locked = locked;
        this.gone = gone;
        this.focused = focused;
    }

    private void gone() {
        gone.run();
    }

    private void focused() {
        focused.run();
    }

    /** Starts watching the scene's window and every window of the application, and those opened later. */
    void attach(Scene scene) {
        Window.getWindows().forEach(this::watch);
        Window.getWindows().removeListener(windowWatch);
        Window.getWindows().addListener(windowWatch);
        watchMain(scene.getWindow());
        scene.windowProperty().addListener(sceneWindowWatch);
    }

    void detach(Scene scene) {
        Window.getWindows().removeListener(windowWatch);
        Window.getWindows().forEach(w -> w.removeEventFilter(InputEvent.ANY, activityFilter));
        watchMain(null);
        if (scene != null) {
            scene.windowProperty().removeListener(sceneWindowWatch);
        }
    }

    /** The main window (null when not shown). */
    Window window() {
        return window;
    }

    private void watchMain(Window w) {
        if (window != null) {
            window.showingProperty().removeListener(showingWatch);
            window.focusedProperty().removeListener(focusWatch);
        }
        window = w;
        if (window != null) {
            window.showingProperty().addListener(showingWatch);
            window.focusedProperty().addListener(focusWatch);
        }
    }

    private void windowsChanged(ListChangeListener.Change<? extends Window> c) {
        while (c.next()) {
            c.getRemoved().forEach(w -> w.removeEventFilter(InputEvent.ANY, activityFilter));
            c.getAddedSubList().forEach(this::watch);
        }
    }

    private void watch(Window w) {
        w.removeEventFilter(InputEvent.ANY, activityFilter);
        w.addEventFilter(InputEvent.ANY, activityFilter);
    }

    private void activity(InputEvent e) {
        if (locked.getAsBoolean() || !(e.getSource() instanceof Window w) || !ownedByMain(w)) {
            return;
        }
        if (e instanceof KeyEvent || e.getEventType() == MouseEvent.MOUSE_MOVED
                || e.getEventType() == MouseEvent.MOUSE_PRESSED || e.getEventType() == MouseEvent.MOUSE_DRAGGED
                || e instanceof ScrollEvent) {
            idle.touch();
        }
    }

    private boolean ownedByMain(Window w) {
        Window main = window;
        for (Window x = w; x != null; x = x instanceof Stage s ? s.getOwner()
                : x instanceof PopupWindow p ? p.getOwnerWindow() : null) {
            if (x == main) {
                return true;
            }
        }
        return false;
    }
}

package vn.motcua.desk.main;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The main window's keys, matched in one key filter on the scene before any control sees them: a focused list or
 * table (the side bar, a queue) takes F2 and the like for itself before accelerators run (decision 0008). Nothing
 * runs while the desk is locked.
 */
final class Shortcuts {
    private final Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
    private final BooleanSupplier locked;
    private final EventHandler<KeyEvent> filter = this::pressed;

    Shortcuts(BooleanSupplier locked) {
        this.locked = locked;
    }

    /** A function key. */
    Shortcuts key(KeyCode code, Runnable action) {
        keys.put(new KeyCodeCombination(code), action);
        return this;
    }

    /** Ctrl (⌘ on a Mac) with a key. */
    Shortcuts ctrl(KeyCode code, Runnable action) {
        keys.put(new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN), action);
        return this;
    }

    void attach(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, filter);
    }

    void detach(Scene scene) {
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
    }

    private void pressed(KeyEvent e) {
        if (locked.getAsBoolean()) {
            return;
        }
        for (var s : keys.entrySet()) {
            if (s.getKey().match(e)) {
                e.consume();
                s.getValue().run();
                return;
            }
        }
    }
}

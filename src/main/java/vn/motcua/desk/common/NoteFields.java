package vn.motcua.desk.common;

import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A note box behaves like the other fields for the keyboard: Tab (Shift+Tab) leaves it instead of typing a tab, and
 * Ctrl+Enter presses the dialog's confirm button (Enter still starts a new line).
 */
public final class NoteFields {
    private NoteFields() {
    }

    /** @param confirm the button Ctrl+Enter presses (null: none); it is pressed only while enabled */
    public static void install(TextArea area, Button confirm) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                // the text area's own binding: Ctrl+Tab moves the focus on, Ctrl+Shift+Tab back
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown() && confirm != null) {
                e.consume();
                if (!confirm.isDisabled()) {
                    confirm.fire();
                }
            }
        });
    }
}

package vn.motcua.desk.scan;

import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Types text into a scene the way a keyboard-wedge scanner does: for each character a key press, the typed character
 * and the release (Shift held for capitals and "|"), then Enter — each delivered to the control that has the focus
 * at that moment, like real keyboard input. Call on the JavaFX thread.
 */
public final class WedgeKeys {
    private WedgeKeys() {
    }

    /** The whole burst at once (a scanner types a character every few milliseconds), ending in Enter. */
    public static void burst(Scene scene, String text) {
        text.codePoints().forEach(cp -> type(scene, cp));
        key(scene, KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "\r", KeyCode.ENTER, false);
        key(scene, KeyEvent.KEY_TYPED, "\r", "", KeyCode.UNDEFINED, false);
        key(scene, KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "\r", KeyCode.ENTER, false);
    }

    /** One character: press, typed, release. */
    public static void type(Scene scene, int cp) {
        String c = new String(Character.toChars(cp));
        boolean shift = Character.isUpperCase(cp) || cp == '|';
        KeyCode code = cp < 128 && Character.isLetterOrDigit(cp)
                ? KeyCode.getKeyCode(c.toUpperCase(java.util.Locale.ROOT)) : cp == ' ' ? KeyCode.SPACE
                : KeyCode.UNDEFINED;
        if (code == null) {
            code = KeyCode.UNDEFINED;
        }
        key(scene, KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, c, code, shift);
        key(scene, KeyEvent.KEY_TYPED, c, "", KeyCode.UNDEFINED, shift);
        key(scene, KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, c, code, shift);
    }

    private static void key(Scene scene, javafx.event.EventType<KeyEvent> type, String character, String text,
                            KeyCode code, boolean shift) {
        Node focus = scene.getFocusOwner();
        EventTarget target = focus != null ? focus : scene;
        Event.fireEvent(target, new KeyEvent(target, target, type, character, text, code, shift, false, false,
                false));
    }
}

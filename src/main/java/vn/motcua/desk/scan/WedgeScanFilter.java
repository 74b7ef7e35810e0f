package vn.motcua.desk.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Recognises a keyboard-wedge scanner on a scene: a burst of keystrokes, each within {@code gap} of the previous one,
 * ending in Enter. While a burst may be under way its key events are held back (not delivered); when the burst turns
 * out to be a scan the {@link Predicate handler} accepts, the held keystrokes and the Enter are dropped, so nothing
 * lands in the focused control (no stray text, no button pressed by a space). Anything else (a person typing,
 * a burst the handler does not want) is delivered again, in order, to the control that has the focus, a few tens of
 * milliseconds late. Shortcuts (Ctrl/Alt/function keys), editing keys, mouse presses and input-method events first
 * deliver what is held, so order is kept.
 */
public final class WedgeScanFilter {
    /** Keystrokes of a USB scanner come every 1–10 ms; people rarely type two keys within 40 ms, never 12 in a row. */
    public static final Duration DEFAULT_GAP = Duration.millis(40);
    /** The shortest text taken as a scan (a dossier code has 25 characters, a card payload 40 or more). */
    public static final int MIN_LENGTH = 12;

    private final Scene scene;
    private final Predicate<String> handler;
    private final LongSupplier nanos;
    private final long gapNanos;
    private final List<KeyEvent> held = new ArrayList<>();
    private final StringBuilder typed = new StringBuilder();
    private final PauseTransition quiet;
    private final EventHandler<KeyEvent> keyFilter = this::key;
    private final EventHandler<MouseEvent> mouseFilter = e -> deliverHeld();
    private final EventHandler<InputMethodEvent> imeFilter = e -> deliverHeld();
    private final javafx.beans.value.ChangeListener<Node> focusMoved = (obs, old, now) -> deliverHeld();
    private long last;
    private boolean replaying;
    private boolean swallowEnter;
    /** Counts the held runs started, so a late delivery from the timer never cuts a newer run short. */
    private long heldRuns;

    private WedgeScanFilter(Scene scene, Predicate<String> handler, LongSupplier nanos, Duration gap) {
        this.scene = scene;
        this.handler = handler;
        this.nanos = nanos;
        this.gapNanos = (long) (gap.toMillis() * 1_000_000);
        this.quiet = new PauseTransition(gap);
        // not from inside the animation pulse: a held Space or Enter may press a button that opens a dialog, and
        // showAndWait is refused during animation processing (the action would fail silently)
        this.quiet.setOnFinished(e -> {
            long run = heldRuns;
            int size = held.size();
            Platform.runLater(() -> {
                if (run == heldRuns && size == held.size()) { // nothing held or delivered since the timer ran
                    deliverHeld();
                }
            });
        });
    }

    /**
     * Watches {@code scene} with the default timing.
     *
     * @param handler gets the text of each burst that ended in Enter; returns true when it used it as a scan
     */
    public static WedgeScanFilter install(Scene scene, Predicate<String> handler) {
        return install(scene, handler, System::nanoTime, DEFAULT_GAP);
    }

    /** Like {@link #install(Scene, Predicate)} with the clock and the longest gap inside a burst given (tests). */
    public static WedgeScanFilter install(Scene scene, Predicate<String> handler, LongSupplier nanos, Duration gap) {
        WedgeScanFilter f = new WedgeScanFilter(scene, handler, nanos, gap);
        scene.addEventFilter(KeyEvent.ANY, f.keyFilter);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, f.mouseFilter);
        scene.addEventFilter(InputMethodEvent.ANY, f.imeFilter);
        scene.focusOwnerProperty().addListener(f.focusMoved);
        return f;
    }

    /** Stops watching; anything held is delivered first. */
    public void uninstall() {
        deliverHeld();
        scene.removeEventFilter(KeyEvent.ANY, keyFilter);
        scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, mouseFilter);
        scene.removeEventFilter(InputMethodEvent.ANY, imeFilter);
        scene.focusOwnerProperty().removeListener(focusMoved);
    }

    /** Delivers at once what is held (before the window is locked or its controls disabled). */
    public void flush() {
        deliverHeld();
    }

    private void key(KeyEvent e) {
        if (replaying) {
            return;
        }
        if (swallowEnter && isEnter(e)) {
            e.consume();
            if (e.getEventType() == KeyEvent.KEY_RELEASED) {
                swallowEnter = false;
            }
            return;
        }
        long now = nanos.getAsLong();
        if (!held.isEmpty() && now - last > gapNanos) {
            deliverHeld(); // the burst ended by time before the quiet timer ran
        }
        if (e.getEventType() == KeyEvent.KEY_PRESSED && e.getCode() == KeyCode.ENTER && plainModifiers(e)) {
            if (!held.isEmpty() && typed.length() >= MIN_LENGTH && handler.test(typed.toString())) {
                e.consume();
                drop();
                swallowEnter = true;
                return;
            }
            deliverHeld();
            return;
        }
        if (!plain(e)) {
            deliverHeld();
            return;
        }
        if (e.getEventType() == KeyEvent.KEY_RELEASED && held.isEmpty()) {
            return; // the release of a key already delivered
        }
        if (held.isEmpty()) {
            heldRuns++;
        }
        held.add(e.copyFor(e.getSource(), e.getTarget()));
        e.consume();
        if (e.getEventType() == KeyEvent.KEY_TYPED) {
            typed.append(e.getCharacter());
            last = now;
        } else if (held.size() == 1) {
            last = now;
        }
        quiet.playFromStart();
    }

    private void drop() {
        quiet.stop();
        held.clear();
        typed.setLength(0);
    }

    /**
     * Delivers what is held, in order, to the control each key was typed into (nothing inside a held run moves the
     * focus: keys that do deliver first), or to the focus owner when that control has left the scene.
     */
    private void deliverHeld() {
        quiet.stop();
        if (held.isEmpty()) {
            return;
        }
        List<KeyEvent> events = new ArrayList<>(held);
        drop();
        replaying = true;
        try {
            for (KeyEvent k : events) {
                Node focus = scene.getFocusOwner();
                EventTarget target = k.getTarget() instanceof Node n && n.getScene() == scene ? n
                        : focus != null ? focus : scene;
                Event.fireEvent(target, k.copyFor(target, target));
            }
        } finally {
            replaying = false;
        }
    }

    private static boolean isEnter(KeyEvent e) {
        if (e.getEventType() == KeyEvent.KEY_TYPED) {
            return "\r".equals(e.getCharacter()) || "\n".equals(e.getCharacter());
        }
        return e.getCode() == KeyCode.ENTER;
    }

    private static boolean plainModifiers(KeyEvent e) {
        return !e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && !e.isShortcutDown();
    }

    /** A key a scanner types: printable characters and Shift; no shortcut, editing, navigation or function key. */
    private static boolean plain(KeyEvent e) {
        if (!plainModifiers(e)) {
            return false;
        }
        if (e.getEventType() == KeyEvent.KEY_TYPED) {
            String c = e.getCharacter();
            return !c.isEmpty() && c.codePoints().noneMatch(Character::isISOControl);
        }
        KeyCode code = e.getCode();
        return !(code.isFunctionKey() || code.isNavigationKey() || code.isArrowKey() || code == KeyCode.ESCAPE
                || code == KeyCode.TAB || code == KeyCode.BACK_SPACE || code == KeyCode.DELETE
                || code == KeyCode.INSERT || code == KeyCode.ENTER || code == KeyCode.CONTROL
                || code == KeyCode.ALT || code == KeyCode.META || code == KeyCode.WINDOWS);
    }
}

package vn.motcua.desk.common;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Short notices in the corner of the main window (ControlsFX {@link Notifications}): something was saved, the
 * connection to the central server came or went. They pass by themselves and never take the focus, so the clerk's
 * typing goes on; anything the clerk must answer stays a dialog ({@link Dialogs}).
 */
public final class Notices {
    /** How long a notice stays. */
    static final Duration SHOWN = Duration.seconds(5);

    /** What a notice says. */
    public enum Kind {
        /** Done as asked (saved, synced). */
        DONE,
        /** Worth knowing, nothing lost (offline, some changes set aside). */
        WARNING
    }

    private Notices() {
    }

    /** Shows {@code text} at the bottom right of {@code owner} (nothing when the window is gone). */
    public static void show(Window owner, Kind kind, String text) {
        if (owner == null || !owner.isShowing()) {
            return;
        }
        var icon = Icons.of(kind == Kind.DONE ? Material2AL.CHECK_CIRCLE : Material2MZ.WARNING);
        icon.getStyleClass().add(kind == Kind.DONE ? "notice-done" : "notice-warning");
        Notifications.create()
                .owner(owner)
                .text(text)
                .graphic(icon)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN)
                .styleClass("desk-notice")
                .show();
    }
}

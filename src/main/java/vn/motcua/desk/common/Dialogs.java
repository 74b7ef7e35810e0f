package vn.motcua.desk.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Message boxes with the desk's style and text size. */
public final class Dialogs {
    private Dialogs() {
    }

    public static void error(Window owner, Messages m, String message) {
        show(owner, Alert.AlertType.ERROR, m.t("dialog.error.title"), message, m);
    }

    public static void info(Window owner, Messages m, String title, String message) {
        show(owner, Alert.AlertType.INFORMATION, title, message, m);
    }

    private static void show(Window owner, Alert.AlertType type, String title, String message, Messages m) {
        Alert a = new Alert(type, "", ButtonType.OK);
        a.setTitle(title);
        a.setHeaderText(null);
        a.getDialogPane().setContent(messageLabel(message));
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(ButtonType.OK)).setText(m.t("button.ok"));
        prepare(a.getDialogPane(), owner);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.showAndWait();
    }

    /** One button of {@link #choose}: its text, the id tests look it up by, and its role in the button bar. */
    public record Choice(String text, String id, javafx.scene.control.ButtonBar.ButtonData role) {
    }

    /**
     * Asks a question with the given buttons ({@code defaultIndex} answers Enter, a {@code CANCEL_CLOSE} one answers
     * Esc and the window's close box); returns the index of the button pressed, or -1 when closed without one.
     */
    public static int choose(Window owner, String title, String message, String id, int defaultIndex,
                             Choice... choices) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.setTitle(title);
        a.setHeaderText(null);
        a.getDialogPane().setContent(messageLabel(message));
        a.getDialogPane().setId(id);
        java.util.List<ButtonType> types = new java.util.ArrayList<>();
        for (Choice c : choices) {
            types.add(new ButtonType(c.text(), c.role()));
        }
        a.getButtonTypes().setAll(types);
        for (int i = 0; i < choices.length; i++) {
            javafx.scene.control.Button b = (javafx.scene.control.Button) a.getDialogPane().lookupButton(types.get(i));
            b.setId(choices[i].id());
            b.setDefaultButton(i == defaultIndex);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        prepare(a.getDialogPane(), owner);
        if (owner != null) {
            a.initOwner(owner);
        }
        return a.showAndWait().map(types::indexOf).orElse(-1);
    }

    /** Asks before a destructive action: true when the clerk confirmed with {@code yes}. */
    public static boolean confirm(Window owner, Messages m, String message, String yes, String id) {
        // Enter keeps things as they are: only a deliberate click or Alt-key does the destructive action
        return choose(owner, m.t("dialog.confirm.title"), message, id, 1,
                new Choice(yes, id + "-yes", javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                new Choice(m.t("button.cancel"), id + "-no", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE))
                == 0;
    }

    private static Label messageLabel(String message) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().add("dialog-message");
        return text;
    }

    /** Gives a dialog the owner's stylesheets and text size. */
    public static void prepare(DialogPane pane, Window owner) {
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().setAll(owner.getScene().getStylesheets());
            String style = owner.getScene().getRoot().getStyle();
            pane.setStyle(style);
        }
        pane.setMinWidth(420);
        // 760 px at 100 % text, wider with the text (a dialog that does not widen at 200 % cuts its labels), never
        // wider than the window it belongs to
        double scale = textScale();
        double max = Math.max(760, 760 * scale);
        if (owner != null && owner.getWidth() > 0) {
            max = Math.max(420, Math.min(max, owner.getWidth() - 40));
        }
        maxWidth(pane, max);
        centreWhenShown(pane, owner);
    }

    /** The desk's text size now, 1 at 100 % (read from the icons' size, which follows it). */
    public static double textScale() {
        return Icons.sizeProperty().get() / 1.15 / Theme.BASE_FONT_PX;
    }

    /** {@link #centreOn} for the window this pane is (or will be) shown in. */
    private static void centreWhenShown(DialogPane pane, Window owner) {
        java.util.function.Consumer<javafx.scene.Scene> onScene = scene -> {
            if (scene.getWindow() != null) {
                centreOn(scene.getWindow(), owner);
            } else {
                scene.windowProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Window> obs, Window old,
                                        Window w) {
                        if (w != null) {
                            scene.windowProperty().removeListener(this);
                            centreOn(w, owner);
                        }
                    }
                });
            }
        };
        if (pane.getScene() != null) {
            onScene.accept(pane.getScene());
        } else {
            pane.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                                    javafx.scene.Scene old, javafx.scene.Scene scene) {
                    if (scene != null) {
                        pane.sceneProperty().removeListener(this);
                        onScene.accept(scene);
                    }
                }
            });
        }
    }

    /**
     * Keeps {@code window} centred on {@code owner} (its own owner when null), inside the owner's screen: when it
     * shows, and again when its size changes while it still stands where it was put (a dialog that grows with its
     * content after opening; one the clerk moved stays where the clerk put it). Every dialog of the desk goes
     * through here ({@link #prepare}), so they all open over the middle of the main window, whatever the platform's
     * window manager would have done.
     */
    public static void centreOn(Window window, Window owner) {
        double[] placed = {Double.NaN, Double.NaN};
        Runnable centre = () -> {
            Window on = owner != null ? owner : window instanceof javafx.stage.Stage s ? s.getOwner() : null;
            double w = window.getWidth();
            double h = window.getHeight();
            if (on == null || !on.isShowing() || !window.isShowing() || !(w > 0) || !(h > 0)) {
                return;
            }
            double cx = on.getX() + on.getWidth() / 2;
            double cy = on.getY() + on.getHeight() / 2;
            var screens = javafx.stage.Screen.getScreensForRectangle(cx, cy, 1, 1);
            javafx.geometry.Rectangle2D area = (screens.isEmpty() ? javafx.stage.Screen.getPrimary()
                    : screens.get(0)).getVisualBounds();
            if (h > area.getHeight()) {
                // taller than the screen (F1, backups at 200 % text on 768 px): as tall as the screen, the content
                // scrolls or its table gives way, and the buttons stay in reach
                h = area.getHeight();
                window.setHeight(h);
            }
            double x = Math.max(area.getMinX(), Math.min(cx - w / 2, area.getMaxX() - w));
            double y = Math.max(area.getMinY(), Math.min(cy - h / 2, area.getMaxY() - h));
            placed[0] = x;
            placed[1] = y;
            window.setX(x);
            window.setY(y);
        };
        window.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> centre.run());
        javafx.beans.value.ChangeListener<Number> resized = (obs, old, now) -> {
            if (window.isShowing() && (Double.isNaN(placed[0])
                    || (window.getX() == placed[0] && window.getY() == placed[1]))) {
                centre.run();
            }
        };
        window.widthProperty().addListener(resized);
        window.heightProperty().addListener(resized);
    }

    /**
     * The widest this dialog may grow, in px. Set inline: the theme's stylesheet caps every dialog pane at 600 px
     * ({@code .dialog-pane {-fx-max-width: 600px}}) and a plain {@code setMaxWidth} lost to it, so every dialog
     * opened 600 px wide whatever its content (the accounts table ran past its right edge, more so at 200 %).
     */
    public static void maxWidth(DialogPane pane, double px) {
        String style = pane.getStyle() == null ? "" : pane.getStyle().replaceAll("-fx-max-width:[^;]*;", "");
        pane.setStyle(style + (style.isEmpty() || style.endsWith(";") ? "" : ";") + "-fx-max-width: " + Math.round(px)
                + "px;");
        pane.setMaxWidth(px);
    }
}

package vn.motcua.desk.main;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import vn.motcua.desk.common.Messages;

/**
 * Locks every window of the desk at once, without closing any: the main window gets an opaque cover, every other
 * window (an open dialog, the counter screen) has its content hidden and disabled, and the password card opens in a
 * small application-modal window owned by the top-most modal dialog, so it stays above and is the only thing that
 * takes input. Nothing is closed, so whatever the clerk had typed — in the registration form or in a dialog — is
 * there again after unlocking, with the focus where it was. A window that opens while locked is hidden the same way
 * and the card moves above it.
 */
final class SessionLock {
    private record Hidden(Scene scene, Parent root, boolean visible, boolean disabled, javafx.scene.paint.Paint fill,
                          Focus focus) {
    }

    /** The colour of the cover, also given to hidden windows so that they blend into it. */
    private static final javafx.scene.paint.Color COVER = javafx.scene.paint.Color.web("#eef2f6");

    /** Where the focus was, with the caret and selection of a text field (focusing one again selects all of it). */
    private record Focus(Node node, int anchor, int caret) {
        static Focus of(Scene scene) {
            Node n = scene == null ? null : scene.getFocusOwner();
            return n instanceof TextInputControl t ? new Focus(n, t.getAnchor(), t.getCaretPosition())
                    : new Focus(n, -1, -1);
        }

        void restore() {
            if (node == null || node.getScene() == null) {
                return;
            }
            node.requestFocus();
            if (node instanceof TextInputControl t && anchor >= 0) {
                int length = t.getLength();
                Runnable select = () -> t.selectRange(Math.min(anchor, length), Math.min(caret, length));
                select.run();
                Platform.runLater(select);
            }
        }
    }

    private final StackPane mainRoot;
    private final Node frame;
    private final Messages m;
    private final Supplier<LockOverlay> cards;
    private final Map<Window, Hidden> hidden = new LinkedHashMap<>();
    private final ListChangeListener<Window> windows = this::windowsChanged;
    private boolean locked;
    private Node cover;
    private Focus mainFocus;
    private Stage cardStage;

    SessionLock(StackPane mainRoot, Node frame, Messages m, Supplier<LockOverlay> cards) {
        this.mainRoot = mainRoot;
        this.frame = frame;
        this.m = m;
        this.cards = cards;
    }

    /** The main window: the one showing {@code mainRoot}. */
    private Window main() {
        return mainRoot.getScene() == null ? null : mainRoot.getScene().getWindow();
    }

    boolean isLocked() {
        return locked;
    }

    /** The window holding the password card while locked (null otherwise). */
    Stage cardStage() {
        return cardStage;
    }

    void lock() {
        Window main = main();
        if (locked || main == null) {
            return;
        }
        locked = true;
        mainFocus = Focus.of(mainRoot.getScene());
        frame.setDisable(true);
        cover = LockOverlay.cover();
        mainRoot.getChildren().add(cover);
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w != main) {
                hide(w);
            }
        }
        Window.getWindows().addListener(windows);
        showCard();
    }

    /** Opens everything again as it was. */
    void unlock() {
        if (!locked) {
            return;
        }
        locked = false;
        Window.getWindows().removeListener(windows);
        closeCard();
        mainRoot.getChildren().remove(cover);
        cover = null;
        frame.setDisable(false);
        if (mainFocus != null) {
            mainFocus.restore();
        }
        mainFocus = null;
        List<Map.Entry<Window, Hidden>> all = new ArrayList<>(hidden.entrySet());
        hidden.clear();
        for (Map.Entry<Window, Hidden> e : all) {
            show(e.getValue());
        }
    }

    /** Unlocks and closes every other window (their unsaved input is given up: the session ends). */
    void endSession() {
        List<Window> others = new ArrayList<>(hidden.keySet());
        unlock();
        for (Window w : others) {
            if (w.isShowing()) {
                w.hide();
            }
        }
    }

    private void hide(Window w) {
        if (hidden.containsKey(w) || w.getScene() == null || belongsToCard(w)) {
            return;
        }
        Scene scene = w.getScene();
        Parent root = scene.getRoot();
        hidden.put(w, new Hidden(scene, root, root.isVisible(), root.isDisable(), scene.getFill(), Focus.of(scene)));
        root.setDisable(true);
        root.setVisible(false);
        scene.setFill(COVER);
    }

    /** The card's window and its own pop-ups stay as they are. */
    private boolean belongsToCard(Window w) {
        for (Window x = w; x != null; x = x instanceof Stage s ? s.getOwner()
                : x instanceof javafx.stage.PopupWindow p ? p.getOwnerWindow() : null) {
            if (x == cardStage) {
                return true;
            }
        }
        return false;
    }

    private static void show(Hidden h) {
        h.root().setVisible(h.visible());
        h.root().setDisable(h.disabled());
        h.scene().setFill(h.fill());
        h.focus().restore();
    }

    private void windowsChanged(ListChangeListener.Change<? extends Window> c) {
        boolean moveCard = false;
        while (c.next()) {
            for (Window w : c.getRemoved()) {
                Hidden h = hidden.remove(w);
                if (h != null) {
                    show(h); // a window closed by its own code while locked: leave it usable if it is shown again
                }
            }
            for (Window w : c.getAddedSubList()) {
                if (w != main() && !belongsToCard(w)) {
                    hide(w);
                    moveCard |= isModal(w);
                }
            }
        }
        if (moveCard) {
            // a modal window opened above the card would block it: open the card again above that window
            Platform.runLater(() -> {
                if (locked) {
                    closeCard();
                    showCard();
                }
            });
        }
    }

    private static boolean isModal(Window w) {
        return w instanceof Stage s && s.getModality() != Modality.NONE;
    }

    /** The window the card belongs to: the modal window shown last, or the main window. */
    private Window topmost() {
        List<Window> all = Window.getWindows();
        for (int i = all.size() - 1; i >= 0; i--) {
            Window w = all.get(i);
            if (w != cardStage && w.isShowing() && isModal(w)) {
                return w;
            }
        }
        return main();
    }

    private void showCard() {
        Window main = main();
        if (!locked || main == null || !main.isShowing()) {
            return;
        }
        LockOverlay card = cards.get();
        StackPane root = new StackPane(card.card());
        root.setPadding(new Insets(18));
        root.getStyleClass().add("lock-window");
        root.setStyle(mainRoot.getStyle()); // the text size
        Scene scene = new Scene(root);
        if (main.getScene() != null) {
            scene.getStylesheets().setAll(main.getScene().getStylesheets());
        }
        Stage stage = new Stage(StageStyle.UNDECORATED);
        stage.initOwner(topmost());
        stage.initModality(Modality.APPLICATION_MODAL);
        stage.setTitle(m.t("lock.title"));
        stage.setScene(scene);
        stage.setOnCloseRequest(javafx.event.Event::consume); // only the password or signing out ends the lock
        stage.setOnShown(e -> {
            stage.setX(main.getX() + Math.max(0, (main.getWidth() - stage.getWidth()) / 2));
            stage.setY(main.getY() + Math.max(0, (main.getHeight() - stage.getHeight()) / 2));
        });
        stage.setOnHidden(e -> {
            if (cardStage == stage) {
                // hidden from outside (its owner closed): the desk must stay locked, so the card comes back
                cardStage = null;
                Platform.runLater(this::showCard);
            }
        });
        cardStage = stage;
        stage.show();
        card.focus();
    }

    private void closeCard() {
        Stage s = cardStage;
        cardStage = null;
        if (s != null) {
            s.hide();
        }
    }
}

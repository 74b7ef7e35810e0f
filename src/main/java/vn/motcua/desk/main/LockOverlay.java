package vn.motcua.desk.main;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Icons;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Actor;
import vn.motcua.service.AccountService;

/**
 * The two faces of the idle lock: the opaque cover laid over the main window (nothing of the work behind it shows),
 * and the card that asks for the signed-in user's password — or ends the session so that another user signs in.
 * A wrong password goes through {@link AccountService#signIn}, so it counts toward the account's lock-out.
 */
final class LockOverlay {
    private final VBox card;
    private final PasswordField password = new PasswordField();

    LockOverlay(Messages m, Actor actor, AccountService accounts, TaskExecutor tasks, Runnable onUnlocked,
                Runnable onSignOut) {
        Label title = new Label(m.t("lock.title"), Icons.of(Material2AL.LOCK));
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        Label hint = new Label(m.t("lock.hint", actor.fullName(), actor.username()));
        hint.setWrapText(true);
        Label kept = new Label(m.t("lock.kept"));
        kept.setWrapText(true);
        kept.getStyleClass().add("text-muted");
        Label error = new Label();
        error.setId("lock-error");
        error.getStyleClass().add("danger-text");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        password.setId("lock-password");
        password.setPromptText(m.t("lock.password"));
        Button unlock = new Button(m.t("lock.unlock"));
        unlock.setId("lock-unlock");
        unlock.getStyleClass().add("accent");
        unlock.setDefaultButton(true);
        Button signOut = new Button(m.t("lock.switchUser"));
        signOut.setId("lock-signout");
        signOut.getStyleClass().add("flat");
        Label signOutHint = new Label(m.t("lock.switchUser.hint", actor.fullName()));
        signOutHint.setWrapText(true);
        signOutHint.getStyleClass().addAll("text-muted", "text-small");
        Runnable attempt = () -> {
            if (unlock.isDisabled()) {
                return;
            }
            String pw = password.getText();
            unlock.setDisable(true);
            error.setText("");
            BackgroundTask.wrap(() -> accounts.signIn(actor.username(), pw))
                    .onSuccess(r -> {
                        if (r instanceof AccountService.SignIn.Success) {
                            password.clear();
                            onUnlocked.run();
                        } else if (r instanceof AccountService.SignIn.Refused refused) {
                            password.clear();
                            error.setText(m.msg(refused.msg()));
                            password.requestFocus();
                        }
                    })
                    .onFailure(e -> error.setText(ErrorMessages.of(e, m)))
                    .onFinished(() -> unlock.setDisable(false))
                    .executeWith(tasks);
        };
        unlock.setOnAction(e -> attempt.run());
        password.setOnAction(e -> attempt.run());
        signOut.setOnAction(e -> onSignOut.run());
        unlock.setMinWidth(Region.USE_PREF_SIZE);
        signOut.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(10, 8, unlock, signOut); // side by side, one under the other at large text
        buttons.setAlignment(Pos.CENTER_LEFT);
        card = new VBox(10, title, hint, kept, password, error, buttons, signOutHint);
        card.getStyleClass().addAll("card", "login-card");
        card.setId("lock-card");
        card.getStyleClass().add("lock-card"); // its width is in em: it grows with the text size
        card.setMaxHeight(VBox.USE_PREF_SIZE);
    }

    /** The password card (shown in the lock's own window, above every other window of the desk). */
    VBox card() {
        return card;
    }

    /** The cover of the main window while it is locked: opaque and plain (the card says what happened). */
    static StackPane cover() {
        StackPane cover = new StackPane();
        cover.getStyleClass().add("lock-cover");
        cover.setId("lock-cover");
        return cover;
    }

    void focus() {
        Platform.runLater(password::requestFocus);
    }
}

package vn.motcua.desk.main;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
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

/** Covers the window after idle time: only the signed-in user's password (or signing out) opens it again. */
final class LockOverlay {
    private final StackPane root = new StackPane();
    private final PasswordField password = new PasswordField();

    LockOverlay(Messages m, Actor actor, AccountService accounts, TaskExecutor tasks, Runnable onUnlocked,
                Runnable onSignOut) {
        root.getStyleClass().add("lock-overlay");
        Label title = new Label(m.t("lock.title"), Icons.of(Material2AL.LOCK));
        title.getStyleClass().add("title-3");
        Label hint = new Label(m.t("lock.hint", actor.fullName(), actor.username()));
        hint.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add("danger-text");
        error.setWrapText(true);
        password.setId("lock-password");
        Button unlock = new Button(m.t("lock.unlock"));
        unlock.setId("lock-unlock");
        unlock.getStyleClass().add("accent");
        unlock.setDefaultButton(true);
        Button signOut = new Button(m.t("main.signOut"));
        Runnable attempt = () -> {
            String pw = password.getText();
            unlock.setDisable(true);
            BackgroundTask.wrap(() -> accounts.signIn(actor.username(), pw))
                    .onSuccess(r -> {
                        if (r instanceof AccountService.SignIn.Success) {
                            onUnlocked.run();
                        } else if (r instanceof AccountService.SignIn.Refused refused) {
                            password.clear();
                            error.setText(refused.messageVi());
                        }
                    })
                    .onFailure(e -> error.setText(ErrorMessages.of(e, m)))
                    .onFinished(() -> unlock.setDisable(false))
                    .executeWith(tasks);
        };
        unlock.setOnAction(e -> attempt.run());
        password.setOnAction(e -> attempt.run());
        signOut.setOnAction(e -> onSignOut.run());
        HBox buttons = new HBox(10, unlock, signOut);
        VBox card = new VBox(10, title, hint, password, error, buttons);
        card.getStyleClass().addAll("card", "login-card");
        card.setMaxWidth(420);
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.CENTER);
        root.getChildren().add(card);
    }

    StackPane root() {
        return root;
    }

    void focus() {
        Platform.runLater(password::requestFocus);
    }
}

package vn.motcua.desk.login;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Actor;
import vn.motcua.service.AccountService;

/** Sign-in: user name and password, checked by {@link AccountService#signIn} (with its lock-out) off the FX thread. */
public final class LoginViewModel {
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canSignIn;
    private final AccountService accounts;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final Consumer<Actor> onSignedIn;

    public LoginViewModel(AccountService accounts, TaskExecutor tasks, Messages messages, Consumer<Actor> onSignedIn) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
        this.onSignedIn = onSignedIn;
        this.canSignIn = Bindings.createBooleanBinding(() -> !username.get().isBlank() && !password.get().isEmpty()
                && !busy.get(), username, password, busy);
    }

    public void signIn() {
        if (!canSignIn.get()) {
            message.set(messages.t("login.missing"));
            return;
        }
        busy.set(true);
        message.set("");
        String user = username.get().trim();
        String pw = password.get();
        BackgroundTask.wrap(() -> accounts.signIn(user, pw))
                .onSuccess(result -> {
                    if (result instanceof AccountService.SignIn.Success s) {
                        password.set("");
                        onSignedIn.accept(s.actor());
                    } else if (result instanceof AccountService.SignIn.Refused r) {
                        password.set("");
                        message.set(r.messageVi());
                    }
                })
                .onFailure(e -> message.set(ErrorMessages.of(e, messages)))
                .onFinished(() -> busy.set(false))
                .executeWith(tasks);
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }
}

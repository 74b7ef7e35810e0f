package vn.motcua.desk.login;

import java.util.concurrent.CompletionStage;
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
    private final BooleanProperty checking = new SimpleBooleanProperty(false);
    private final CompletionStage<Boolean> dataChecked;

    public LoginViewModel(AccountService accounts, TaskExecutor tasks, Messages messages, Consumer<Actor> onSignedIn) {
        this(accounts, tasks, messages, onSignedIn, null);
    }

    /**
     * @param dataChecked the database's start-up check when it runs while the clerk types (issue 18, decision
     *                    0039): a sign-in waits for it and goes ahead when it completes with true; with false (the
     *                    data is damaged: the launcher replaces this window with the recovery screen) or an error it
     *                    never goes ahead. Null: the data was checked before this screen.
     */
    public LoginViewModel(AccountService accounts, TaskExecutor tasks, Messages messages, Consumer<Actor> onSignedIn,
                          CompletionStage<Boolean> dataChecked) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
        this.onSignedIn = onSignedIn;
        this.dataChecked = dataChecked;
        this.canSignIn = Bindings.createBooleanBinding(() -> !username.get().isBlank() && !password.get().isEmpty()
                && !busy.get(), username, password, busy);
    }

    public void signIn() {
        if (checking.get()) {
            return; // already waiting for the data check with what was typed (Enter pressed again)
        }
        if (!canSignIn.get()) {
            message.set(messages.t("login.missing"));
            return;
        }
        busy.set(true);
        String user = username.get().trim();
        String pw = password.get();
        var check = dataChecked == null ? null : dataChecked.toCompletableFuture();
        if (check != null && !(check.isDone() && !check.isCompletedExceptionally() && Boolean.TRUE.equals(
                check.getNow(false)))) {
            // the clerk was faster than the start-up check: a quiet note, then the sign-in as typed once it is done
            checking.set(true);
            message.set(messages.t("login.checking"));
            BackgroundTask.wrap(check::get)
                    .onSuccess(ok -> {
                        if (Boolean.TRUE.equals(ok)) {
                            checking.set(false);
                            submit(user, pw);
                        }
                    })
                    .onFailure(e -> {
                        checking.set(false);
                        busy.set(false);
                        message.set(ErrorMessages.of(e, messages));
                    })
                    .executeWith(tasks);
            return;
        }
        submit(user, pw);
    }

    private void submit(String user, String pw) {
        busy.set(true);
        message.set("");
        BackgroundTask.wrap(() -> accounts.signIn(user, pw))
                .onSuccess(result -> {
                    if (result instanceof AccountService.SignIn.Success s) {
                        password.set("");
                        onSignedIn.accept(s.actor());
                    } else if (result instanceof AccountService.SignIn.Refused r) {
                        password.set("");
                        message.set(messages.msg(r.msg()));
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

    /** True while a sign-in waits for the start-up check of the data (the message is a note, not a refusal). */
    public BooleanProperty checkingProperty() {
        return checking;
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }
}

package vn.motcua.desk.users;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.service.AccountService;
import vn.motcua.store.UserAccount;

/**
 * The accounts screen's state: the accounts, the one selected, whether it can be edited here (not a province-managed
 * one), the last error. Every change runs on the background executor and reloads the list; the service checks roles.
 */
public final class UsersViewModel {
    /** A new account as the administrator typed it. */
    public record NewUser(String username, String fullName, String title, Role role, String password) {
    }

    private final AccountService accounts;
    private final Actor admin;
    private final TaskExecutor tasks;
    private final Messages m;
    private final ObservableList<UserAccount> users = FXCollections.observableArrayList();
    private final ObjectProperty<UserAccount> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper provinceSelected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public UsersViewModel(AccountService accounts, Actor admin, TaskExecutor tasks, Messages m) {
        this.accounts = accounts;
        this.admin = admin;
        this.tasks = tasks;
        this.m = m;
        selected.addListener((obs, old, u) -> provinceSelected.set(u != null && u.provinceManaged()));
    }

    /** The accounts, as last loaded (read-only to the view). */
    public ObservableList<UserAccount> users() {
        return FXCollections.unmodifiableObservableList(users);
    }

    /** The account the table has selected (the view binds its selection here). */
    public ObjectProperty<UserAccount> selectedProperty() {
        return selected;
    }

    /** True when the selected account is managed by the province: nothing about it is edited at the desk. */
    public ReadOnlyBooleanProperty provinceSelectedProperty() {
        return provinceSelected.getReadOnlyProperty();
    }

    /** The last failure in the administrator's language; empty after a success. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void load() {
        BackgroundTask.wrap(accounts::list)
                .onSuccess(list -> {
                    String keep = selected.get() == null ? null : selected.get().username();
                    users.setAll(list);
                    selected.set(keep == null ? null
                            : list.stream().filter(u -> u.username().equals(keep)).findFirst().orElse(null));
                })
                .onFailure(e -> error.set(ErrorMessages.of(e, m)))
                .executeWith(tasks);
    }

    public void create(NewUser n) {
        run(() -> accounts.create(admin, n.username().strip(), n.fullName(), n.title(), "", n.role(), n.password()));
    }

    /** Sets a new password for the selected account. */
    public void resetPassword(String password) {
        UserAccount u = selected.get();
        if (u != null) {
            run(() -> accounts.resetPassword(admin, u.username(), password));
        }
    }

    /** Disables the selected account, or enables it again. */
    public void toggleActive() {
        UserAccount u = selected.get();
        if (u != null) {
            run(() -> accounts.setActive(admin, u.username(), !u.active()));
        }
    }

    public void setRole(Role role) {
        UserAccount u = selected.get();
        if (u != null && role != null) {
            run(() -> accounts.setRole(admin, u.username(), role));
        }
    }

    /** "Đang hoạt động", "Đã khoá", "Tạm khoá đến …" for an account. */
    public String state(UserAccount u) {
        return !u.active() ? m.t("users.state.disabled")
                : u.lockedUntil() != null ? m.t("users.state.locked", vn.motcua.desk.common.Formats.dateTime(
                u.lockedUntil())) : m.t("users.state.active");
    }

    private void run(Runnable work) {
        BackgroundTask.wrapRunnable(work)
                .onSuccess(v -> {
                    error.set("");
                    load();
                })
                .onFailure(e -> error.set(ErrorMessages.of(e, m)))
                .executeWith(tasks);
    }
}

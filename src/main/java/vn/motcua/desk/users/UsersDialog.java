package vn.motcua.desk.users;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.service.AccountService;
import vn.motcua.store.UserAccount;

/**
 * Người dùng (administrators): accounts, roles, enabling and disabling, password resets. The service checks roles.
 * Accounts the province manages ("Do tỉnh quản lý", they come down by sync) are listed but cannot be edited here.
 */
public final class UsersDialog {
    private UsersDialog() {
    }

    public static void show(Window owner, Messages m, AccountService accounts, Actor admin, TaskExecutor tasks) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.t("users.title"));
        dialog.setHeaderText(null);
        ButtonType close = new ButtonType(m.t("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        Dialogs.prepare(dialog.getDialogPane(), owner);
        dialog.setResizable(true);

        UsersViewModel vm = new UsersViewModel(accounts, admin, tasks, m);
        TableView<UserAccount> table = new TableView<>(vm.users());
        table.setId("users-table");
        table.setPrefSize(920, 320);
        table.getColumns().add(column(m.t("users.username"), UserAccount::username));
        table.getColumns().add(column(m.t("users.fullName"), UserAccount::fullName));
        table.getColumns().add(column(m.t("users.role"), u -> m.of("role", u.role())));
        table.getColumns().add(column(m.t("users.state"), vm::state));
        table.getColumns().add(column(m.t("users.source"), u -> u.provinceManaged() ? m.t("users.source.province")
                : m.t("users.source.local")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // widths in em, so they grow with the text size: headers and names are not cut to "…" at 200 %
        double[] ems = {9, 13, 11, 13, 11};
        double em = vn.motcua.desk.common.Icons.sizeProperty().get() / 1.15;
        for (int i = 0; i < ems.length; i++) {
            table.getColumns().get(i).setMinWidth(ems[i] * em);
        }
        double wanted = java.util.Arrays.stream(ems).sum() * em + 4 * em;
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, u) -> vm.selectedProperty().set(u));
        vm.selectedProperty().addListener((obs, old, u) -> {
            if (table.getSelectionModel().getSelectedItem() != u) {
                table.getSelectionModel().select(u);
            }
        });
        Label error = new Label();
        error.setId("users-error");
        error.getStyleClass().add("danger-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());

        Button add = new Button(m.t("users.add"));
        add.setId("users-add");
        add.setOnAction(e -> askNewUser(dialog.getDialogPane().getScene().getWindow(), m).ifPresent(vm::create));
        Button reset = new Button(m.t("users.resetPassword"));
        reset.setId("users-reset");
        reset.setOnAction(e -> selected(table).ifPresent(u -> askPassword(dialog.getDialogPane().getScene()
                .getWindow(), m, u.username()).ifPresent(vm::resetPassword)));
        Button toggle = new Button(m.t("users.toggle"));
        toggle.setId("users-toggle");
        toggle.setOnAction(e -> vm.toggleActive());
        ComboBox<Role> role = new ComboBox<>();
        role.setId("users-role");
        role.getItems().setAll(Role.values());
        role.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Role r) {
                return r == null ? "" : m.of("role", r);
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        role.setPromptText(m.t("users.setRole"));
        role.setOnAction(e -> {
            Role r = role.getValue();
            if (r != null) {
                vm.setRole(r);
                javafx.application.Platform.runLater(() -> role.setValue(null));
            }
        });
        // A province-managed account is read-only here: say so and offer no edit for it.
        Label provinceNote = new Label(m.t("users.provinceNote"));
        provinceNote.getStyleClass().add("text-muted");
        provinceNote.setWrapText(true);
        provinceNote.setVisible(false);
        provinceNote.managedProperty().bind(provinceNote.visibleProperty());
        reset.disableProperty().bind(vm.provinceSelectedProperty());
        toggle.disableProperty().bind(vm.provinceSelectedProperty());
        role.disableProperty().bind(vm.provinceSelectedProperty());
        provinceNote.visibleProperty().bind(vm.provinceSelectedProperty());
        // the buttons wrap to a second line at large text instead of being cut to "…"
        FlowPane buttons = new FlowPane(8, 8, add, reset, toggle, role);
        for (var b : java.util.List.of(add, reset, toggle, role)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        VBox content = new VBox(10, table, buttons, provinceNote, error);
        // a margin of its own on both sides: the table's edges never touch the dialog's
        content.setPadding(new javafx.geometry.Insets(0, em, 0, em));
        dialog.getDialogPane().setContent(content);
        vm.load();
        // The dialog does not grow to the table's preferred width by itself (it opened 600 px wide, the fifth column
        // out of sight): its pane asks for the five columns plus the margins, never wider than the main window.
        double width = wanted + 4 * em;
        if (owner != null && owner.getWidth() > 0) {
            width = Math.min(width, owner.getWidth() - 40);
        }
        table.setPrefWidth(width - 4 * em);
        Dialogs.maxWidth(dialog.getDialogPane(), Math.max(width, dialog.getDialogPane().getMaxWidth()));
        dialog.getDialogPane().setPrefWidth(width);
        dialog.showAndWait();
    }

    private static Optional<UserAccount> selected(TableView<UserAccount> table) {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private static TableColumn<UserAccount, String> column(String title,
                                                           java.util.function.Function<UserAccount, String> value) {
        TableColumn<UserAccount, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private static Optional<UsersViewModel.NewUser> askNewUser(Window owner, Messages m) {
        Dialog<UsersViewModel.NewUser> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.t("users.add"));
        ButtonType ok = new ButtonType(m.t("button.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(m.t("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.prepare(d.getDialogPane(), owner);
        TextField username = new TextField();
        TextField fullName = new TextField();
        TextField title = new TextField();
        ComboBox<Role> role = new ComboBox<>();
        role.getItems().setAll(Role.values());
        role.setValue(Role.CLERK);
        role.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Role r) {
                return r == null ? "" : m.of("role", r);
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        PasswordField password = new PasswordField();
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(8);
        g.addRow(0, new Label(m.t("users.username")), username);
        g.addRow(1, new Label(m.t("users.fullName")), fullName);
        g.addRow(2, new Label(m.t("users.jobTitle")), title);
        g.addRow(3, new Label(m.t("users.role")), role);
        g.addRow(4, new Label(m.t("users.password")), password);
        d.getDialogPane().setContent(g);
        d.setResultConverter(b -> b == ok ? new UsersViewModel.NewUser(username.getText().trim(), fullName.getText(),
                title.getText(), role.getValue(), password.getText()) : null);
        return d.showAndWait();
    }

    private static Optional<String> askPassword(Window owner, Messages m, String username) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.t("users.resetPassword"));
        d.setHeaderText(m.t("users.resetPassword.header", username));
        ButtonType ok = new ButtonType(m.t("button.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(m.t("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.prepare(d.getDialogPane(), owner);
        PasswordField pw = new PasswordField();
        d.getDialogPane().setContent(new VBox(8, new Label(m.t("users.password")), pw));
        d.setResultConverter(b -> b == ok ? pw.getText() : null);
        return d.showAndWait();
    }
}

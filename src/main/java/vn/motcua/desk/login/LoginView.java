package vn.motcua.desk.login;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import vn.motcua.desk.common.FxmlView;
import vn.motcua.desk.common.Messages;

/** The sign-in card. */
public final class LoginView {
    @FXML private Label officeLabel;
    @FXML private TextField usernameField;
    @FXML private PasswordField passwordField;
    @FXML private Label messageLabel;
    @FXML private Button signInButton;
    @FXML private ProgressIndicator busyIndicator;

    private final LoginViewModel viewModel;
    private final StackPane root;

    public LoginView(LoginViewModel viewModel, Messages messages, String officeName, String username) {
        this.viewModel = viewModel;
        this.root = FxmlView.load(this, "LoginView.fxml", messages);
        officeLabel.setText(officeName == null ? "" : officeName);
        usernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        busyIndicator.managedProperty().bind(busyIndicator.visibleProperty());
        signInButton.disableProperty().bind(viewModel.busyProperty());
        if (username != null) {
            viewModel.usernameProperty().set(username);
        }
        Platform.runLater(() -> (viewModel.usernameProperty().get().isBlank() ? usernameField : passwordField)
                .requestFocus());
    }

    @FXML
    private void signIn() {
        viewModel.signIn();
    }

    public StackPane root() {
        return root;
    }
}

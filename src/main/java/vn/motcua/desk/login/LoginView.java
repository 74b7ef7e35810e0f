package vn.motcua.desk.login;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.motcua.desk.common.Messages;

/**
 * The sign-in card. Built in code rather than FXML: it is the desk's first screen, and the FXML loader (its classes,
 * the XML parser, reflection over the controller) is the largest single piece of work on the path to the first frame
 * that the screen itself does not need (issue 18, decision 0026). The other screens keep their FXML.
 */
public final class LoginView {
    private final Label officeLabel = new Label();
    private final TextField usernameField = new TextField();
    private final PasswordField passwordField = new PasswordField();
    private final Label messageLabel = new Label();
    private final Button signInButton = new Button();
    private final ProgressIndicator busyIndicator = new ProgressIndicator();

    private final LoginViewModel viewModel;
    private final StackPane root;

    public LoginView(LoginViewModel viewModel, Messages messages, String officeName, String username) {
        this.viewModel = viewModel;
        this.root = build(messages);
        officeLabel.setText(officeName == null ? "" : officeName);
        usernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        busyIndicator.managedProperty().bind(busyIndicator.visibleProperty());
        signInButton.disableProperty().bind(viewModel.busyProperty());
        // "checking the data" is a quiet note, not a refusal: muted instead of the danger colour while it shows
        viewModel.checkingProperty().addListener((o, was, checking) -> {
            messageLabel.getStyleClass().removeAll("danger-text", "text-muted");
            messageLabel.getStyleClass().add(checking ? "text-muted" : "danger-text");
        });
        if (username != null) {
            viewModel.usernameProperty().set(username);
        }
        Platform.runLater(() -> (viewModel.usernameProperty().get().isBlank() ? usernameField : passwordField)
                .requestFocus());
    }

    /**
     * The backdrop and the card: title, office, user name, password, the refusal, the button with the busy
     * indicator beside it (style classes and ids as the stylesheet and the UI tests know them).
     */
    private StackPane build(Messages m) {
        Label title = label(m.t("app.title"), "title-2");
        title.setWrapText(true);
        officeLabel.getStyleClass().add("text-muted");
        officeLabel.setWrapText(true);
        Label userLabel = label(m.t("login.username"), "field-label");
        VBox.setMargin(userLabel, new Insets(10, 0, 0, 0));
        usernameField.setId("login-username");
        usernameField.setPromptText(m.t("login.username.prompt"));
        passwordField.setId("login-password");
        passwordField.setOnAction(e -> signIn());
        messageLabel.setId("login-message");
        messageLabel.getStyleClass().add("danger-text");
        messageLabel.setWrapText(true);
        signInButton.setId("login-submit");
        signInButton.setText(m.t("login.submit"));
        signInButton.setDefaultButton(true);
        signInButton.setOnAction(e -> signIn());
        signInButton.getStyleClass().add("accent");
        signInButton.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(signInButton, Priority.ALWAYS);
        busyIndicator.setPrefSize(22, 22);
        HBox actions = new HBox(10, signInButton, busyIndicator);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox.setMargin(actions, new Insets(8, 0, 0, 0));
        VBox card = new VBox(10, title, officeLabel, userLabel, usernameField,
                label(m.t("login.password"), "field-label"), passwordField, messageLabel, actions);
        card.getStyleClass().addAll("card", "login-card");
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane backdrop = new StackPane(card);
        backdrop.getStyleClass().add("login-backdrop");
        return backdrop;
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        return l;
    }

    private void signIn() {
        viewModel.signIn();
    }

    public StackPane root() {
        return root;
    }
}

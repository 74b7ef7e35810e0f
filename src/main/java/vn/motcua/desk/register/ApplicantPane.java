package vn.motcua.desk.register;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.motcua.desk.common.FxmlView;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.ResponsiveGrid;
import vn.motcua.domain.citizen.PersonNames;
import vn.motcua.domain.citizen.Sex;

/**
 * Section 2 of the registration form: what the last card scan said, the applicant's fields with a reserved line for
 * each one's message, the returning-citizen recall, and the submitter when someone else hands the papers in.
 */
final class ApplicantPane {
    @FXML private VBox cardBox;
    @FXML private Label cardMessageLabel;
    @FXML private Label cardWarningsLabel;
    @FXML private GridPane applicantGrid;
    @FXML private TextField idField;
    @FXML private TextField nameField;
    @FXML private TextField birthField;
    @FXML private TextField phoneField;
    @FXML private TextField emailField;
    @FXML private TextField addressField;
    @FXML private Label idError;
    @FXML private Label nameError;
    @FXML private Label birthError;
    @FXML private Label phoneError;
    @FXML private Label emailError;
    @FXML private Label addressError;
    @FXML private Label addressFlagLabel;
    @FXML private ComboBox<Sex> sexBox;
    @FXML private TextField otherIdField;
    @FXML private Label otherIdError;
    @FXML private Label idWarningLabel;
    @FXML private Label recallLabel;
    @FXML private CheckBox submitterCheck;
    @FXML private GridPane submitterGrid;
    @FXML private TextField submitterNameField;
    @FXML private TextField submitterIdField;
    @FXML private TextField submitterPhoneField;
    @FXML private Label submitterNameError;
    @FXML private Label submitterIdError;
    @FXML private Label submitterPhoneError;

    private final VBox root;

    ApplicantPane(RegisterViewModel vm, Messages m) {
        this.root = FxmlView.load(this, "ApplicantPane.fxml", m);
        ApplicantSection a = vm.applicant();
        FormBits.bindField(idField, a.idNumberProperty(), idError, vm.error(RegisterViewModel.ID));
        FormBits.bindField(nameField, a.fullNameProperty(), nameError, vm.error(RegisterViewModel.NAME));
        FormBits.bindField(birthField, a.birthDateProperty(), birthError, vm.error(RegisterViewModel.BIRTH));
        FormBits.bindField(phoneField, a.phoneProperty(), phoneError, vm.error(RegisterViewModel.PHONE));
        FormBits.bindField(emailField, a.emailProperty(), emailError, vm.error(RegisterViewModel.EMAIL));
        FormBits.bindField(addressField, a.addressProperty(), addressError, vm.error(RegisterViewModel.ADDRESS));
        FormBits.bindField(otherIdField, a.otherIdProperty(), otherIdError, vm.error(RegisterViewModel.OTHER_ID));
        FormBits.bindField(submitterNameField, a.submitterNameProperty(), submitterNameError,
                vm.error(RegisterViewModel.SUB_NAME));
        FormBits.bindField(submitterIdField, a.submitterIdProperty(), submitterIdError,
                vm.error(RegisterViewModel.SUB_ID));
        FormBits.bindField(submitterPhoneField, a.submitterPhoneProperty(), submitterPhoneError,
                vm.error(RegisterViewModel.SUB_PHONE));
        FormBits.showWhenText(idWarningLabel, vm.idWarningProperty());
        FormBits.showWhenText(recallLabel, a.recallMessageProperty());
        sexBox.getItems().setAll(Sex.values());
        sexBox.setConverter(FormBits.enumConverter(m, "sex"));
        sexBox.valueProperty().bindBidirectional(a.sexProperty());
        setUpCard(a.card());
        nameField.focusedProperty().addListener((obs, was, now) -> {
            String proper = now ? null : PersonNames.normalize(nameField.getText());
            if (proper != null && !proper.equals(nameField.getText())) {
                nameField.setText(proper);
            }
        });
        submitterCheck.selectedProperty().bindBidirectional(a.submitterDifferentProperty());
        submitterGrid.visibleProperty().bind(a.submitterDifferentProperty());
        submitterGrid.managedProperty().bind(submitterGrid.visibleProperty());
        ResponsiveGrid.foldBelow(applicantGrid, 48);
        ResponsiveGrid.foldBelow(submitterGrid, 48);
    }

    /** What the last scan said; the address flagged while it comes from a card older than the 2025 reorganisation. */
    private void setUpCard(CardFill card) {
        FormBits.showWhenText(cardMessageLabel, card.messageProperty());
        FormBits.showWhenText(cardWarningsLabel, card.warningsProperty());
        FormBits.showWhenText(addressFlagLabel, card.addressFlagProperty());
        cardBox.visibleProperty().bind(cardMessageLabel.visibleProperty());
        cardBox.managedProperty().bind(cardBox.visibleProperty());
        card.damagedProperty().addListener((obs, was, now) -> styleCardMessage(now));
        styleCardMessage(card.damagedProperty().get());
        card.addressFlagProperty().addListener((obs, old, now) ->
                addressField.pseudoClassStateChanged(FormBits.WARNING, now != null && !now.isEmpty()));
    }

    private void styleCardMessage(boolean damaged) {
        cardMessageLabel.getStyleClass().removeAll("danger-text", "success-text");
        cardMessageLabel.getStyleClass().add(damaged ? "danger-text" : "success-text");
    }

    /** Puts the cursor in the ID number (after a procedure was picked). */
    void focusId() {
        idField.requestFocus();
    }

    /** The card-scan box (the form scrolls it into view after a scan). */
    VBox cardBox() {
        return cardBox;
    }

    /** The applicant's grid (the form scrolls it into view with the card-scan box). */
    GridPane grid() {
        return applicantGrid;
    }

    VBox root() {
        return root;
    }
}

package vn.motcua.desk.register;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.desk.common.FxmlView;
import vn.motcua.desk.common.Icons;
import vn.motcua.desk.common.Messages;
import vn.motcua.domain.catalog.Procedure;

/** Section 1 of the registration form: the procedure picker, then the chosen procedure with its time and fees. */
final class ProcedurePane {
    @FXML private VBox pickerBox;
    @FXML private TextField procedureField;
    @FXML private ListView<Procedure> suggestionList;
    @FXML private HBox chosenBox;
    @FXML private Label chosenLabel;
    @FXML private Label procedureInfoLabel;
    @FXML private Button changeProcedureButton;
    @FXML private Label procedureError;

    private final VBox root;
    private final ProcedurePicker picker;
    private Runnable onChosen = () -> { };

    ProcedurePane(ProcedurePicker picker, ObservableStringValue info, ObservableStringValue error, Messages m) {
        this.picker = picker;
        this.root = FxmlView.load(this, "ProcedurePane.fxml", m);
        suggestionList.setItems(picker.suggestions());
        suggestionList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Procedure p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.code() + " — " + p.name());
            }
        });
        suggestionList.setPlaceholder(new Label(m.t("register.procedure.none")));
        procedureField.textProperty().bindBidirectional(picker.queryProperty());
        procedureField.setOnAction(e -> {
            e.consume();
            if (picker.chooseFirstSuggestion()) {
                onChosen.run();
            }
        });
        procedureField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !picker.suggestions().isEmpty()) {
                suggestionList.requestFocus();
                suggestionList.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        suggestionList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pickSelected();
                e.consume();
            }
        });
        suggestionList.setOnMouseClicked(e -> {
            if (suggestionList.getSelectionModel().getSelectedItem() != null) {
                pickSelected();
            }
        });
        var chosen = picker.chosenProperty();
        pickerBox.visibleProperty().bind(chosen.isNull());
        pickerBox.managedProperty().bind(pickerBox.visibleProperty());
        chosenBox.visibleProperty().bind(chosen.isNotNull());
        chosenBox.managedProperty().bind(chosenBox.visibleProperty());
        chosenLabel.textProperty().bind(Bindings.createStringBinding(() -> chosen.get() == null ? ""
                : chosen.get().code() + " — " + chosen.get().name(), chosen));
        procedureInfoLabel.textProperty().bind(info);
        changeProcedureButton.setGraphic(Icons.of(Material2MZ.SWAP_HORIZ));
        FormBits.showWhenText(procedureError, error);
    }

    private void pickSelected() {
        Procedure p = suggestionList.getSelectionModel().getSelectedItem();
        if (p != null) {
            picker.choose(p);
            onChosen.run();
        }
    }

    @FXML
    private void changeProcedure() {
        picker.chosenProperty().set(null);
        Platform.runLater(() -> {
            procedureField.requestFocus();
            procedureField.selectAll();
        });
    }

    /** What to do once a procedure is picked by keyboard (the form moves on to the applicant). */
    void setOnChosen(Runnable r) {
        onChosen = r;
    }

    TextField field() {
        return procedureField;
    }

    VBox root() {
        return root;
    }
}

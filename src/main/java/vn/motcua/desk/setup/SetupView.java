package vn.motcua.desk.setup;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import vn.motcua.desk.common.FxmlView;
import vn.motcua.desk.common.Messages;

/** The first-run wizard: one page, two sections (the office, the administrator) in one grid, fields aligned. */
public final class SetupView {
    @FXML private GridPane grid;
    @FXML private Label messageLabel;
    @FXML private Button submitButton;

    @javafx.fxml.FXML private Label headerPreview;
    private final StackPane root;
    private final SetupViewModel viewModel;

    public SetupView(SetupViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.root = FxmlView.load(this, "SetupView.fxml", messages);
        for (String f : SetupViewModel.FIELDS) {
            TextInputControl input = (TextInputControl) find("#setup-" + f);
            Label error = (Label) find("#setup-" + f + "-error");
            input.textProperty().bindBidirectional(viewModel.value(f));
            error.textProperty().bind(viewModel.error(f));
            error.visibleProperty().bind(viewModel.error(f).isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            viewModel.error(f).addListener((obs, old, now) -> input.pseudoClassStateChanged(
                    javafx.css.PseudoClass.getPseudoClass("danger"), now != null && !now.isEmpty()));
        }
        messageLabel.textProperty().bind(viewModel.messageProperty());
        headerPreview.textProperty().bind(viewModel.headerPreview());
        submitButton.disableProperty().bind(viewModel.busyProperty());
        Platform.runLater(() -> find("#setup-officeName").requestFocus());
    }

    /** Looks a field up in the form's grid (the scroll pane's content is not part of the scene graph until shown). */
    private javafx.scene.Node find(String selector) {
        return grid.lookup(selector);
    }

    @FXML
    private void submit() {
        viewModel.submit();
    }

    public StackPane root() {
        return root;
    }
}

package vn.motcua.desk.register;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.motcua.desk.common.FxmlView;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.NoteFields;
import vn.motcua.desk.common.ResponsiveGrid;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.dossier.ReturnMethod;

/**
 * Section 4 of the registration form: channel and return method (they change the appointment shown in the bar
 * below), number of sets, summary and notes.
 */
final class AppointmentPane {
    @FXML private GridPane otherGrid;
    @FXML private ComboBox<Channel> channelBox;
    @FXML private ComboBox<ReturnMethod> returnBox;
    @FXML private Spinner<Integer> setsSpinner;
    @FXML private TextField summaryField;
    @FXML private TextArea notesArea;

    private final VBox root;

    /**
     * @param confirm the button Ctrl+Enter presses from the notes (Tab leaves them)
     */
    AppointmentPane(AppointmentSection a, Messages m, Button confirm) {
        this.root = FxmlView.load(this, "AppointmentPane.fxml", m);
        channelBox.getItems().setAll(Channel.values());
        channelBox.setConverter(FormBits.enumConverter(m, "channel"));
        channelBox.valueProperty().bindBidirectional(a.channelProperty());
        returnBox.getItems().setAll(ReturnMethod.values());
        returnBox.setConverter(FormBits.enumConverter(m, "returnMethod"));
        returnBox.valueProperty().bindBidirectional(a.returnMethodProperty());
        setsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 99, 1));
        setsSpinner.getValueFactory().valueProperty().addListener((obs, old, now) -> a.setsProperty()
                .set(now == null ? 1 : now));
        a.setsProperty().addListener((obs, old, now) -> setsSpinner.getValueFactory().setValue(now.intValue()));
        FormBits.commitOnFocusLoss(setsSpinner);
        summaryField.textProperty().bindBidirectional(a.summaryProperty());
        notesArea.textProperty().bindBidirectional(a.notesProperty());
        NoteFields.install(notesArea, confirm);
        ResponsiveGrid.foldBelow(otherGrid, 48);
    }

    VBox root() {
        return root;
    }
}

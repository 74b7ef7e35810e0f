package vn.motcua.desk.register;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.FxmlView;
import vn.motcua.desk.common.Icons;
import vn.motcua.desk.common.Messages;

/**
 * The registration screen (Tiếp nhận hồ sơ): keyboard-first, top to bottom in the order a clerk asks. It stacks the
 * four sections ({@link ProcedurePane}, {@link ApplicantPane}, {@link DocumentsPane}, {@link AppointmentPane}) in one
 * scrolling form above the bar with the appointment, what is still needed and the two buttons.
 */
public final class RegisterView {
    /** Ticks every document line (listed in F1 and next to the checklist). */
    public static final KeyCombination TICK_ALL = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);

    @FXML private ScrollPane scroll;
    @FXML private VBox formBody;
    @FXML private Label appointmentLabel;
    @FXML private Label provisionalLabel;
    @FXML private Label missingLabel;
    @FXML private Label formErrorLabel;
    @FXML private Label submitErrorLabel;
    @FXML private Button submitButton;

    private final BorderPane root;
    private final RegisterViewModel vm;
    private final Messages m;
    private final ProcedurePane procedurePane;
    private final ApplicantPane applicantPane;
    private Runnable onReset = () -> { };

    public RegisterView(RegisterViewModel viewModel, Messages messages) {
        this.vm = viewModel;
        this.m = messages;
        this.root = FxmlView.load(this, "RegisterView.fxml", messages);
        AppointmentSection a = vm.appointment();
        procedurePane = new ProcedurePane(vm.picker(), a.procedureInfoProperty(),
                vm.error(RegisterViewModel.PROCEDURE), m);
        applicantPane = new ApplicantPane(vm, m);
        formBody.getChildren().setAll(procedurePane.root(), applicantPane.root(),
                new DocumentsPane(vm.documents(), vm, m).root(), new AppointmentPane(a, m, submitButton).root());
        procedurePane.setOnChosen(applicantPane::focusId);
        appointmentLabel.textProperty().bind(a.appointmentTextProperty());
        provisionalLabel.visibleProperty().bind(a.provisionalCalendarProperty());
        provisionalLabel.managedProperty().bind(provisionalLabel.visibleProperty());
        FormBits.showWhenText(missingLabel, vm.missingProperty());
        FormBits.showWhenText(formErrorLabel, vm.formErrorProperty());
        FormBits.showWhenText(submitErrorLabel, vm.submitErrorProperty());
        submitButton.disableProperty().bind(vm.validProperty().not());
        submitButton.setGraphic(Icons.of(Material2AL.CHECK));
        Timeline minuteTick = new Timeline(new KeyFrame(Duration.minutes(1), e -> vm.refreshAppointment()));
        minuteTick.setCycleCount(Timeline.INDEFINITE);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                minuteTick.stop();
            } else {
                minuteTick.play();
            }
        });
        vm.refreshAppointment();
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (TICK_ALL.match(e)) {
                e.consume();
                vm.tickAllDocuments();
            }
        });
        // each scan shows its result, also at large text sizes where the applicant is below the fold …
        vm.applicant().card().scansProperty().addListener((obs, old, now) ->
                Platform.runLater(() -> reveal(applicantPane.cardBox())));
        // … and typing in the procedure picker brings it back into view
        TextField picker = procedurePane.field();
        picker.textProperty().addListener((obs, old, now) -> {
            if (picker.isFocused()) {
                scroll.setVvalue(0);
            }
        });
    }

    /**
     * Scrolls the form as little as needed to show {@code node} and the applicant's fields below it (its top first
     * when they do not fit).
     */
    private void reveal(Node node) {
        Node content = scroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport || node.getScene() == null) {
            return;
        }
        Node grid = applicantPane.grid();
        double top = content.sceneToLocal(node.localToScene(0, 0)).getY() - 8;
        double bottom = content.sceneToLocal(grid.localToScene(0, grid.getBoundsInLocal().getHeight())).getY() + 8;
        double range = contentHeight - viewport;
        double shownTop = scroll.getVvalue() * range;
        double wanted = shownTop;
        if (bottom > shownTop + viewport) {
            wanted = bottom - viewport;
        }
        if (top < wanted) {
            wanted = top;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, wanted / range)));
    }

    @FXML
    private void submit() {
        vm.submit();
    }

    /** "Làm lại" clears a form with something in it only after the clerk confirms. */
    @FXML
    private void reset() {
        if (vm.hasInput() && !Dialogs.confirm(root.getScene().getWindow(), m, m.t("register.reset.confirm"),
                m.t("register.reset.yes"), "register-reset-confirm")) {
            return;
        }
        vm.reset();
        onReset.run();
        focusFirst();
    }

    /** What else to do when the clerk cleared the form (the main window forgets the draft). */
    public void setOnReset(Runnable onReset) {
        this.onReset = onReset == null ? () -> { } : onReset;
    }

    /** Puts the cursor where a clerk starts: the procedure picker. */
    public void focusFirst() {
        scroll.setVvalue(0);
        TextField picker = procedurePane.field();
        if (picker.getScene() != null) {
            picker.requestFocus();
            return;
        }
        // the scroll pane puts its content into the scene only when its skin is made, at the next pulse
        picker.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    picker.sceneProperty().removeListener(this);
                    Platform.runLater(picker::requestFocus);
                }
            }
        });
    }

    public BorderPane root() {
        return root;
    }

    /** Used by the main window's F9 shortcut. */
    public void submitIfValid() {
        if (!submitButton.isDisabled()) {
            vm.submit();
        }
    }
}

package vn.motcua.desk.rating;

import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import vn.motcua.desk.common.FxmlView;
import vn.motcua.desk.common.Messages;
import vn.motcua.domain.rating.RatingLevel;
import vn.motcua.service.CounterRatingService;

/**
 * The counter rating screen for citizens without a phone: three big buttons on the same scale as the QR page, a reason
 * for "Không hài lòng" (quick choices or free text). Opens in its own window, on the second screen when there is one.
 */
public final class CounterRatingView {
    private static final String[] QUICK_REASONS = {"rating.reason.wait", "rating.reason.attitude",
        "rating.reason.guidance", "rating.reason.late", "rating.reason.fees"};

    @FXML private VBox waitingPane;
    @FXML private VBox choosingPane;
    @FXML private VBox reasonPane;
    @FXML private javafx.scene.control.ScrollPane reasonScroll;
    @FXML private VBox thanksPane;
    @FXML private TextField codeField;
    @FXML private Label dossierLabel;
    @FXML private HBox levelButtons;
    @FXML private FlowPane reasonChips;
    @FXML private TextArea reasonField;
    @FXML private Button sendButton;
    @FXML private Label errorLabel;
    @FXML private Label choosingError;
    @FXML private Label reasonError;

    private final StackPane root;
    private final CounterRatingViewModel vm;
    private final Messages m;
    private final PauseTransition backToWaiting = new PauseTransition(Duration.seconds(6));
    /** The question left unanswered goes back to the code screen, so the next citizen never rates this dossier. */
    private final PauseTransition questionTimeout = new PauseTransition(QUESTION_TIMEOUT);
    public static final Duration QUESTION_TIMEOUT = Duration.seconds(60);
    private static Stage openStage;

    public CounterRatingView(CounterRatingViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        this.root = FxmlView.load(this, "CounterRatingView.fxml", messages);
        for (RatingLevel l : RatingLevel.values()) {
            Button b = new Button(m.of("rating", l));
            b.setId("rating-" + l.name());
            b.setWrapText(true); // large text wraps instead of cutting "Không hài lòng"
            b.getStyleClass().addAll("rating-button", "rating-" + l.name().toLowerCase(java.util.Locale.ROOT));
            b.setOnAction(e -> vm.choose(l));
            levelButtons.getChildren().add(b);
        }
        for (String key : QUICK_REASONS) {
            Button chip = new Button(m.t(key));
            chip.getStyleClass().add("rating-chip");
            chip.setOnAction(e -> {
                String now = reasonField.getText().strip();
                reasonField.setText(now.isEmpty() ? chip.getText() : now + "; " + chip.getText());
            });
            reasonChips.getChildren().add(chip);
        }
        sendButton.disableProperty().bind(reasonField.textProperty().isEmpty());
        // each screen shows its own error next to what it is about; a step change clears it (view model)
        for (Label l : java.util.List.of(errorLabel, choosingError, reasonError)) {
            l.textProperty().bind(vm.errorProperty());
            l.managedProperty().bind(l.visibleProperty());
            l.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        }
        questionTimeout.setOnFinished(e -> vm.reset());
        // the citizen is still there while they touch the screen or type
        root.addEventFilter(javafx.scene.input.InputEvent.ANY, e -> {
            if (questionTimeout.getStatus() == javafx.animation.Animation.Status.RUNNING
                    && !(e instanceof javafx.scene.input.MouseEvent me
                    && me.getEventType() == javafx.scene.input.MouseEvent.MOUSE_MOVED)) {
                questionTimeout.playFromStart();
            }
        });
        vm.dossierProperty().addListener((obs, old, d) -> dossierLabel.setText(d == null ? ""
                : m.t("rating.dossier", d.code(), d.procedure() == null ? "" : d.procedure())));
        vm.stepProperty().addListener((obs, old, step) -> show(step));
        backToWaiting.setOnFinished(e -> vm.reset());
        show(vm.stepProperty().get());
    }

    private void show(CounterRatingViewModel.Step step) {
        waitingPane.setVisible(step == CounterRatingViewModel.Step.WAITING);
        choosingPane.setVisible(step == CounterRatingViewModel.Step.CHOOSING);
        // the reason screen scrolls when large text makes it taller than the window
        reasonScroll.setVisible(step == CounterRatingViewModel.Step.REASON);
        thanksPane.setVisible(step == CounterRatingViewModel.Step.THANKS);
        boolean asking = step == CounterRatingViewModel.Step.CHOOSING || step == CounterRatingViewModel.Step.REASON;
        if (asking) {
            questionTimeout.playFromStart();
            codeField.clear(); // the code is the clerk's: not left on screen behind the question
        } else {
            questionTimeout.stop();
        }
        if (step == CounterRatingViewModel.Step.WAITING) {
            codeField.clear();
            reasonField.clear();
            codeField.requestFocus();
        } else if (step == CounterRatingViewModel.Step.REASON) {
            reasonField.requestFocus();
        } else if (step == CounterRatingViewModel.Step.THANKS) {
            backToWaiting.playFromStart();
        }
    }

    @FXML
    private void open() {
        vm.open(codeField.getText());
    }

    @FXML
    private void cancel() {
        vm.reset();
    }

    /** How long an unanswered question waits (tests shorten it). */
    void setQuestionTimeout(Duration d) {
        questionTimeout.setDuration(d);
    }

    @FXML
    private void back() {
        vm.stepProperty().set(CounterRatingViewModel.Step.CHOOSING);
    }

    @FXML
    private void send() {
        vm.submit(RatingLevel.DISSATISFIED, reasonField.getText());
    }

    public StackPane root() {
        return root;
    }

    /**
     * Opens the screen in its own window, on the second monitor when there is one, with the owner's styles. Only one
     * such window: when it is already open it comes to the front instead.
     */
    public static Stage open(Window owner, CounterRatingService ratings, vn.motcua.domain.account.Actor actor,
                             vn.motcua.desk.common.TaskExecutor tasks, Messages m) {
        if (openStage != null && openStage.isShowing()) {
            openStage.setIconified(false);
            openStage.toFront();
            openStage.requestFocus();
            return openStage;
        }
        CounterRatingView view = new CounterRatingView(new CounterRatingViewModel(ratings, actor, tasks, m), m);
        Stage stage = new Stage();
        stage.setTitle(m.t("rating.window"));
        Scene scene = new Scene(view.root(), 1024, 680);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            view.root().setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.setScene(scene);
        var screens = Screen.getScreens();
        if (screens.size() > 1) {
            Rectangle2D b = screens.get(1).getVisualBounds();
            stage.setX(b.getMinX());
            stage.setY(b.getMinY());
            stage.setWidth(b.getWidth());
            stage.setHeight(b.getHeight());
        } else {
            // one screen: over the middle of the desk's window, like its dialogs
            vn.motcua.desk.common.Dialogs.centreOn(stage, owner);
        }
        stage.getProperties().put(CounterRatingView.class, view);
        stage.setOnHidden(e -> {
            view.questionTimeout.stop();
            view.backToWaiting.stop();
            if (openStage == stage) {
                openStage = null;
            }
        });
        openStage = stage;
        stage.show();
        return stage;
    }
}

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
    @FXML private VBox thanksPane;
    @FXML private TextField codeField;
    @FXML private Label dossierLabel;
    @FXML private HBox levelButtons;
    @FXML private FlowPane reasonChips;
    @FXML private TextArea reasonField;
    @FXML private Button sendButton;
    @FXML private Label errorLabel;

    private final StackPane root;
    private final CounterRatingViewModel vm;
    private final Messages m;
    private final PauseTransition backToWaiting = new PauseTransition(Duration.seconds(6));

    public CounterRatingView(CounterRatingViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        this.root = FxmlView.load(this, "CounterRatingView.fxml", messages);
        for (RatingLevel l : RatingLevel.values()) {
            Button b = new Button(m.of("rating", l));
            b.setId("rating-" + l.name());
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
        errorLabel.textProperty().bind(vm.errorProperty());
        vm.dossierProperty().addListener((obs, old, d) -> dossierLabel.setText(d == null ? ""
                : m.t("rating.dossier", d.code(), d.procedure() == null ? "" : d.procedure())));
        vm.stepProperty().addListener((obs, old, step) -> show(step));
        backToWaiting.setOnFinished(e -> vm.reset());
        show(vm.stepProperty().get());
    }

    private void show(CounterRatingViewModel.Step step) {
        waitingPane.setVisible(step == CounterRatingViewModel.Step.WAITING);
        choosingPane.setVisible(step == CounterRatingViewModel.Step.CHOOSING);
        reasonPane.setVisible(step == CounterRatingViewModel.Step.REASON);
        thanksPane.setVisible(step == CounterRatingViewModel.Step.THANKS);
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

    /** Opens the screen in its own window, on the second monitor when there is one, with the owner's styles. */
    public static Stage open(Window owner, CounterRatingService ratings, vn.motcua.domain.account.Actor actor,
                             vn.motcua.desk.common.TaskExecutor tasks, Messages m) {
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
        }
        stage.show();
        return stage;
    }
}

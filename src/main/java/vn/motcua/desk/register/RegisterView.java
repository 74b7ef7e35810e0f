package vn.motcua.desk.register;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.desk.common.FxmlView;
import vn.motcua.desk.common.Icons;
import vn.motcua.desk.common.Messages;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.dossier.ReturnMethod;

/** The registration screen (Tiếp nhận hồ sơ): keyboard-first, top to bottom in the order a clerk asks. */
public final class RegisterView {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    @FXML private ScrollPane scroll;
    @FXML private VBox pickerBox;
    @FXML private TextField procedureField;
    @FXML private ListView<Procedure> suggestionList;
    @FXML private HBox chosenBox;
    @FXML private Label chosenLabel;
    @FXML private Label procedureInfoLabel;
    @FXML private Button changeProcedureButton;
    @FXML private Label procedureError;
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
    @FXML private Label idWarningLabel;
    @FXML private VBox cardBox;
    @FXML private Label cardMessageLabel;
    @FXML private Label cardWarningsLabel;
    @FXML private Label addressFlagLabel;
    @FXML private ComboBox<vn.motcua.domain.citizen.Sex> sexBox;
    @FXML private TextField otherIdField;
    @FXML private Label otherIdError;
    @FXML private Label recallLabel;
    @FXML private CheckBox submitterCheck;
    @FXML private GridPane submitterGrid;
    @FXML private GridPane applicantGrid;
    @FXML private GridPane otherGrid;
    @FXML private TextField submitterNameField;
    @FXML private TextField submitterIdField;
    @FXML private TextField submitterPhoneField;
    @FXML private Label submitterNameError;
    @FXML private Label submitterIdError;
    @FXML private Label submitterPhoneError;
    @FXML private Button addDocumentButton;
    @FXML private GridPane documentGrid;
    @FXML private Label documentsWarningLabel;
    @FXML private Label documentsError;
    @FXML private ComboBox<Channel> channelBox;
    @FXML private ComboBox<ReturnMethod> returnBox;
    @FXML private Spinner<Integer> setsSpinner;
    @FXML private TextField summaryField;
    @FXML private TextArea notesArea;
    @FXML private Label appointmentLabel;
    @FXML private Label provisionalLabel;
    @FXML private Label missingLabel;
    @FXML private Label submitErrorLabel;
    @FXML private Button submitButton;

    private final BorderPane root;
    private final RegisterViewModel vm;
    private final Messages m;
    private final Timeline minuteTick;
    private Runnable onReset = () -> { };

    public RegisterView(RegisterViewModel viewModel, Messages messages) {
        this.vm = viewModel;
        this.m = messages;
        this.root = FxmlView.load(this, "RegisterView.fxml", messages);
        setUpPicker();
        bindText(idField, vm.idNumberProperty(), idError, RegisterViewModel.ID);
        bindText(nameField, vm.fullNameProperty(), nameError, RegisterViewModel.NAME);
        bindText(birthField, vm.birthDateProperty(), birthError, RegisterViewModel.BIRTH);
        bindText(phoneField, vm.phoneProperty(), phoneError, RegisterViewModel.PHONE);
        bindText(emailField, vm.emailProperty(), emailError, RegisterViewModel.EMAIL);
        bindText(addressField, vm.addressProperty(), addressError, RegisterViewModel.ADDRESS);
        bindText(submitterNameField, vm.submitterNameProperty(), submitterNameError, RegisterViewModel.SUB_NAME);
        bindText(submitterIdField, vm.submitterIdProperty(), submitterIdError, RegisterViewModel.SUB_ID);
        bindText(submitterPhoneField, vm.submitterPhoneProperty(), submitterPhoneError, RegisterViewModel.SUB_PHONE);
        showWhenText(idWarningLabel, vm.idWarningProperty());
        setUpCard();
        showWhenText(recallLabel, vm.recallMessageProperty());
        showWhenText(documentsWarningLabel, vm.documentsWarningProperty());
        showWhenText(documentsError, vm.error(RegisterViewModel.DOCUMENTS));
        showWhenText(procedureError, vm.error(RegisterViewModel.PROCEDURE));
        nameField.focusedProperty().addListener((obs, was, now) -> {
            if (!now && nameField.getText() != null && !nameField.getText().isBlank()) {
                String proper = vn.motcua.domain.text.Text.personName(nameField.getText());
                if (!proper.equals(nameField.getText())) {
                    nameField.setText(proper);
                }
            }
        });
        submitterCheck.selectedProperty().bindBidirectional(vm.submitterDifferentProperty());
        submitterGrid.visibleProperty().bind(vm.submitterDifferentProperty());
        submitterGrid.managedProperty().bind(submitterGrid.visibleProperty());
        setUpDocuments();
        setUpOther();
        for (GridPane g : new GridPane[] {applicantGrid, submitterGrid, otherGrid}) {
            vn.motcua.desk.common.ResponsiveGrid.foldBelow(g, 48);
        }
        appointmentLabel.textProperty().bind(vm.appointmentTextProperty());
        provisionalLabel.visibleProperty().bind(vm.provisionalCalendarProperty());
        provisionalLabel.managedProperty().bind(provisionalLabel.visibleProperty());
        showWhenText(missingLabel, vm.missingProperty());
        showWhenText(submitErrorLabel, vm.submitErrorProperty());
        submitButton.disableProperty().bind(vm.validProperty().not());
        submitButton.setGraphic(Icons.of(Material2AL.CHECK));
        minuteTick = new Timeline(new KeyFrame(Duration.minutes(1), e -> vm.refreshAppointment()));
        minuteTick.setCycleCount(Timeline.INDEFINITE);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                minuteTick.stop();
            } else {
                minuteTick.play();
            }
        });
        vm.refreshAppointment();
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (TICK_ALL.match(e)) {
                e.consume();
                vm.tickAllDocuments();
            }
        });
    }

    /** Ticks every document line (listed in F1 and next to the checklist). */
    public static final javafx.scene.input.KeyCombination TICK_ALL = new javafx.scene.input.KeyCodeCombination(
            KeyCode.D, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    /** Sex and old ID (typed or from a card scan), and what the last scan said. */
    private void setUpCard() {
        bindText(otherIdField, vm.otherIdProperty(), otherIdError, RegisterViewModel.OTHER_ID);
        sexBox.getItems().setAll(vn.motcua.domain.citizen.Sex.values());
        sexBox.setConverter(enumConverter("sex"));
        sexBox.valueProperty().bindBidirectional(vm.sexProperty());
        CardFill card = vm.card();
        showWhenText(cardMessageLabel, card.messageProperty());
        showWhenText(cardWarningsLabel, card.warningsProperty());
        showWhenText(addressFlagLabel, card.addressFlagProperty());
        cardBox.visibleProperty().bind(cardMessageLabel.visibleProperty());
        cardBox.managedProperty().bind(cardBox.visibleProperty());
        card.damagedProperty().addListener((obs, was, now) -> styleCardMessage(now));
        styleCardMessage(card.damagedProperty().get());
        card.addressFlagProperty().addListener((obs, old, now) ->
                addressField.pseudoClassStateChanged(WARNING, now != null && !now.isEmpty()));
        // each scan shows its result, also at large text sizes where the applicant is below the fold …
        card.scansProperty().addListener((obs, old, now) -> Platform.runLater(() -> reveal(cardBox)));
        // … and typing in the procedure picker brings it back into view
        procedureField.textProperty().addListener((obs, old, now) -> {
            if (procedureField.isFocused()) {
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
        double top = content.sceneToLocal(node.localToScene(0, 0)).getY() - 8;
        double bottom = content.sceneToLocal(applicantGrid.localToScene(0, applicantGrid.getHeight())).getY() + 8;
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

    private void styleCardMessage(boolean damaged) {
        cardMessageLabel.getStyleClass().removeAll("danger-text", "success-text");
        cardMessageLabel.getStyleClass().add(damaged ? "danger-text" : "success-text");
    }

    private void setUpPicker() {
        suggestionList.setItems(vm.suggestions());
        suggestionList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Procedure p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.code() + " — " + p.name());
            }
        });
        suggestionList.setPlaceholder(new Label(m.t("register.procedure.none")));
        procedureField.textProperty().bindBidirectional(vm.procedureQueryProperty());
        procedureField.setOnAction(e -> {
            e.consume();
            if (vm.chooseFirstSuggestion()) {
                idField.requestFocus();
            }
        });
        procedureField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !vm.suggestions().isEmpty()) {
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
            if (e.getClickCount() >= 1 && suggestionList.getSelectionModel().getSelectedItem() != null) {
                pickSelected();
            }
        });
        pickerBox.visibleProperty().bind(vm.procedureProperty().isNull());
        pickerBox.managedProperty().bind(pickerBox.visibleProperty());
        chosenBox.visibleProperty().bind(vm.procedureProperty().isNotNull());
        chosenBox.managedProperty().bind(chosenBox.visibleProperty());
        chosenLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.procedureProperty().get() == null ? ""
                : vm.procedureProperty().get().code() + " — " + vm.procedureProperty().get().name(),
                vm.procedureProperty()));
        procedureInfoLabel.textProperty().bind(vm.procedureInfoProperty());
        changeProcedureButton.setGraphic(Icons.of(Material2MZ.SWAP_HORIZ));
    }

    private void pickSelected() {
        Procedure p = suggestionList.getSelectionModel().getSelectedItem();
        if (p != null) {
            vm.choose(p);
            idField.requestFocus();
        }
    }

    private void bindText(TextInputControl field, StringProperty value, Label error, String name) {
        field.textProperty().bindBidirectional(value);
        StringProperty message = vm.error(name);
        showWhenText(error, message);
        message.addListener((obs, old, now) -> field.pseudoClassStateChanged(DANGER, now != null && !now.isEmpty()));
    }

    private static void showWhenText(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> text.get() != null && !text.get().isEmpty(),
                text));
        label.managedProperty().bind(label.visibleProperty());
    }

    private void setUpDocuments() {
        addDocumentButton.setGraphic(Icons.of(Material2AL.ADD));
        vm.documents().addListener((javafx.collections.ListChangeListener<DocumentLine>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasReplaced() || c.wasPermutated();
            }
            if (structural) {
                rebuildDocuments();
            }
        });
        rebuildDocuments();
    }

    private void rebuildDocuments() {
        documentGrid.getChildren().clear();
        documentGrid.getColumnConstraints().setAll(
                new javafx.scene.layout.ColumnConstraints(), new javafx.scene.layout.ColumnConstraints(),
                new javafx.scene.layout.ColumnConstraints(), new javafx.scene.layout.ColumnConstraints());
        documentGrid.getColumnConstraints().get(0).setHgrow(Priority.ALWAYS);
        if (vm.documents().isEmpty()) {
            Label none = new Label(m.t("register.documents.empty"));
            none.getStyleClass().add("text-muted");
            documentGrid.add(none, 0, 0, 4, 1);
            return;
        }
        Label h1 = header(m.t("register.documents.name"));
        documentGrid.add(h1, 0, 0);
        documentGrid.add(header(m.t("register.documents.originals")), 1, 0);
        documentGrid.add(header(m.t("register.documents.copies")), 2, 0);
        int row = 1;
        for (DocumentLine line : vm.documents()) {
            Node name;
            CheckBox check = new CheckBox();
            check.selectedProperty().bindBidirectional(line.receivedProperty());
            check.setId("register-doc-" + (row - 1));
            if (line.extra()) {
                TextField text = new TextField();
                text.textProperty().bindBidirectional(line.nameProperty());
                text.setPromptText(m.t("register.documents.newLine"));
                HBox box = new HBox(8, check, text);
                box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                HBox.setHgrow(text, Priority.ALWAYS);
                name = box;
                Platform.runLater(text::requestFocus);
            } else {
                check.setText(line.nameProperty().get() + (line.mandatory() ? "" : " " + m.t("register.documents.optional")));
                check.setWrapText(true);
                check.setMaxWidth(Double.MAX_VALUE);
                name = check;
            }
            documentGrid.add(name, 0, row);
            documentGrid.add(countSpinner(line.originalsProperty()), 1, row);
            documentGrid.add(countSpinner(line.copiesProperty()), 2, row);
            if (line.extra()) {
                Button remove = new Button(null, Icons.of(Material2MZ.REMOVE_CIRCLE_OUTLINE));
                remove.getStyleClass().addAll("button-icon", "flat", "danger");
                remove.setOnAction(e -> vm.removeDocument(line));
                documentGrid.add(remove, 3, row);
            }
            row++;
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("text-muted", "text-small");
        return l;
    }

    private static Spinner<Integer> countSpinner(javafx.beans.property.IntegerProperty value) {
        Spinner<Integer> s = new Spinner<>(0, 999, value.get());
        s.setEditable(true);
        s.setPrefWidth(90);
        s.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        s.valueProperty().addListener((obs, old, now) -> value.set(now == null ? 0 : now));
        commitOnFocusLoss(s);
        return s;
    }

    private static void commitOnFocusLoss(Spinner<Integer> s) {
        s.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                try {
                    s.increment(0);
                } catch (NumberFormatException e) {
                    s.getEditor().setText(String.valueOf(s.getValue()));
                }
            }
        });
    }

    private void setUpOther() {
        channelBox.getItems().setAll(Channel.values());
        channelBox.setConverter(enumConverter("channel"));
        channelBox.valueProperty().bindBidirectional(vm.channelProperty());
        returnBox.getItems().setAll(ReturnMethod.values());
        returnBox.setConverter(enumConverter("returnMethod"));
        returnBox.valueProperty().bindBidirectional(vm.returnMethodProperty());
        setsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 99, 1));
        setsSpinner.getValueFactory().valueProperty().addListener((obs, old, now) -> vm.setsProperty()
                .set(now == null ? 1 : now));
        vm.setsProperty().addListener((obs, old, now) -> setsSpinner.getValueFactory().setValue(now.intValue()));
        commitOnFocusLoss(setsSpinner);
        summaryField.textProperty().bindBidirectional(vm.summaryProperty());
        notesArea.textProperty().bindBidirectional(vm.notesProperty());
        vn.motcua.desk.common.NoteFields.install(notesArea, submitButton);
    }

    private <E extends Enum<E>> StringConverter<E> enumConverter(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : m.of(prefix, value);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }

    @FXML
    private void changeProcedure() {
        vm.procedureProperty().set(null);
        Platform.runLater(() -> {
            procedureField.requestFocus();
            procedureField.selectAll();
        });
    }

    @FXML
    private void addDocument() {
        vm.addDocument("");
    }

    @FXML
    private void submit() {
        vm.submit();
    }

    /** "Làm lại" clears a form with something in it only after the clerk confirms. */
    @FXML
    private void reset() {
        if (vm.hasInput() && !vn.motcua.desk.common.Dialogs.confirm(root.getScene().getWindow(), m,
                m.t("register.reset.confirm"), m.t("register.reset.yes"), "register-reset-confirm")) {
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

    /** Ctrl+D: every document of the checklist was handed over. */
    @FXML
    private void tickAll() {
        vm.tickAllDocuments();
    }

    /** Puts the cursor where a clerk starts: the procedure picker. */
    public void focusFirst() {
        scroll.setVvalue(0);
        if (procedureField.getScene() != null) {
            procedureField.requestFocus();
            return;
        }
        // the scroll pane puts its content into the scene only when its skin is made, at the next pulse
        procedureField.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                                javafx.scene.Scene old, javafx.scene.Scene scene) {
                if (scene != null) {
                    procedureField.sceneProperty().removeListener(this);
                    Platform.runLater(procedureField::requestFocus);
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

package vn.motcua.desk.queue;

import java.time.LocalDateTime;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.desk.common.Formats;
import vn.motcua.desk.common.FxmlView;
import vn.motcua.desk.common.Icons;
import vn.motcua.desk.common.Messages;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.TimeFlag;
import vn.motcua.service.QueueService.QueueRow;
import vn.motcua.store.QueueRepository.Sort;

/** A work queue: instant search, sortable columns (sorted by the database), time-flag colours, pages of 50. */
public final class QueueView {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass DUE_SOON = PseudoClass.getPseudoClass("due-soon");

    @FXML private Label titleLabel;
    @FXML private javafx.scene.layout.Region searchSlot;
    private CustomTextField searchField;
    @FXML private Button refreshButton;
    @FXML private TableView<QueueRow> table;
    @FXML private TableColumn<QueueRow, String> codeColumn;
    @FXML private TableColumn<QueueRow, String> applicantColumn;
    @FXML private TableColumn<QueueRow, String> procedureColumn;
    @FXML private TableColumn<QueueRow, LocalDateTime> receivedColumn;
    @FXML private TableColumn<QueueRow, LocalDateTime> appointmentColumn;
    @FXML private TableColumn<QueueRow, DossierStatus> statusColumn;
    @FXML private TableColumn<QueueRow, QueueRow> flagColumn;
    @FXML private Label totalLabel;
    @FXML private Label pageLabel;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label errorLabel;

    private final VBox root;
    private final QueueViewModel viewModel;
    private final Messages m;
    private QueueColumns columns;

    public QueueView(QueueViewModel viewModel, Messages messages, Consumer<String> openDossier) {
        this.viewModel = viewModel;
        this.m = messages;
        this.root = FxmlView.load(this, "QueueView.fxml", messages);
        titleLabel.textProperty().bind(Bindings.createStringBinding(
                () -> m.of("queue", viewModel.queueProperty().get()), viewModel.queueProperty()));
        refreshButton.setGraphic(Icons.of(Material2MZ.REFRESH));
        previousButton.setGraphic(Icons.of(Material2AL.CHEVRON_LEFT));
        nextButton.setGraphic(Icons.of(Material2AL.CHEVRON_RIGHT));
        searchField = searchBox();
        bindSearch();
        setUpColumns();
        table.setItems(viewModel.rows());
        columns = new QueueColumns(table, procedureColumn, statusColumn,
                java.util.List.of(receivedColumn, statusColumn, applicantColumn, appointmentColumn));
        // a one-status queue needs no status column: its room goes to the procedure name
        viewModel.queueProperty().addListener((obs, old, q) -> columns.statusNeeded(q.statuses().size() > 1));
        columns.statusNeeded(viewModel.queueProperty().get().statuses().size() > 1);
        table.setPlaceholder(placeholder());
        table.setSortPolicy(t -> {
            sortFromTable();
            return true;
        });
        table.setRowFactory(t -> flaggedRow(openDossier));
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            QueueRow row = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && row != null) {
                openDossier.accept(row.dossier().code());
                e.consume();
            }
        });
        totalLabel.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.totalProperty().get() > vn.motcua.store.QueueRepository.COUNT_CAP
                        ? m.t("queue.totalMore", vn.motcua.store.QueueRepository.COUNT_CAP)
                        : m.t("queue.total", viewModel.totalProperty().get()), viewModel.totalProperty()));
        pageLabel.textProperty().bind(Bindings.createStringBinding(() -> m.t("queue.page",
                viewModel.pageProperty().get() + 1, viewModel.pageCountProperty().get()),
                viewModel.pageProperty(), viewModel.pageCountProperty()));
        previousButton.disableProperty().bind(viewModel.pageProperty().isEqualTo(0));
        nextButton.disableProperty().bind(viewModel.pageProperty().add(1).greaterThanOrEqualTo(
                viewModel.pageCountProperty()));
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
    }

    /**
     * The search box: ControlsFX's text field with a clear button (the ✕ that shows while something is typed), a
     * search icon on the left, in the place the FXML keeps for it.
     */
    private CustomTextField searchBox() {
        CustomTextField field = (CustomTextField) TextFields.createClearableTextField();
        field.setId("queue-search");
        field.setPromptText(m.t("queue.search.prompt"));
        field.setLeft(Icons.of(Material2MZ.SEARCH));
        javafx.scene.layout.HBox.setHgrow(field, javafx.scene.layout.HBox.getHgrow(searchSlot));
        var bar = ((javafx.scene.layout.Pane) searchSlot.getParent()).getChildren();
        bar.set(bar.indexOf(searchSlot), field);
        return field;
    }

    private void bindSearch() {
        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        debounce.setOnFinished(e -> viewModel.search(searchField.getText()));
        searchField.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        searchField.setOnAction(e -> {
            debounce.stop();
            viewModel.search(searchField.getText());
        });
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
            }
        });
    }

    private void setUpColumns() {
        codeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().dossier().code()));
        applicantColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().dossier().applicant().fullName()));
        procedureColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().dossier().procedureName()));
        receivedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().dossier().receivedAt()));
        appointmentColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().appointment()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().dossier().status()));
        flagColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        receivedColumn.setCellFactory(c -> textCell(Formats::dateTime));
        appointmentColumn.setCellFactory(c -> textCell(t -> t == null ? m.t("queue.noAppointment")
                : Formats.dateTime(t)));
        statusColumn.setCellFactory(c -> textCell(s -> m.of("status", s)));
        flagColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(QueueRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("flag-overdue", "flag-due-soon", "flag-late");
                if (empty || row == null || row.timeFlag() == TimeFlag.NONE) {
                    setText(null);
                    return;
                }
                String text = m.of("flag", row.timeFlag());
                if (row.daysLate() > 0) {
                    text = m.t("flag.daysLate", text, row.daysLate());
                }
                setText(text);
                switch (row.timeFlag()) {
                    case OVERDUE -> getStyleClass().add("flag-overdue");
                    case DUE_SOON -> getStyleClass().add("flag-due-soon");
                    case LATE -> getStyleClass().add("flag-late");
                    default -> { }
                }
            }
        });
        codeColumn.setUserData(Sort.CODE);
        applicantColumn.setUserData(Sort.APPLICANT);
        procedureColumn.setUserData(Sort.PROCEDURE);
        receivedColumn.setUserData(Sort.RECEIVED);
        appointmentColumn.setUserData(Sort.APPOINTMENT);
        statusColumn.setUserData(Sort.STATUS);
        flagColumn.setSortable(false);
        // widths in em (they follow the text size): fixed-size columns fit their content, the procedure takes the rest
        fit(codeColumn, 15.5);
        fit(applicantColumn, 10);
        fit(receivedColumn, 9.2);
        fit(appointmentColumn, 9.2);
        fit(statusColumn, 10);
        fit(flagColumn, 11); // "Quá hạn 999 ngày" in bold, never cut
        // the procedure takes what is left (QueueColumns hides the less needed columns when the text is large)
    }

    private static void fit(TableColumn<QueueRow, ?> column, double em) {
        var px = Icons.sizeProperty().divide(1.15).multiply(em);
        column.minWidthProperty().bind(px);
        column.prefWidthProperty().bind(px);
    }

    private static <T> TableCell<QueueRow, T> textCell(java.util.function.Function<T, String> format) {
        return new TableCell<>() {
            {
                setAlignment(javafx.geometry.Pos.CENTER_LEFT); // on the line of the other cells, not above it
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : format.apply(item));
            }
        };
    }

    private TableRow<QueueRow> flaggedRow(Consumer<String> openDossier) {
        TableRow<QueueRow> row = new TableRow<>() {
            @Override
            protected void updateItem(QueueRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && item.timeFlag() == TimeFlag.OVERDUE);
                pseudoClassStateChanged(DUE_SOON, !empty && item != null && item.timeFlag() == TimeFlag.DUE_SOON);
            }
        };
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                openDossier.accept(row.getItem().dossier().code());
            }
        });
        return row;
    }

    private void sortFromTable() {
        if (table.getSortOrder().isEmpty()) {
            if (viewModel.sortProperty().get() != null) {
                viewModel.sortBy(null, false);
            }
            return;
        }
        TableColumn<QueueRow, ?> col = table.getSortOrder().get(0);
        Sort s = (Sort) col.getUserData();
        boolean asc = col.getSortType() == TableColumn.SortType.ASCENDING;
        if (s != viewModel.sortProperty().get() || asc != viewModel.ascendingProperty().get()) {
            viewModel.sortBy(s, asc);
        }
    }

    private Label placeholder() {
        Label l = new Label();
        l.textProperty().bind(Bindings.createStringBinding(() -> viewModel.searchProperty().get().isBlank()
                ? m.t("queue.empty") : m.t("queue.noMatch"), viewModel.searchProperty()));
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        return l;
    }

    /** Puts the cursor in the search box (F3). */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** Puts the focus in the list (a queue opened from the keyboard), on its first row when none is chosen. */
    public void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
            table.getFocusModel().focus(0);
        }
    }

    /** Clears any column sort shown in the header (a new queue starts in its natural order). */
    public void resetSortHeader() {
        table.getSortOrder().clear();
    }

    @FXML
    private void refresh() {
        viewModel.load();
    }

    @FXML
    private void previousPage() {
        viewModel.previousPage();
    }

    @FXML
    private void nextPage() {
        viewModel.nextPage();
    }

    public VBox root() {
        return root;
    }
}

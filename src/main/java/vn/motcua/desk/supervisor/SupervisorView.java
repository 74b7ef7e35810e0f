package vn.motcua.desk.supervisor;

import java.time.LocalDateTime;
import java.util.function.Consumer;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.desk.common.Formats;
import vn.motcua.desk.common.FxmlView;
import vn.motcua.desk.common.Icons;
import vn.motcua.desk.common.Messages;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.service.ApologyService;
import vn.motcua.service.DashboardService.Counts;
import vn.motcua.service.DashboardService.Figure;
import vn.motcua.service.DashboardService.Line;

/**
 * The supervisor's home: a tile per figure (click: its list), the figures per clerk and per field (click a cell: that
 * group's list), and the list itself (Enter or double click opens the dossier).
 */
public final class SupervisorView {
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label asOfLabel;
    @FXML private Spinner<Integer> waitingDays;
    @FXML private Button refreshButton;
    @FXML private Label errorLabel;
    @FXML private TilePane tiles;
    @FXML private TableView<Counts> clerkTable;
    @FXML private TableView<Counts> fieldTable;
    @FXML private javafx.scene.control.Tab riskTab;
    @FXML private TableView<ApologyService.AtRisk> riskTable;
    @FXML private TableView<ApologyService.Entry> registerTable;
    @FXML private Button apologyButton;
    @FXML private Label listTitle;
    @FXML private Label listPageLabel;
    @FXML private Button listPrevButton;
    @FXML private Button listNextButton;
    @FXML private Label riskPageLabel;
    @FXML private Button riskPrevButton;
    @FXML private Button riskNextButton;
    @FXML private TableView<Line> listTable;
    @FXML private TableColumn<Line, String> codeColumn;
    @FXML private TableColumn<Line, String> applicantColumn;
    @FXML private TableColumn<Line, String> procedureColumn;
    @FXML private TableColumn<Line, String> clerkColumn;
    @FXML private TableColumn<Line, LocalDateTime> appointmentColumn;
    @FXML private TableColumn<Line, Number> daysLateColumn;
    @FXML private TableColumn<Line, DossierStatus> statusColumn;

    private final VBox root;
    private final javafx.scene.control.ScrollPane page;
    private final SupervisorViewModel vm;
    private final Messages m;

    private final Consumer<ApologyService.Entry> printSlip;

    public SupervisorView(SupervisorViewModel vm, Messages messages, Consumer<String> openDossier,
                          Consumer<ApologyService.Entry> printSlip) {
        this.vm = vm;
        this.printSlip = printSlip;
        this.m = messages;
        this.root = FxmlView.load(this, "SupervisorView.fxml", messages);
        this.page = scrolling(root);
        refreshButton.setGraphic(Icons.of(Material2MZ.REFRESH));
        loadingIndicator.visibleProperty().bind(vm.loadingProperty());
        asOfLabel.textProperty().bind(vm.asOfProperty());
        errorLabel.textProperty().bind(vm.errorProperty());
        errorLabel.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        waitingDays.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 365,
                vm.waitingDaysProperty().get()));
        waitingDays.valueProperty().addListener((obs, old, n) -> {
            if (n != null && n != vm.waitingDaysProperty().get()) {
                vm.setWaitingDays(n);
            }
        });
        for (Figure f : Figure.values()) {
            tiles.getChildren().add(tile(f));
        }
        setUpBreakdown(clerkTable, "supervisor.col.clerk", true);
        setUpBreakdown(fieldTable, "supervisor.col.field", false);
        clerkTable.setItems(vm.perClerk());
        for (TableView<?> t : List.of(clerkTable, fieldTable, listTable, riskTable, registerTable)) {
            vn.motcua.desk.common.TableHeaders.neverCut(t); // headers not cut at 150–200 %: the table scrolls instead
        }
        fieldTable.setItems(vm.perField());
        setUpList(openDossier);
        setUpApologies();
        listTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            SupervisorViewModel.Selection s = vm.selectionProperty().get();
            if (s == null) {
                return m.t("supervisor.list.hint");
            }
            String name = m.t("supervisor.figure." + s.figure().name());
            String total = Formats.count(vm.listTotalProperty().get(), m.english());
            return s.groupLabel() == null ? m.t("supervisor.list.title", name, total)
                    : m.t("supervisor.list.titleGroup", name, s.groupLabel(), total);
        }, vm.selectionProperty(), vm.lines(), vm.listTotalProperty()));
        pager(listPageLabel, listPrevButton, listNextButton, vm.lines(), vm.listOffsetProperty(),
                vm.listTotalProperty());
        pager(riskPageLabel, riskPrevButton, riskNextButton, vm.atRisk(), vm.riskOffsetProperty(),
                vm.riskTotalProperty());
    }

    /** "1–500 / 1.370" with previous / next, shown only when the list does not fit on one page. */
    private void pager(Label label, Button prev, Button next, javafx.collections.ObservableList<?> rows,
                       javafx.beans.property.IntegerProperty offset, javafx.beans.property.IntegerProperty total) {
        prev.setGraphic(Icons.of(org.kordamp.ikonli.material2.Material2AL.CHEVRON_LEFT));
        next.setGraphic(Icons.of(org.kordamp.ikonli.material2.Material2AL.CHEVRON_RIGHT));
        prev.setTooltip(new javafx.scene.control.Tooltip(m.t("supervisor.previousPage")));
        next.setTooltip(new javafx.scene.control.Tooltip(m.t("supervisor.nextPage")));
        label.textProperty().bind(Bindings.createStringBinding(() -> vm.range(offset.get(), rows.size(),
                total.get()), rows, offset, total));
        javafx.beans.binding.BooleanBinding paged = total.greaterThan(vm.pageSize());
        for (javafx.scene.Node n : new javafx.scene.Node[] {label, prev, next}) {
            n.visibleProperty().bind(paged);
            n.managedProperty().bind(paged);
        }
        prev.disableProperty().bind(offset.lessThanOrEqualTo(0));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> offset.get() + rows.size() >= total.get(),
                offset, rows, total));
    }

    @FXML
    private void previousListPage() {
        vm.previousListPage();
    }

    @FXML
    private void nextListPage() {
        vm.nextListPage();
    }

    @FXML
    private void previousRiskPage() {
        vm.previousRiskPage();
    }

    @FXML
    private void nextRiskPage() {
        vm.nextRiskPage();
    }

    private Button tile(Figure f) {
        Label count = new Label();
        count.setId("figure-count-" + f.name());
        count.textProperty().bind(vm.total(f).asString());
        count.getStyleClass().add("figure-count");
        Label name = new Label(m.t("supervisor.figure." + f.name()));
        name.getStyleClass().add("figure-name");
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(2, count, name);
        box.setAlignment(Pos.CENTER_LEFT);
        Button b = new Button(null, box);
        b.setId("figure-" + f.name());
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> m.t("supervisor.figure.tip." + f.name(),
                vm.dueSoonHoursProperty().get()), vm.dueSoonHoursProperty()));
        b.setTooltip(tip);
        b.getStyleClass().add("figure-tile");
        b.setMaxWidth(Double.MAX_VALUE); // fills its tile: the tile pane makes every tile the widest one's width
        if (f == Figure.OVERDUE || f == Figure.QUARANTINED) {
            javafx.beans.value.ChangeListener<Number> alert = (obs, old, n) -> {
                b.getStyleClass().remove("figure-alert");
                if (n.intValue() > 0) {
                    b.getStyleClass().add("figure-alert");
                }
            };
            vm.total(f).addListener(alert);
        } else if (f == Figure.DUE_TODAY || f == Figure.DUE_SOON || f == Figure.WAITING_LONG) {
            vm.total(f).addListener((obs, old, n) -> {
                b.getStyleClass().remove("figure-warning");
                if (n.intValue() > 0) {
                    b.getStyleClass().add("figure-warning");
                }
            });
        }
        b.setOnAction(e -> vm.select(f));
        return b;
    }

    private void setUpBreakdown(TableView<Counts> table, String nameKey, boolean byClerk) {
        TableColumn<Counts, String> name = new TableColumn<>(m.t(nameKey));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().label()));
        name.setPrefWidth(200);
        table.getColumns().add(name);
        for (Figure f : Figure.values()) {
            TableColumn<Counts, Number> col = new TableColumn<>(m.t("supervisor.figure.short." + f.name()));
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().get(f)));
            col.setPrefWidth(112);
            col.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(Number n, boolean empty) {
                    super.updateItem(n, empty);
                    setText(empty || n == null ? null : n.intValue() == 0 ? "–" : n.toString());
                    setAlignment(Pos.CENTER_RIGHT);
                    setOnMouseClicked(empty || n == null || n.intValue() == 0 ? null : e -> {
                        Counts row = getTableRow().getItem();
                        if (row != null) {
                            vm.select(new SupervisorViewModel.Selection(f, byClerk ? row.key() : null,
                                    byClerk ? null : row.key(), row.label()));
                        }
                    });
                    getStyleClass().remove("clickable");
                    if (!empty && n != null && n.intValue() > 0) {
                        getStyleClass().add("clickable");
                    }
                }
            });
            table.getColumns().add(col);
        }
        table.setPlaceholder(new Label(m.t("supervisor.empty")));
    }

    private void setUpList(Consumer<String> openDossier) {
        codeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().code()));
        applicantColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().applicant()));
        procedureColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().procedure()));
        clerkColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().clerk()));
        appointmentColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().effectiveAt()));
        appointmentColumn.setCellFactory(c -> textCell(t -> t == null ? m.t("queue.noAppointment")
                : Formats.dateTime(t)));
        daysLateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().daysLate()));
        daysLateColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                getStyleClass().remove("flag-overdue");
                if (empty || n == null || n.longValue() == 0) {
                    setText(null);
                } else {
                    setText(m.t("supervisor.daysLate", n));
                    getStyleClass().add("flag-overdue");
                }
            }
        });
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        statusColumn.setCellFactory(c -> textCell(s -> m.of("status", s)));
        listTable.setItems(vm.lines());
        listTable.setPlaceholder(new Label(m.t("supervisor.list.empty")));
        listTable.setRowFactory(t -> {
            TableRow<Line> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    openDossier.accept(row.getItem().code());
                }
            });
            return row;
        });
        listTable.setOnKeyPressed(e -> {
            Line l = listTable.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && l != null) {
                openDossier.accept(l.code());
                e.consume();
            }
        });
    }

    private <T> TableCell<Line, T> textCell(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : format.apply(item));
            }
        };
    }

    private void setUpApologies() {
        riskTab.textProperty().bind(Bindings.createStringBinding(() -> m.t("supervisor.risk.tab",
                Formats.count(vm.riskTotalProperty().get(), m.english())), vm.riskTotalProperty()));
        riskTable.getColumns().setAll(List.of(
                column("queue.col.code", 225, ApologyService.AtRisk::code),
                column("queue.col.applicant", 160, ApologyService.AtRisk::applicant),
                column("queue.col.procedure", 230, ApologyService.AtRisk::procedure),
                column("queue.col.appointment", 130, r -> Formats.dateTime(r.effectiveAt())),
                column("supervisor.risk.state", 150, r -> r.alreadyLate() ? m.t("supervisor.risk.late")
                        : m.t("supervisor.risk.soon"))));
        riskTable.setItems(vm.atRisk());
        riskTable.setPlaceholder(new Label(m.t("supervisor.risk.empty")));
        apologyButton.disableProperty().bind(riskTable.getSelectionModel().selectedItemProperty().isNull());
        riskTable.setRowFactory(t -> {
            TableRow<ApologyService.AtRisk> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    makeApology();
                }
            });
            return row;
        });
        registerTable.getColumns().setAll(List.of(
                column("supervisor.register.at", 130, (ApologyService.Entry e) -> Formats.dateTime(e.createdAt())),
                column("queue.col.code", 225, ApologyService.Entry::code),
                column("queue.col.applicant", 150, ApologyService.Entry::applicant),
                column("supervisor.register.reason", 240, ApologyService.Entry::reason),
                column("supervisor.register.previous", 130, e -> e.previousAppointment() == null ? ""
                        : Formats.dateTime(e.previousAppointment())),
                column("supervisor.register.new", 130, e -> Formats.dateTime(e.newAppointment())),
                column("supervisor.register.by", 100, ApologyService.Entry::createdBy)));
        registerTable.setItems(vm.apologies());
        registerTable.setPlaceholder(new Label(m.t("supervisor.register.empty")));
    }

    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(m.t(key));
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(value.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    @FXML
    private void makeApology() {
        ApologyService.AtRisk r = riskTable.getSelectionModel().getSelectedItem();
        if (r == null) {
            return;
        }
        ApologyDialog.show(root.getScene().getWindow(), m, r, vm, entry -> {
            vn.motcua.desk.common.Dialogs.info(root.getScene().getWindow(), m, m.t("supervisor.apology.title"),
                    m.t("supervisor.apology.done", entry.code(), Formats.dateTime(entry.newAppointment())));
            printSlip.accept(entry);
        });
    }

    @FXML
    private void refresh() {
        vm.refresh();
    }

    /**
     * At 150–200 % text on a 768 px screen the figure tiles take two rows: the page scrolls as a whole instead of
     * squeezing the two tables to a row each (they keep at least 22 em between them).
     */
    private static javafx.scene.control.ScrollPane scrolling(VBox root) {
        root.getChildren().stream().filter(n -> n instanceof javafx.scene.control.SplitPane).findFirst()
                .ifPresent(split -> split.setStyle("-fx-min-height: 22em;"));
        javafx.scene.control.ScrollPane page = new javafx.scene.control.ScrollPane(root);
        page.setFitToWidth(true);
        page.setFitToHeight(true);
        page.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        page.getStyleClass().add("edge-to-edge");
        page.setId("supervisor-page");
        return page;
    }

    public javafx.scene.control.ScrollPane root() {
        return page;
    }
}

package vn.motcua.desk.report;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.motcua.desk.common.DatePickers;
import vn.motcua.desk.common.Formats;
import vn.motcua.desk.common.FxmlView;
import vn.motcua.desk.common.Messages;
import vn.motcua.domain.rating.RatingLevel;
import vn.motcua.report.SatisfactionReport;
import vn.motcua.report.SatisfactionReport.Complaint;
import vn.motcua.report.SatisfactionReport.Group;
import vn.motcua.service.DashboardService.ExportFormat;
import vn.motcua.service.DashboardService.ReportKind;

/**
 * Reports: the period pickers, the satisfaction charts (distribution, weekly trend, per clerk, per procedure), the
 * "Không hài lòng" list with reasons, and the exports (XLSX, PDF, CSV) of the official reports.
 */
public final class ReportsView {
    private static final int MAX_PROCEDURES = 8;

    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private Label errorLabel;
    @FXML private Label summaryLabel;
    @FXML private javafx.scene.layout.VBox indicatorsBox;
    @FXML private GridPane charts;
    @FXML private Tab complaintsTab;
    @FXML private TableView<Complaint> complaintsTable;
    @FXML private GridPane exportGrid;
    @FXML private Label statusLabel;

    private final VBox root;
    private final ReportsViewModel vm;
    private final Messages m;
    private final PieChart distribution = new PieChart();
    private final StackedBarChart<String, Number> weekly = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    private final StackedBarChart<String, Number> perClerk = new StackedBarChart<>(new CategoryAxis(),
            new NumberAxis());
    private final BarChart<Number, String> perProcedure = new BarChart<>(new NumberAxis(), new CategoryAxis());

    public ReportsView(ReportsViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        this.root = FxmlView.load(this, "ReportsView.fxml", messages);
        for (DatePicker p : List.of(fromPicker, toPicker)) {
            DatePickers.apply(p, m);
        }
        fromPicker.valueProperty().bindBidirectional(vm.fromProperty());
        toPicker.valueProperty().bindBidirectional(vm.toProperty());
        errorLabel.textProperty().bind(vm.errorProperty());
        errorLabel.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        statusLabel.textProperty().bind(vm.statusProperty());
        setUpCharts();
        setUpComplaints();
        setUpExports();
        vm.satisfactionProperty().addListener((obs, old, r) -> show(r));
        vm.indicatorsProperty().addListener((obs, old, r) -> showIndicators(r));
    }

    private void setUpCharts() {
        distribution.setTitle(m.t("reports.chart.distribution"));
        distribution.setLegendVisible(false);
        distribution.setId("chart-distribution");
        weekly.setTitle(m.t("reports.chart.weekly"));
        weekly.setId("chart-weekly");
        perClerk.setTitle(m.t("reports.chart.clerk"));
        perClerk.setId("chart-clerk");
        perProcedure.setTitle(m.t("reports.chart.procedure"));
        perProcedure.setId("chart-procedure");
        perProcedure.setLegendVisible(false);
        for (XYChart<?, ?> c : List.of(weekly, perClerk, perProcedure)) {
            c.setAnimated(false);
        }
        distribution.setAnimated(false);
        charts.getStyleClass().add("satisfaction-charts");
        perProcedure.getStyleClass().add("procedure-chart");
        charts.add(distribution, 0, 0);
        charts.add(weekly, 1, 0);
        charts.add(perClerk, 0, 1);
        charts.add(perProcedure, 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            cc.setHgrow(Priority.ALWAYS);
            charts.getColumnConstraints().add(cc);
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(50);
            rc.setVgrow(Priority.ALWAYS);
            charts.getRowConstraints().add(rc);
        }
    }

    /** Each Decision 766 figure with its definition under it (as in the exports). */
    private void showIndicators(vn.motcua.report.Indicators766 r) {
        indicatorsBox.getChildren().clear();
        if (r == null) {
            return;
        }
        for (vn.motcua.report.Indicators766.Line l : r.lines()) {
            Label figure = new Label(m.t("reports.indicator", l.name(), l.ratio() == null ? "—"
                    : String.valueOf(Math.round(l.ratio() * 1000) / 10.0).replace('.', ','), l.counts()));
            figure.getStyleClass().add("title-4");
            figure.setWrapText(true);
            Label definition = new Label(l.definition());
            definition.getStyleClass().add("text-muted");
            definition.setWrapText(true);
            definition.setPadding(new javafx.geometry.Insets(0, 0, 8, 0));
            indicatorsBox.getChildren().addAll(figure, definition);
        }
    }

    private void show(SatisfactionReport r) {
        if (r == null) {
            return;
        }
        summaryLabel.setText(r.total() == 0 ? m.t("reports.summary.none")
                : m.t("reports.summary", r.total(), Math.round(r.satisfactionRatio() * 1000) / 10.0,
                r.dissatisfied().size()));
        // no ratings: no charts with a made-up 0–150 axis, the summary line says there is nothing yet
        charts.setVisible(r.total() > 0);
        distribution.getData().clear();
        for (RatingLevel l : RatingLevel.values()) {
            int n = r.distribution().getOrDefault(l, 0);
            distribution.getData().add(new PieChart.Data(m.of("rating", l) + " (" + n + ")", n));
        }
        fill(weekly, r.weekly());
        fill(perClerk, r.perClerk());
        perProcedure.getData().clear();
        XYChart.Series<Number, String> s = new XYChart.Series<>();
        r.perProcedure().stream().sorted((a, b) -> Integer.compare(b.total(), a.total())).limit(MAX_PROCEDURES)
                .sorted((a, b) -> Integer.compare(a.total(), b.total()))
                .forEach(g -> s.getData().add(new XYChart.Data<>(g.total(), shorten(g.label()))));
        perProcedure.getData().add(s);
        complaintsTab.setText(m.t("reports.complaints.count", r.dissatisfied().size()));
        complaintsTable.getItems().setAll(r.dissatisfied());
    }

    private void fill(StackedBarChart<String, Number> chart, List<Group> groups) {
        chart.getData().clear();
        for (RatingLevel l : RatingLevel.values()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(m.of("rating", l));
            for (Group g : groups) {
                s.getData().add(new XYChart.Data<>(shorten(g.label()), g.get(l)));
            }
            chart.getData().add(s);
        }
    }

    private static String shorten(String s) {
        return s.length() <= 38 ? s : s.substring(0, 36) + "…";
    }

    private void setUpComplaints() {
        complaintsTable.getColumns().setAll(List.of(
                column("reports.col.at", 130, (Complaint c) -> Formats.dateTime(c.ratedAt())),
                column("queue.col.code", 220, Complaint::code),
                column("queue.col.applicant", 150, Complaint::applicant),
                column("queue.col.procedure", 220, Complaint::procedure),
                column("supervisor.col.clerk", 140, Complaint::clerk),
                column("reports.col.channel", 90, c -> m.t("reports.channel." + c.channel())),
                column("reports.col.reason", 320, Complaint::reason)));
        complaintsTable.setPlaceholder(new Label(m.t("reports.complaints.none")));
    }

    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(m.t(key));
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(value.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void setUpExports() {
        int row = 0;
        for (ReportKind kind : ReportKind.values()) {
            Label name = new Label(m.t("reports.kind." + kind.name()));
            name.setWrapText(true);
            exportGrid.add(name, 0, row);
            int col = 1;
            for (ExportFormat f : ExportFormat.values()) {
                Button b = new Button(f.name());
                b.setId("export-" + kind.name() + "-" + f.name());
                b.setOnAction(e -> export(kind, f));
                exportGrid.add(b, col++, row);
            }
            row++;
        }
    }

    private void export(ReportKind kind, ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.t("reports.kind." + kind.name()));
        chooser.setInitialFileName(vm.suggestedName(kind, format));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + format.extension()));
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            vm.export(kind, format, f.toPath());
        }
    }

    @FXML
    private void month() {
        vm.thisMonth();
        vm.load();
    }

    @FXML
    private void quarter() {
        vm.thisQuarter();
        vm.load();
    }

    @FXML
    private void year() {
        vm.thisYear();
        vm.load();
    }

    @FXML
    private void show() {
        vm.load();
    }

    public VBox root() {
        return root;
    }
}

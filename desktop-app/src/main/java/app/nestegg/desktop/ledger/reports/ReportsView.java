package app.nestegg.desktop.ledger.reports;

import app.nestegg.desktop.ledger.networth.NetWorthChart;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import app.nestegg.vault.ledger.networth.NetWorthPoint;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.io.IOException;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The reports page: which report ({@code #reportKind}) over which months ({@code #reportEarlier}, {@code #reportRange},
 * {@code #reportLater}, {@code #reportThisMonth}, {@code #reportThreeMonths}, {@code #reportTwelveMonths}), its total
 * ({@code #reportTotal}), the charts (spending: {@code #spendingPie} and {@code #spendingTable}; income and budget:
 * {@code #monthBars}; net worth: {@code #netWorthChart}), and saving ({@code #exportCsv}, {@code #exportPng},
 * {@code #reportStatus}, {@code #reportError}). Charts follow the theme, light or dark; a saved PNG is the chart as
 * drawn.
 */
public final class ReportsView extends VBox {

    private final ReportsViewModel reports;
    private final Messages messages;
    private final PieChart pie = new PieChart();
    private final BarChart<String, Number> monthBars = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final NetWorthChart netWorth;
    private final HBox spending;

    public ReportsView(ReportsViewModel reports, Messages messages) {
        super(12);
        this.reports = reports;
        this.messages = messages;
        setId("page-reports");
        getStyleClass().add("page");
        pie.setId("spendingPie");
        // A legend instead of labels: labels beside the slices take the pie's room, and with long category names
        // and amounts left it a few pixels wide.
        pie.setLabelsVisible(false);
        pie.setLegendVisible(true);
        pie.setAnimated(false);
        monthBars.setId("monthBars");
        monthBars.setAnimated(false);
        netWorth = new NetWorthChart("netWorthChart", messages);
        spending = new HBox(16, pie, spendingTable());
        HBox.setHgrow(pie, Priority.ALWAYS);
        StackPane charts = new StackPane(spending, monthBars, netWorth.node());
        VBox.setVgrow(charts, Priority.ALWAYS);
        Label total = new Label();
        total.setId("reportTotal");
        total.textProperty().bind(reports.totalProperty());
        total.getStyleClass().add(Styles.TITLE_4);
        getChildren()
                .setAll(
                        Views.title(messages.get("page.reports")),
                        controls(),
                        total,
                        Views.message("reportStatus", reports.statusProperty(), Styles.SUCCESS),
                        Views.message("reportError", reports.errorProperty(), Styles.DANGER),
                        charts,
                        exports());
        reports.slices().addListener((ListChangeListener<ReportSlice>) change -> showSlices());
        reports.bars().addListener((ListChangeListener<ReportBar>) change -> showBars());
        reports.netWorthDays()
                .addListener((ListChangeListener<NetWorthPoint>) change -> netWorth.show(reports.netWorthDays()));
        Views.showWhen(spending, reports.kindProperty().isEqualTo(ReportKind.SPENDING));
        Views.showWhen(
                monthBars,
                reports.kindProperty()
                        .isEqualTo(ReportKind.INCOME)
                        .or(reports.kindProperty().isEqualTo(ReportKind.BUDGET)));
        Views.showWhen(netWorth.node(), reports.kindProperty().isEqualTo(ReportKind.NET_WORTH));
    }

    private HBox controls() {
        ComboBox<ReportKind> kind = new ComboBox<>();
        kind.setId("reportKind");
        kind.getItems().setAll(ReportKind.values());
        kind.valueProperty().bindBidirectional(reports.kindProperty());
        kind.setConverter(Forms.converter(value -> messages.get(value.key())));
        Label range = new Label();
        range.setId("reportRange");
        range.textProperty().bind(reports.rangeTextProperty());
        Button earlier = Views.button("reportEarlier", "◀", () -> reports.shift(-1));
        Button later = Views.button("reportLater", "▶", () -> reports.shift(1));
        earlier.setAccessibleText(messages.get("reports.earlier"));
        later.setAccessibleText(messages.get("reports.later"));
        HBox row = new HBox(
                8,
                kind,
                earlier,
                range,
                later,
                Views.button("reportThisMonth", messages.get("reports.thisMonth"), () -> reports.lastMonths(1)),
                Views.button("reportThreeMonths", messages.get("reports.threeMonths"), () -> reports.lastMonths(3)),
                Views.button("reportTwelveMonths", messages.get("reports.twelveMonths"), () -> reports.lastMonths(12)));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private TableView<ReportSlice> spendingTable() {
        TableView<ReportSlice> table = new TableView<>(reports.slices());
        table.setId("spendingTable");
        table.setPrefWidth(320);
        TableColumn<ReportSlice, String> name = new TableColumn<>(messages.get("reports.category"));
        name.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        TableColumn<ReportSlice, String> amount = new TableColumn<>(messages.get("reports.amount"));
        amount.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue().shown()));
        amount.getStyleClass().add("money-column");
        table.getColumns().setAll(List.of(name, amount));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private HBox exports() {
        Button csv = Views.button("exportCsv", messages.get("reports.exportCsv"), this::saveCsv);
        Button png = Views.button("exportPng", messages.get("reports.exportPng"), this::savePng);
        return new HBox(8, csv, png);
    }

    private void showSlices() {
        pie.getData()
                .setAll(reports.slices().stream()
                        .map(slice -> new PieChart.Data(
                                slice.name() + " " + slice.shown(),
                                slice.amount().doubleValue()))
                        .toList());
    }

    private void showBars() {
        List<String> names = reports.seriesNames();
        XYChart.Series<String, Number> first = new XYChart.Series<>();
        XYChart.Series<String, Number> second = new XYChart.Series<>();
        first.setName(names.get(0));
        second.setName(names.get(1));
        for (ReportBar bar : reports.bars()) {
            first.getData().add(new XYChart.Data<>(bar.month(), bar.first()));
            second.getData().add(new XYChart.Data<>(bar.month(), bar.second()));
        }
        monthBars.getData().setAll(List.of(first, second));
    }

    private void saveCsv() {
        File file = choose("reports.csvChooser", "csv");
        if (file != null) {
            reports.exportCsv(file.toPath());
        }
    }

    private void savePng() {
        File file = choose("reports.pngChooser", "png");
        if (file == null) {
            return;
        }
        Node chart = switch (reports.kindProperty().get()) {
            case SPENDING -> pie;
            case INCOME, BUDGET -> monthBars;
            case NET_WORTH -> netWorth.node();
        };
        try {
            ChartPng.save(chart, file.toPath());
            reports.chartSaved(file.toPath(), null);
        } catch (IOException | RuntimeException e) {
            reports.chartSaved(file.toPath(), e);
        }
    }

    private File choose(String titleKey, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.setInitialFileName(reports.suggestedFileName(extension));
        return chooser.showSaveDialog(getScene().getWindow());
    }
}

package app.nestegg.desktop.ledger.dashboard;

import app.nestegg.vault.ledger.networth.NetWorthPoint;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** Stand-in for the shared net-worth chart. */
final class DashboardChart {

    private DashboardChart() {}

    static LineChart<Number, Number> create(String id) {
        LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis());
        chart.setId(id);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        return chart;
    }

    static void show(LineChart<Number, Number> chart, List<NetWorthPoint> points) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (NetWorthPoint point : points) {
            series.getData()
                    .add(new XYChart.Data<>(
                            point.day().toEpochDay(), point.netWorth().toDecimal()));
        }
        chart.getData().setAll(List.of(series));
    }
}

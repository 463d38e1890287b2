package app.nestegg.desktop.ledger.networth;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.networth.NetWorthPoint;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * A line chart of net worth day by day, with assets and liabilities (below zero) as two more lines, in the base
 * currency. Its colours come from the theme, light or dark. Long histories are thinned so the chart stays quick to
 * draw.
 */
public final class NetWorthChart {

    /** The most days a line shows; a longer history is thinned to this many. */
    public static final int MOST_POINTS = 400;

    /** About how many dates the axis labels. */
    private static final int DATE_LABELS = 6;

    private final NumberAxis dayAxis;
    private final LineChart<Number, Number> chart;
    private final List<String> seriesNames;

    /** A chart whose node has {@code id}, its lines' names and its axis' dates in the words of {@code messages}. */
    public NetWorthChart(String id, Messages messages) {
        MoneyFormat format = new MoneyFormat(messages.locale());
        // Days as numbers (epoch days) keep the line's spacing true to time after thinning; a category axis would not.
        dayAxis = new NumberAxis();
        dayAxis.setAutoRanging(false);
        dayAxis.setMinorTickVisible(false);
        dayAxis.setTickLabelFormatter(
                Forms.converter(epochDay -> format.date(LocalDate.ofEpochDay(Math.round(epochDay.doubleValue())))));
        NumberAxis amounts = new NumberAxis();
        NumberFormat amountFormat = NumberFormat.getNumberInstance(messages.locale());
        amountFormat.setMaximumFractionDigits(2);
        amounts.setTickLabelFormatter(Forms.converter(amountFormat::format));
        chart = new LineChart<>(dayAxis, amounts);
        chart.setId(id);
        chart.getStyleClass().add("net-worth-chart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        seriesNames = List.of(
                messages.get("networth.chart.assets"),
                messages.get("networth.chart.liabilities"),
                messages.get("networth.chart.netWorth"));
    }

    /** The chart to place in a view, and what a picture of the chart is taken from. */
    public LineChart<Number, Number> node() {
        return chart;
    }

    /**
     * Shows the days, oldest first, as three series in this order: assets, liabilities, and net worth (drawn last, so
     * on top), thinned to at most {@link #MOST_POINTS}; an empty list leaves them empty. Call it on the JavaFX thread.
     */
    public void show(List<NetWorthPoint> days) {
        List<NetWorthPoint> shown = thinned(days, MOST_POINTS);
        if (!shown.isEmpty()) {
            long first = shown.getFirst().day().toEpochDay();
            long last = Math.max(shown.getLast().day().toEpochDay(), first + 1);
            dayAxis.setLowerBound(first);
            dayAxis.setUpperBound(last);
            dayAxis.setTickUnit(Math.max(1, (last - first) / DATE_LABELS));
        }
        chart.getData()
                .setAll(List.of(
                        series(seriesNames.get(0), shown, NetWorthPoint::assets),
                        series(seriesNames.get(1), shown, NetWorthPoint::liabilities),
                        series(seriesNames.get(2), shown, NetWorthPoint::netWorth)));
    }

    /**
     * At most {@code most} of the days (at least 2), evenly spaced through the list and always the first and the last;
     * the list itself when it is short enough.
     */
    public static List<NetWorthPoint> thinned(List<NetWorthPoint> days, int most) {
        if (most < 2) {
            throw new IllegalArgumentException("A thinned history keeps at least its first and last day, not " + most);
        }
        if (days.size() <= most) {
            return days;
        }
        long gaps = days.size() - 1L;
        List<NetWorthPoint> kept = new ArrayList<>(most);
        for (int i = 0; i < most; i++) {
            kept.add(days.get((int) (i * gaps / (most - 1))));
        }
        return kept;
    }

    private static XYChart.Series<Number, Number> series(
            String name, List<NetWorthPoint> days, Function<NetWorthPoint, Money> amount) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (NetWorthPoint day : days) {
            series.getData()
                    .add(new XYChart.Data<>(
                            day.day().toEpochDay(), amount.apply(day).toDecimal()));
        }
        return series;
    }
}

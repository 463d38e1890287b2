package app.nestegg.desktop.ledger.forecast;

import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import app.nestegg.sync.forecast.DayBalance;
import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Forecast page: {@code #forecastAccount} (the total or one account), the {@code #forecastChart} of its projected
 * end-of-day balances, {@code #forecastLowest}, the {@code #forecastWarnings} of every account, {@code #forecastNote}
 * (accounts left out of the total) and {@code #forecastError}.
 */
public final class ForecastView extends VBox {

    /** About how many dates the axis labels. */
    private static final int DATE_LABELS = 6;

    public ForecastView(ForecastViewModel forecast, Messages messages) {
        super(12);
        setId("page-forecast");
        getStyleClass().add("page");
        ComboBox<Choice> account = Forms.choice("forecastAccount", forecast.choices(), forecast.chosenProperty());
        LineChart<Number, Number> chart = chart(forecast, messages);
        VBox.setVgrow(chart, Priority.ALWAYS);
        ListView<String> warnings = new ListView<>(forecast.warnings());
        warnings.setId("forecastWarnings");
        warnings.setPlaceholder(Views.label(messages.get("forecast.noWarnings")));
        warnings.setPrefHeight(120);
        getChildren()
                .setAll(
                        Views.title(messages.get("page.forecast")),
                        Views.message("forecastError", forecast.errorProperty(), Styles.DANGER),
                        Forms.row(Views.label(messages.get("forecast.show")), account),
                        Views.label(messages.get("forecast.explained"), Styles.TEXT_MUTED),
                        chart,
                        Views.bound("forecastLowest", forecast.lowestProperty(), Styles.TEXT_BOLD),
                        Views.message("forecastNote", forecast.noteProperty(), Styles.TEXT_MUTED),
                        Views.label(messages.get("forecast.warnings"), Styles.TITLE_4),
                        warnings);
    }

    private static LineChart<Number, Number> chart(ForecastViewModel forecast, Messages messages) {
        MoneyFormat format = new MoneyFormat(messages.locale());
        NumberAxis days = new NumberAxis();
        days.setAutoRanging(false);
        days.setMinorTickVisible(false);
        days.setTickLabelFormatter(
                Forms.converter(epochDay -> format.date(LocalDate.ofEpochDay(Math.round(epochDay.doubleValue())))));
        NumberAxis amounts = new NumberAxis();
        NumberFormat amountFormat = NumberFormat.getNumberInstance(messages.locale());
        amountFormat.setMaximumFractionDigits(2);
        amounts.setTickLabelFormatter(Forms.converter(amountFormat::format));
        LineChart<Number, Number> chart = new LineChart<>(days, amounts);
        chart.setId("forecastChart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        Runnable fill = () -> {
            List<DayBalance> line = List.copyOf(forecast.line());
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            for (DayBalance day : line) {
                series.getData()
                        .add(new XYChart.Data<>(
                                day.date().toEpochDay(), day.balance().toDecimal()));
            }
            if (!line.isEmpty()) {
                long first = line.getFirst().date().toEpochDay();
                long last = Math.max(line.getLast().date().toEpochDay(), first + 1);
                days.setLowerBound(first);
                days.setUpperBound(last);
                days.setTickUnit(Math.max(1, (last - first) / DATE_LABELS));
            }
            chart.getData().setAll(List.of(series));
        };
        forecast.line().addListener((ListChangeListener<DayBalance>) change -> fill.run());
        fill.run();
        return chart;
    }
}

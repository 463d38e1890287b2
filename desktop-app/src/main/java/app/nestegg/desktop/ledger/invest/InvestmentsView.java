package app.nestegg.desktop.ledger.invest;

import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import app.nestegg.vault.ledger.invest.SecurityType;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Investments page: {@code #investAccount}, {@code #recordTrade} (opens {@link TradeDialog}), {@code #importPrices}
 * (a file chooser), the {@code #holdingsTable} with {@code #investTotals}, the {@code #tradesTable} with
 * {@code #deleteTrade} (not for bank adjustments), the {@code #allocationChart}, the returns
 * ({@code #moneyWeighted}, {@code #timeWeighted}, each with its explanation below), the add-security form
 * ({@code #securitySymbol}, {@code #securityName}, {@code #securityType}, {@code #securityCurrency},
 * {@code #addSecurity}), and {@code #investStatus} / {@code #investError}.
 */
public final class InvestmentsView extends VBox {

    private final InvestmentsViewModel invest;
    private final Messages messages;

    public InvestmentsView(InvestmentsViewModel invest, Messages messages) {
        super(12);
        this.invest = invest;
        this.messages = messages;
        setId("page-investments");
        getStyleClass().add("page");
        TableView<HoldingRow> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        Label totals = Views.label("");
        totals.setId("investTotals");
        totals.textProperty().bind(invest.totalsProperty());
        Label priceAge = Views.label("");
        priceAge.setId("investPriceAge");
        priceAge.textProperty().bind(invest.priceAgeProperty());
        HBox lower = new HBox(16, chart(), returns());
        getChildren()
                .setAll(
                        Views.title(messages.get("page.investments")),
                        Views.message("investStatus", invest.statusProperty(), Styles.SUCCESS),
                        Views.message("investError", invest.errorProperty(), Styles.DANGER),
                        toolbar(),
                        table,
                        totals,
                        priceAge,
                        tradeList(),
                        lower,
                        securityForm());
    }

    private HBox toolbar() {
        ComboBox<Choice> account = Forms.choice("investAccount", invest.accounts(), invest.accountProperty());
        account.setPromptText(messages.get("invest.noAccount"));
        Button trade = Views.button("recordTrade", messages.get("invest.recordTrade"), () -> {
            invest.tradeForm().clear();
            TradeDialog dialog = new TradeDialog(invest.tradeForm(), messages);
            dialog.initOwner(getScene().getWindow());
            dialog.show();
        });
        trade.disableProperty().bind(invest.accountProperty().isNull());
        Button prices = Views.button("importPrices", messages.get("invest.importPrices"), () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("invest.importPrices.title"));
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(messages.get("invest.importPrices.files"), "*.csv", "*.CSV"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                invest.importPrices(file.toPath());
            }
        });
        return Forms.row(Views.label(messages.get("invest.account")), account, trade, prices);
    }

    private TableView<HoldingRow> table() {
        TableView<HoldingRow> table = new TableView<>(invest.holdings());
        table.setId("holdingsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(Views.label(messages.get("invest.noHoldings")));
        table.getColumns()
                .setAll(List.of(
                        column("invest.column.symbol", HoldingRow::symbol, false),
                        column("invest.column.name", HoldingRow::name, false),
                        column("invest.column.quantity", HoldingRow::quantity, true),
                        column("invest.column.cost", HoldingRow::costBasis, true),
                        column("invest.column.price", HoldingRow::price, true),
                        column("invest.column.value", HoldingRow::marketValue, true),
                        column("invest.column.unrealised", HoldingRow::unrealisedGain, true),
                        column("invest.column.realised", HoldingRow::realisedGain, true)));
        table.setPrefHeight(240);
        return table;
    }

    private VBox tradeList() {
        TableView<TradeRow> trades = new TableView<>(invest.trades());
        trades.setId("tradesTable");
        trades.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        trades.setPlaceholder(Views.label(messages.get("invest.noTrades")));
        trades.getColumns()
                .setAll(List.of(
                        column("invest.column.date", TradeRow::date, false),
                        column("invest.trade.kind", TradeRow::kind, false),
                        column("invest.column.symbol", TradeRow::security, false),
                        column("invest.column.quantity", TradeRow::quantity, true),
                        column("invest.column.price", TradeRow::price, true),
                        column("invest.column.tradeValue", TradeRow::value, true),
                        column("invest.column.cash", TradeRow::cash, true)));
        trades.setPrefHeight(180);
        var selected = trades.getSelectionModel().selectedItemProperty();
        Button delete = Views.button(
                "deleteTrade", messages.get("invest.trade.delete"), () -> invest.deleteTrade(selected.get()));
        delete.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> selected.get() == null || selected.get().bankAdjustment(), selected));
        return new VBox(6, Forms.row(Views.label(messages.get("invest.trades"), Styles.TITLE_4), delete), trades);
    }

    private <R> TableColumn<R, String> column(String key, Function<R, String> value, boolean number) {
        TableColumn<R, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        if (number) {
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return column;
    }

    private PieChart chart() {
        PieChart chart = new PieChart();
        chart.setId("allocationChart");
        chart.setTitle(messages.get("invest.allocation"));
        chart.setLegendVisible(false);
        chart.setPrefSize(320, 240);
        chart.setAnimated(false);
        Runnable fill = () -> chart.getData()
                .setAll(invest.allocation().stream()
                        .map(share ->
                                new PieChart.Data(share.label(), share.share().doubleValue()))
                        .toList());
        invest.allocation().addListener((ListChangeListener<AllocationShare>) change -> fill.run());
        fill.run();
        return chart;
    }

    private VBox returns() {
        VBox box = new VBox(
                6,
                Views.label(messages.get("invest.returns"), Styles.TITLE_4),
                Views.bound("moneyWeighted", invest.moneyWeightedProperty(), Styles.TEXT_BOLD),
                explanation("moneyWeightedExplained", invest.moneyWeightedExplainedProperty()),
                Views.bound("timeWeighted", invest.timeWeightedProperty(), Styles.TEXT_BOLD),
                explanation("timeWeightedExplained", invest.timeWeightedExplainedProperty()));
        box.setMaxWidth(520);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static Label explanation(String id, ObservableStringValue text) {
        Label label = Views.bound(id, text, Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    private HBox securityForm() {
        TextField symbol =
                Forms.field("securitySymbol", invest.symbolProperty(), messages.get("invest.security.symbol"), 6);
        TextField name =
                Forms.field("securityName", invest.securityNameProperty(), messages.get("invest.security.name"));
        ComboBox<SecurityType> type =
                Forms.choice("securityType", SecurityType.values(), invest.securityTypeProperty(), invest::typeName);
        TextField currency = Forms.field(
                "securityCurrency", invest.securityCurrencyProperty(), messages.get("invest.security.currency"), 4);
        Button add = Views.button("addSecurity", messages.get("invest.security.add"), invest::addSecurity);
        return Forms.row(Views.label(messages.get("invest.security.title")), symbol, name, type, currency, add);
    }
}

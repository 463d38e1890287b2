package app.nestegg.desktop.ledger.dashboard;

import app.nestegg.desktop.ledger.networth.NetWorthChart;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Views;
import app.nestegg.vault.ledger.dashboard.DashboardRange;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The dashboard page: net worth ({@code #dashboardNetWorth}, {@code #dashboardChange}) and its chart
 * ({@code #netWorthChart}) over the range the buttons choose ({@code #range-one_month} … {@code #range-all}), this
 * month's {@code #monthIncome}, {@code #monthSpending} and {@code #monthCashFlow}, the budget by group
 * ({@code #dashboardBudget}), the goals ({@code #dashboardGoals}) and the recent large transactions
 * ({@code #largeTransactions}). The figures are read again whenever the page is shown.
 */
public final class DashboardView extends ScrollPane {

    private final DashboardViewModel dashboard;
    private final Messages messages;
    private final NetWorthChart chart;
    private final VBox budget = new VBox(10);
    private final VBox goals = new VBox(10);
    private final GridPane large = new GridPane(16, 6);

    public DashboardView(DashboardViewModel dashboard, Messages messages) {
        this.dashboard = dashboard;
        this.messages = messages;
        setId("page-dashboard");
        setFitToWidth(true);
        getStyleClass().add("screen-scroll");
        chart = new NetWorthChart("netWorthChart", messages);
        budget.setId("dashboardBudget");
        goals.setId("dashboardGoals");
        large.setId("largeTransactions");
        HBox header = new HBox(12, Views.title(messages.get("page.dashboard")), new Spacer(), rangeButtons());
        header.setAlignment(Pos.CENTER_LEFT);
        HBox lists = new HBox(16, card("dashboard.budget", budget), card("dashboard.goals", goals));
        lists.getChildren().forEach(c -> HBox.setHgrow(c, Priority.ALWAYS));
        VBox page = new VBox(
                16,
                header,
                Views.message("dashboardError", dashboard.errorProperty(), Styles.DANGER),
                netWorthCard(),
                monthCard(),
                lists,
                card("dashboard.large", large));
        page.getStyleClass().add("page");
        setContent(page);
        follow(dashboard.series(), () -> chart.show(dashboard.series()));
        follow(dashboard.budget(), this::showBudget);
        follow(dashboard.goals(), this::showGoals);
        follow(dashboard.large(), this::showLarge);
        // The shell keeps pages once built; the figures are read again each time the page comes into view, so a
        // budget set or a transaction entered elsewhere shows here.
        parentProperty().addListener((observable, old, now) -> {
            if (now != null) {
                dashboard.refresh();
            }
        });
    }

    private HBox rangeButtons() {
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox();
        DashboardRange[] ranges = DashboardRange.values();
        for (int i = 0; i < ranges.length; i++) {
            DashboardRange range = ranges[i];
            ToggleButton button = new ToggleButton(messages.get(DashboardViewModel.rangeKey(range)));
            button.setId("range-" + range.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setSelected(range == dashboard.rangeProperty().get());
            button.getStyleClass()
                    .add(i == 0 ? Styles.LEFT_PILL : i == ranges.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            button.setOnAction(event -> {
                button.setSelected(true);
                dashboard.showRange(range);
            });
            buttons.getChildren().add(button);
        }
        return buttons;
    }

    private VBox netWorthCard() {
        Label worth = Views.bound("dashboardNetWorth", dashboard.netWorthProperty(), Styles.TITLE_1);
        Label change = Views.bound("dashboardChange", dashboard.netWorthChangeProperty(), Styles.TEXT_MUTED);
        VBox.setVgrow(chart.node(), Priority.ALWAYS);
        return card("dashboard.netWorth", new VBox(4, worth, change, chart.node()));
    }

    private VBox monthCard() {
        HBox figures = new HBox(
                32,
                figure("dashboard.income", Views.bound("monthIncome", dashboard.incomeProperty(), Styles.TITLE_3)),
                figure(
                        "dashboard.spending",
                        Views.bound("monthSpending", dashboard.spendingProperty(), Styles.TITLE_3)),
                figure(
                        "dashboard.cashFlow",
                        Views.bound("monthCashFlow", dashboard.cashFlowProperty(), Styles.TITLE_3)));
        Label title = Views.bound("monthTitle", dashboard.monthTitleProperty(), Styles.TITLE_4);
        VBox box = new VBox(10, title, figures);
        box.getStyleClass().add("dashboard-card");
        return box;
    }

    private VBox figure(String key, Label value) {
        return new VBox(2, Views.label(messages.get(key), Styles.TEXT_MUTED), value);
    }

    private void showBudget() {
        budget.getChildren().setAll(lines(dashboard.budget(), "dashboard.noBudget", line -> {
            ProgressBar bar = bar(line.fraction());
            if (line.overspent()) {
                bar.getStyleClass().add("overspent-bar");
            }
            Label remaining = Views.label(line.remaining(), line.overspent() ? Styles.DANGER : Styles.TEXT_MUTED);
            return new VBox(
                    3,
                    new HBox(8, Views.label(line.name(), Styles.TEXT_BOLD), new Spacer(), remaining),
                    bar,
                    Views.label(line.spentOfBudget(), Styles.TEXT_SMALL));
        }));
    }

    private void showGoals() {
        goals.getChildren()
                .setAll(lines(
                        dashboard.goals(),
                        "dashboard.noGoals",
                        line -> new VBox(
                                3,
                                Views.label(line.name(), Styles.TEXT_BOLD),
                                bar(line.fraction()),
                                Views.label(line.savedOfTarget(), Styles.TEXT_SMALL))));
    }

    private void showLarge() {
        large.getChildren().clear();
        if (dashboard.large().isEmpty()) {
            large.add(Views.label(messages.get("dashboard.noLarge"), Styles.TEXT_MUTED), 0, 0);
            return;
        }
        int row = 0;
        for (LargeTransactionLine line : dashboard.large()) {
            Label amount = Views.label(line.amount(), line.inflow() ? Styles.SUCCESS : Styles.TEXT);
            amount.setMinWidth(Region.USE_PREF_SIZE);
            large.addRow(
                    row++,
                    Views.label(line.date(), Styles.TEXT_MUTED),
                    Views.label(line.payee(), Styles.TEXT_BOLD),
                    Views.label(line.category()),
                    Views.label(line.account(), Styles.TEXT_MUTED),
                    amount);
        }
    }

    private <T> List<Node> lines(ObservableList<T> items, String emptyKey, Function<T, Node> line) {
        if (items.isEmpty()) {
            return List.of(Views.label(messages.get(emptyKey), Styles.TEXT_MUTED));
        }
        return items.stream().map(line).toList();
    }

    private VBox card(String titleKey, Node content) {
        VBox box = new VBox(10, Views.label(messages.get(titleKey), Styles.TITLE_4), content);
        box.getStyleClass().add("dashboard-card");
        return box;
    }

    private static ProgressBar bar(BigDecimal fraction) {
        ProgressBar bar = new ProgressBar(fraction.doubleValue());
        bar.setMaxWidth(Double.MAX_VALUE);
        return bar;
    }

    private static <T> void follow(ObservableList<T> list, Runnable show) {
        list.addListener((ListChangeListener<T>) change -> show.run());
        show.run();
    }
}

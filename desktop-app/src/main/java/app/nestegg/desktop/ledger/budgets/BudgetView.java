package app.nestegg.desktop.ledger.budgets;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The budget page: month navigation ({@code #previousMonth}, {@code #budgetMonth}, {@code #nextMonth}), the month's
 * totals ({@code #budgetSummary}, {@code #toBudget}), the table of groups and categories ({@code #budgetTable};
 * overspent rows styled {@code overspent}), the selected category's amount and rollover ({@code #budgetAmount},
 * {@code #saveBudget}, {@code #budgetRollover}), copy and average ({@code #copyLastMonth}, {@code #averageMonths},
 * {@code #fillFromAverage}), and the outcome ({@code #budgetStatus}, {@code #budgetError}).
 */
public final class BudgetView extends VBox {

    private final BudgetViewModel budget;
    private final Messages messages;

    public BudgetView(BudgetViewModel budget, Messages messages) {
        super(12);
        this.budget = budget;
        this.messages = messages;
        setId("page-budgets");
        getStyleClass().add("page");
        TableView<BudgetRow> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren()
                .setAll(
                        Views.title(messages.get("page.budgets")),
                        navigation(),
                        totals(),
                        Views.message("budgetStatus", budget.statusProperty(), Styles.SUCCESS),
                        Views.message("budgetError", budget.errorProperty(), Styles.DANGER),
                        table,
                        editor());
    }

    private HBox navigation() {
        Button previous = Views.button("previousMonth", "◀", budget::previousMonth);
        Button next = Views.button("nextMonth", "▶", budget::nextMonth);
        previous.setAccessibleText(messages.get("budgets.previous"));
        next.setAccessibleText(messages.get("budgets.next"));
        Label month = new Label();
        month.setId("budgetMonth");
        month.textProperty().bind(budget.monthTitleProperty());
        month.getStyleClass().add(Styles.TITLE_4);
        Button copy = Views.button("copyLastMonth", messages.get("budgets.copy"), budget::copyPreviousMonth);
        ComboBox<Integer> months = new ComboBox<>();
        months.setId("averageMonths");
        months.getItems().setAll(3, 6, 12);
        months.setValue(3);
        months.setConverter(Forms.converter(value -> messages.format("budgets.months", value)));
        Button average = Views.button(
                "fillFromAverage", messages.get("budgets.average"), () -> budget.fillFromAverage(months.getValue()));
        copy.disableProperty().bind(budget.busyProperty());
        average.disableProperty().bind(budget.busyProperty());
        return Forms.row(previous, month, next, new Label("  "), copy, average, months);
    }

    private VBox totals() {
        Label toBudget = new Label();
        toBudget.setId("toBudget");
        toBudget.textProperty().bind(budget.toBudgetProperty());
        toBudget.getStyleClass().add(Styles.TITLE_3);
        Label summary = new Label();
        summary.setId("budgetSummary");
        summary.textProperty().bind(budget.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(2, toBudget, summary);
    }

    private TableView<BudgetRow> table() {
        TableView<BudgetRow> table = new TableView<>(budget.rows());
        table.setId("budgetTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns()
                .setAll(
                        column("budgets.category", row -> row.isGroup() ? row.name() : "    " + row.name(), false),
                        column("budgets.budgeted", BudgetRow::budgeted, true),
                        column("budgets.carried", BudgetRow::carried, true),
                        column("budgets.actual", BudgetRow::actual, true),
                        column("budgets.remaining", BudgetRow::remaining, true));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(BudgetRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("budget-group", "overspent");
                if (!empty && row != null) {
                    if (row.isGroup()) {
                        getStyleClass().add("budget-group");
                    }
                    if (row.overspent()) {
                        getStyleClass().add("overspent");
                    }
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> budget.select(row));
        return table;
    }

    private TableColumn<BudgetRow, String> column(String key, Function<BudgetRow, String> value, boolean right) {
        TableColumn<BudgetRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        if (right) {
            column.getStyleClass().add("money-column");
        }
        return column;
    }

    private HBox editor() {
        Label name = new Label();
        name.setId("budgetCategory");
        name.textProperty()
                .bind(budget.selectedProperty().map(row -> row.name()).orElse(messages.get("budgets.pick")));
        TextField amount = Forms.field("budgetAmount", budget.amountProperty(), messages.get("budgets.amount"));
        amount.setOnAction(event -> budget.saveAmount());
        Button save = Views.button("saveBudget", messages.get("budgets.save"), budget::saveAmount, Styles.ACCENT);
        CheckBox rollover = new CheckBox(messages.get("budgets.rollover"));
        rollover.setId("budgetRollover");
        rollover.selectedProperty().bindBidirectional(budget.rolloverProperty());
        rollover.setOnAction(event -> budget.saveRollover());
        var noLine = budget.selectedProperty().isNull();
        amount.disableProperty().bind(noLine);
        save.disableProperty().bind(noLine.or(budget.busyProperty()));
        rollover.disableProperty().bind(budget.canRollOverProperty().not());
        return Forms.row(name, amount, save, rollover);
    }
}

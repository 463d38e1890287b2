package app.nestegg.cli;

import app.nestegg.vault.ledger.budget.BudgetGroup;
import app.nestegg.vault.ledger.budget.BudgetLine;
import app.nestegg.vault.ledger.budget.BudgetMonth;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON form of a month's budget: amounts as decimal strings in the base currency, every category included. */
final class BudgetJson {

    private BudgetJson() {}

    static ObjectNode month(Cli cli, BudgetMonth budget) {
        ObjectNode node = cli.jsonObject();
        node.put("month", budget.month().toString());
        node.put("currency", budget.toBudget().currency().getCurrencyCode());
        node.put("incomeExpected", budget.incomeExpected().toPlainString());
        node.put("incomeReceived", budget.incomeReceived().toPlainString());
        node.put("expensesBudgeted", budget.expensesBudgeted().toPlainString());
        node.put("expensesSpent", budget.expensesSpent().toPlainString());
        node.put("toBudget", budget.toBudget().toPlainString());
        ArrayNode groups = node.putArray("groups");
        for (BudgetGroup group : budget.groups()) {
            ObjectNode g = groups.addObject();
            g.put("id", group.groupId().toString());
            g.put("name", group.name());
            g.put("kind", group.kind().name());
            g.put("budgeted", group.budgeted().toPlainString());
            g.put("carried", group.carried().toPlainString());
            g.put("actual", group.actual().toPlainString());
            g.put("remaining", group.remaining().toPlainString());
            ArrayNode lines = g.putArray("categories");
            for (BudgetLine line : group.lines()) {
                ObjectNode l = lines.addObject();
                l.put("id", line.categoryId().toString());
                l.put("name", line.name());
                l.put("budgeted", line.budgeted().toPlainString());
                l.put("carried", line.carried().toPlainString());
                l.put("actual", line.actual().toPlainString());
                l.put("remaining", line.remaining().toPlainString());
                l.put("rollover", line.rollover());
                l.put("overspent", line.overspent());
                l.put("hidden", line.hidden());
            }
        }
        return node;
    }
}

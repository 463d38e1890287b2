package app.nestegg.vault.ledger.report;

import app.nestegg.vault.ledger.Money;
import java.util.List;

/**
 * Spending by expense category over a range of months, in the base currency, largest first: what was spent less what
 * was refunded; spending without a category is one more line. Categories that spent nothing are left out.
 */
public record SpendingReport(MonthRange range, List<CategoryAmount> categories, Money total) {

    public SpendingReport {
        categories = List.copyOf(categories);
    }
}

package app.nestegg.vault.ledger.report;

import app.nestegg.vault.ledger.Money;
import java.util.List;

/**
 * Income against expenses month by month, in the base currency: income is what income categories received plus money
 * that came in without a category; expenses are what expense categories spent plus money that went out without a
 * category. Transfers between accounts count as neither.
 */
public record IncomeExpenseReport(MonthRange range, List<MonthFlow> months, Money income, Money expenses, Money net) {

    public IncomeExpenseReport {
        months = List.copyOf(months);
    }
}

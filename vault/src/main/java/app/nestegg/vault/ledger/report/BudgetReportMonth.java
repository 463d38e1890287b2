package app.nestegg.vault.ledger.report;

import app.nestegg.vault.ledger.Money;
import java.time.YearMonth;

/** One month of budget against actual: the expenses budgeted and spent, the income expected and received. */
public record BudgetReportMonth(
        YearMonth month, Money expensesBudgeted, Money expensesSpent, Money incomeExpected, Money incomeReceived) {}

package app.nestegg.vault.ledger.report;

import app.nestegg.vault.ledger.Money;
import java.time.YearMonth;

/** A month's income, expenses (a positive amount) and what was left: income − expenses. */
public record MonthFlow(YearMonth month, Money income, Money expenses, Money net) {}

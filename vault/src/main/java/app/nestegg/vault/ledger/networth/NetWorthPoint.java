package app.nestegg.vault.ledger.networth;

import app.nestegg.vault.ledger.Money;
import java.time.LocalDate;

/** Net worth on a day in the base currency: assets, liabilities (a negative amount) and their sum. */
public record NetWorthPoint(LocalDate day, Money assets, Money liabilities, Money netWorth) {}

package app.nestegg.sync.forecast;

import app.nestegg.vault.ledger.Money;
import java.time.LocalDate;

/** A projected end-of-day balance. */
public record DayBalance(LocalDate date, Money balance) {}

package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Shares bought (or reinvested) on one day that are still held, with what they cost in the account's currency. */
public record Lot(LocalDate acquired, BigDecimal quantity, Money cost) {}

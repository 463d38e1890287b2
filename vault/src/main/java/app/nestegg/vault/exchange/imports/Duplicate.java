package app.nestegg.vault.exchange.imports;

import app.nestegg.vault.ledger.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The stored transaction a statement row duplicates, shown beside the row so the person can judge; the transaction id
 * is null when the row repeats an earlier row of the same file.
 */
public record Duplicate(UUID transactionId, LocalDate date, Money amount, String payee, DuplicateReason reason) {}

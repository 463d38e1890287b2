package app.nestegg.vault.ledger.report;

import app.nestegg.vault.ledger.Money;
import java.util.UUID;

/** A category's amount over a report's months, with its group's name; {@code categoryId} is null for uncategorised. */
public record CategoryAmount(UUID categoryId, String name, String group, Money amount) {}

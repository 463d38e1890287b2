package app.nestegg.vault.exchange.imports;

import java.time.LocalDate;
import java.util.UUID;

/** A transaction already in the account, as duplicate detection needs it. */
record StoredRow(UUID id, LocalDate date, long amount, String payee, String externalId) {}

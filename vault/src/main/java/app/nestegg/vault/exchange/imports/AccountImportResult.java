package app.nestegg.vault.exchange.imports;

import java.util.UUID;

/** What an import did to one account: rows added, rows left out as duplicates, and whether it opened the account. */
public record AccountImportResult(UUID accountId, String accountName, boolean opened, int imported, int skipped) {}

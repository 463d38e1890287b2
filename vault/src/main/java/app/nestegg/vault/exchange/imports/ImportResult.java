package app.nestegg.vault.exchange.imports;

import java.util.List;

/** What importing one file did, per account. */
public record ImportResult(String fileName, List<AccountImportResult> accounts) {

    public ImportResult {
        accounts = List.copyOf(accounts);
    }

    public int imported() {
        return accounts.stream().mapToInt(AccountImportResult::imported).sum();
    }

    public int skipped() {
        return accounts.stream().mapToInt(AccountImportResult::skipped).sum();
    }
}

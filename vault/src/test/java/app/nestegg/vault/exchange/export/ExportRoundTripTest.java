package app.nestegg.vault.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.VaultSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export restored into a new vault gives back the same ledger: the same rows, ids and balances. */
class ExportRoundTripTest {

    @TempDir
    Path folder;

    private final ExportFixture fixture = new ExportFixture();

    @Test
    void aRestoredExportHasTheSameRowsDetailsAndBalances() {
        Path export = folder.resolve("export.zip");
        try (VaultSession source = fixture.filledVault(folder.resolve("source"));
                VaultSession target = fixture.vaults.create(folder.resolve("target"))) {
            ExportSummary written = ExportFixture.export(source, export, Optional.empty());
            ExportSummary restored = ExportFixture.restore(target, export, Optional.empty());

            assertThat(restored.counts()).isEqualTo(written.counts());
            assertThat(written.count("transactions")).isGreaterThan(400);
            assertThat(written.count("goals")).isEqualTo(3);
            assertThat(written.count("budget_amounts")).isEqualTo(2);
            assertThat(written.count("budget_rollovers")).isEqualTo(1);
            assertThat(written.count("goal_accounts")).isEqualTo(1);
            assertThat(written.count("goal_contributions")).isEqualTo(2);
            assertThat(written.count("scheduled_transactions")).isEqualTo(1);
            assertThat(written.count("scheduled_occurrences")).isEqualTo(1);
            assertThat(target.ledger().recurring().scheduled().list())
                    .isEqualTo(source.ledger().recurring().scheduled().list());
            assertThat(target.ledger().goals().progress(true))
                    .isEqualTo(source.ledger().goals().progress(true));
            assertThat(ExportFixture.ledgerRows(target)).isEqualTo(ExportFixture.ledgerRows(source));
            assertThat(ExportFixture.details(target)).isEqualTo(ExportFixture.details(source));
            assertThat(written.count("securities")).isEqualTo(1);
            assertThat(written.count("trades")).isEqualTo(4);
            assertThat(written.count("security_prices")).isEqualTo(1);
            for (var account : source.ledger().investments().holdings().all(ExportFixture.END)) {
                assertThat(target.ledger()
                                .investments()
                                .holdings()
                                .of(account.account().id(), ExportFixture.END))
                        .isEqualTo(account);
            }
            assertThat(target.ledger().rates().baseCurrency()).isEqualTo(Currency.getInstance("EUR"));
            for (LocalDate day : List.of(
                    LocalDate.of(2025, 11, 3),
                    LocalDate.of(2026, 3, 20),
                    ExportFixture.END,
                    LocalDate.of(2030, 1, 1))) {
                assertThat(target.ledger().balances().balances(day))
                        .isEqualTo(source.ledger().balances().balances(day));
            }
        }
    }

    @Test
    void theZipHoldsACsvPerSectionTheDocumentAndTheManifestLast() throws IOException {
        Path export = folder.resolve("export.zip");
        try (VaultSession source = fixture.filledVault(folder.resolve("source"))) {
            ExportFixture.export(source, export, Optional.empty());
        }
        try (ZipFile zip = new ZipFile(export.toFile())) {
            List<String> names = new ArrayList<>();
            zip.stream().forEach(e -> names.add(e.getName()));
            assertThat(names).startsWith("accounts.csv", "category_groups.csv", "categories.csv", "transactions.csv");
            assertThat(names).endsWith("nestegg.json", "manifest.json");
            String manifest = new String(
                    zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(manifest).contains("\"formatVersion\" : 1", "\"sha256\"", "\"transactions\"");
            String accounts =
                    new String(zip.getInputStream(zip.getEntry("accounts.csv")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(accounts.lines().findFirst().orElseThrow())
                    .startsWith("id,name,account_type")
                    .endsWith("address,zip,vin");
            assertThat(accounts).contains("12 Elm Street", "1HGCM82633A004352").doesNotContain("sealed");
            String transactions = new String(
                    zip.getInputStream(zip.getEntry("transactions.csv")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(transactions).contains("'=cmd").contains(",USD");
        }
        assertThat(Files.exists(folder.resolve("export.zip.part"))).isFalse();
    }

    @Test
    void theExportCarriesNoSecretsOfTheVault() throws IOException {
        Path export = folder.resolve("export.zip");
        try (VaultSession source = fixture.filledVault(folder.resolve("source"))) {
            source.beginMfa("laptop");
            ExportFixture.export(source, export, Optional.empty());
        }
        try (ZipFile zip = new ZipFile(export.toFile())) {
            StringBuilder all = new StringBuilder();
            for (var entry : java.util.Collections.list(zip.entries())) {
                all.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
            assertThat(all.toString())
                    .doesNotContain("secret_sealed", "code_hash", "wrapped", "change_log", "audit", "auto_lock");
        }
    }
}

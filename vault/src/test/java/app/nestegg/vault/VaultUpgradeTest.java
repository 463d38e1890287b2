package app.nestegg.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.RegisterQuery;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.ledger.invest.PriceSource;
import app.nestegg.vault.ledger.invest.ReportedPosition;
import app.nestegg.vault.ledger.invest.SecurityDraft;
import app.nestegg.vault.ledger.invest.SecurityPrice;
import app.nestegg.vault.ledger.invest.SecurityType;
import app.nestegg.vault.ledger.invest.TradeKind;
import app.nestegg.vault.store.SecureFiles;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vault made by an earlier release opens with this one, is migrated in place, and keeps working. */
class VaultUpgradeTest {

    @TempDir
    Path folder;

    @Test
    void aSchemaV1VaultGainsTheLedgerAndKeepsItAcrossUnlocks() throws IOException {
        Path vault = copyOf("schema-v1", folder.resolve("vault"));
        TestVaults vaults = new TestVaults();
        java.util.UUID accountId;
        try (VaultSession session = vaults.unlock(vault)) {
            assertThat(session.ledger().categories().list()).isNotEmpty();
            accountId = session.ledger()
                    .accounts()
                    .add(AccountDraft.of("Checking", AccountType.CHECKING, Currency.getInstance("USD"), BigDecimal.TEN))
                    .id();
            session.ledger()
                    .transactions()
                    .add(TransactionDraft.of(accountId, LocalDate.of(2026, 11, 1), new BigDecimal("-2.50"), "Cafe"));
        }
        try (VaultSession session = vaults.unlock(vault)) {
            assertThat(session.backups().list())
                    .as("one backup, taken before the first migration and not again")
                    .singleElement()
                    .satisfies(backup ->
                            assertThat(backup.kind()).isEqualTo(app.nestegg.vault.store.BackupKind.BEFORE_MIGRATION));
            assertThat(session.ledger().register().count(RegisterQuery.forAccount(accountId)))
                    .isEqualTo(1);
            assertThat(session.ledger().accounts().find("checking").id()).isEqualTo(accountId);
        }
    }

    @Test
    void aSchemaV9VaultGainsBankConnectionsAndKeepsItsLedger() throws IOException {
        Path vault = copyOf("schema-v9", folder.resolve("vault"));
        TestVaults vaults = new TestVaults();
        java.util.UUID connectionId;
        try (VaultSession session = vaults.unlock(vault)) {
            var checking = session.ledger().accounts().find("Checking");
            assertThat(session.ledger().register().count(RegisterQuery.forAccount(checking.id())))
                    .isEqualTo(1);
            assertThat(session.ledger().bankConnections().list()).isEmpty();
            connectionId = session.ledger()
                    .bankConnections()
                    .add(app.nestegg.vault.bank.BankProviderKind.PLAID, "Bank", "item-1", "access-token-1")
                    .id();
        }
        try (VaultSession session = vaults.unlock(vault)) {
            assertThat(session.ledger().bankConnections().accessToken(connectionId))
                    .isEqualTo("access-token-1");
            assertThat(session.ledger()
                            .balances()
                            .balance(
                                    session.ledger().accounts().find("Checking").id(), LocalDate.of(2026, 12, 1))
                            .toDecimal())
                    .isEqualByComparingTo("97.50");
        }
    }

    @Test
    void aSchemaV9VaultLosesTheRepeatedLedgerIndexesAndStillRefusesAnUnknownCategory() throws IOException {
        Path vault = copyOf("schema-v9", folder.resolve("vault"));
        TestVaults vaults = new TestVaults();
        try (VaultSession session = vaults.unlock(vault)) {
            var indexes = session.database()
                    .read(dsl -> dsl.fetch("SELECT index_name FROM information_schema.indexes"
                                    + " WHERE table_name = 'LEDGER_TRANSACTION'")
                            .getValues(0, String.class));
            assertThat(indexes)
                    .as("V20 dropped the descending register index and the category key's own index")
                    .hasSize(7)
                    .doesNotContain("LEDGER_TRANSACTION_REGISTER_NEWEST");
            var checking = session.ledger().accounts().find("Checking");
            assertThatThrownBy(() -> session.database()
                            .read(dsl -> dsl.execute(
                                    "UPDATE ledger_transaction SET category_id = RANDOM_UUID() WHERE account_id = ?",
                                    checking.id())))
                    .as("the foreign key to category holds after it was declared again")
                    .hasMessageContaining("LEDGER_TRANSACTION_CATEGORY_FK");
        }
    }

    @Test
    void aSchemaV9VaultGainsTheNotificationStore() throws IOException {
        Path vault = copyOf("schema-v9", folder.resolve("vault"));
        TestVaults vaults = new TestVaults();
        try (VaultSession session = vaults.unlock(vault)) {
            assertThat(session.ledger().notifications().newestFirst(10)).isEmpty();
            session.ledger()
                    .notifications()
                    .add(
                            app.nestegg.vault.notifications.NotificationKind.BUDGET_THRESHOLD,
                            "budget:groceries:2026-11:80",
                            java.util.List.of("Groceries", "80"));
        }
        try (VaultSession session = vaults.unlock(vault)) {
            assertThat(session.ledger().notifications().newestFirst(10))
                    .singleElement()
                    .satisfies(n -> assertThat(n.params()).containsExactly("Groceries", "80"));
        }
    }

    @Test
    void aSchemaV9VaultTakesBankAdjustmentsAndBankPricesOnceMigrated() throws IOException {
        Path vault = copyOf("schema-v9", folder.resolve("vault"));
        try (VaultSession session = new TestVaults().unlock(vault)) {
            var invest = session.ledger().investments();
            var broker = session.ledger()
                    .accounts()
                    .add(AccountDraft.of(
                            "Broker", AccountType.BROKERAGE, Currency.getInstance("USD"), BigDecimal.ZERO));
            var security = invest.securities()
                    .add(new SecurityDraft("VTI", "Total market", SecurityType.ETF, Currency.getInstance("USD")));
            LocalDate day = LocalDate.of(2026, 11, 2);
            int adjusted = session.ledger()
                    .changeLog()
                    .write(w -> invest.bankHoldings()
                            .apply(
                                    w,
                                    broker.id(),
                                    day,
                                    List.of(new ReportedPosition(
                                            security.id(), BigDecimal.TEN, new BigDecimal("250"), day, null))));

            assertThat(adjusted).isEqualTo(1);
            assertThat(invest.trades().list(broker.id()))
                    .singleElement()
                    .satisfies(trade -> assertThat(trade.kind()).isEqualTo(TradeKind.ADJUST_IN));
            assertThat(invest.prices().list(security.id()))
                    .singleElement()
                    .satisfies(price -> assertThat(price.source()).isEqualTo(PriceSource.BANK));

            int quoted = invest.prices()
                    .storeQuotes(List.of(new SecurityPrice(
                            security.id(), day.plusDays(1), new BigDecimal("251"), PriceSource.QUOTE)));
            assertThat(quoted).as("V16 lets a quoted price in").isEqualTo(1);
        }
    }

    @Test
    void aSchemaV9VaultGainsAHouseholdIdentityForItsExistingMember() throws IOException {
        Path vault = copyOf("schema-v9", folder.resolve("vault"));
        TestVaults vaults = new TestVaults();
        app.nestegg.vault.household.MemberKeys self;
        try (VaultSession session = vaults.unlock(vault)) {
            self = session.ledger().members().self();
            assertThat(self.memberId()).isEqualTo(session.ledger().changeLog().memberId());
            assertThat(session.ledger().members().list())
                    .singleElement()
                    .satisfies(member -> assertThat(member.self()).isTrue());
        }
        try (VaultSession session = vaults.unlock(vault)) {
            assertThat(session.ledger().members().self()).isEqualTo(self);
        }
    }

    private static Path copyOf(String name, Path target) throws IOException {
        SecureFiles.createPrivateFolder(target);
        for (String file : new String[] {"keyring.json", "vault.mv.db", "vault.seal"}) {
            try (InputStream in = VaultUpgradeTest.class.getResourceAsStream("/vaults/" + name + "/" + file)) {
                Files.copy(in, target.resolve(file));
            }
            SecureFiles.restrict(target.resolve(file), SecureFiles.OWNER_ONLY_FILE);
        }
        return target;
    }
}

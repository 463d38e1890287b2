package app.nestegg.vault.household.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.TestVaults;
import app.nestegg.vault.bank.BankProviderKind;
import app.nestegg.vault.household.BundleEntry;
import app.nestegg.vault.household.OwnKeys;
import app.nestegg.vault.household.bundle.Bundle;
import app.nestegg.vault.household.bundle.BundleReader;
import app.nestegg.vault.household.bundle.BundleWriter;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDetails;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.SplitDraft;
import app.nestegg.vault.ledger.Transaction;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.security.MfaEnrollment;
import app.nestegg.vault.store.ChangeOperation;
import app.nestegg.vault.store.ChangeValues;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What leaves a vault for a bundle: own shared rows only, oldest first, never a private account or a secret. */
class OwnChangesTest {

    static final Currency USD = Currency.getInstance("USD");
    static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @TempDir
    Path folder;

    @Test
    void nothingOfAPrivateAccountLeavesNotEvenRowsThatLeftIt() {
        try (HouseholdVault alex = new HouseholdVault(folder.resolve("alex"))) {
            Account shared = account(alex, "Joint");
            Account secret = account(alex, "Mine");
            Transaction gift = alex.ledger
                    .transactions()
                    .add(TransactionDraft.of(secret.id(), DAY, new BigDecimal("-30.00"), "Zorblax present")
                            .withSplits(List.of(
                                    new SplitDraft(null, new BigDecimal("-10.00"), "Quuxwrap"),
                                    new SplitDraft(null, new BigDecimal("-20.00"), "present"))));
            Transaction moved = alex.ledger
                    .transactions()
                    .add(TransactionDraft.of(secret.id(), DAY, new BigDecimal("-1.00"), "Moved out"));
            alex.ledger.transactions().edit(moved.id(), moved.toDraft().withAccount(shared.id()));
            Transaction rent = alex.ledger
                    .transactions()
                    .add(TransactionDraft.of(shared.id(), DAY, new BigDecimal("-900.00"), "Rent"));

            List<BundleEntry> entries = alex.ownEntries(0, Set.of(secret.id()));

            String text = entries.toString();
            assertThat(text)
                    .doesNotContain(
                            secret.id().toString(),
                            gift.id().toString(),
                            moved.id().toString(),
                            "Zorblax",
                            "Quuxwrap");
            assertThat(entries).extracting(BundleEntry::rowId).contains(shared.id(), rent.id());
            assertThat(entries).extracting(BundleEntry::hlc).isSorted();
        }
    }

    @Test
    void onlyEntriesAfterTheGivenTimeAreReadAcrossPages() {
        try (HouseholdVault alex = new HouseholdVault(folder.resolve("alex"))) {
            Account account = account(alex, "Joint");
            long before = alex.ownEntries().getLast().hlc();
            List<TransactionDraft> drafts = new ArrayList<>();
            for (int i = 0; i < OwnChanges.PAGE + 7; i++) {
                drafts.add(TransactionDraft.of(account.id(), DAY, BigDecimal.ONE, "Row " + i));
            }
            alex.ledger.transactions().addAll(drafts);

            List<BundleEntry> later = alex.ownEntries(before, Set.of());

            assertThat(later)
                    .hasSize(OwnChanges.PAGE + 7)
                    .allMatch(e -> e.table().equals("ledger_transaction"));
            assertThat(later).extracting(BundleEntry::hlc).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void noSecretEntersOwnChanges() {
        try (HouseholdVault alex = new HouseholdVault(folder.resolve("alex"))) {
            MfaEnrollment mfa = alex.session.beginMfa("alex");
            alex.session.confirmMfa(alex.vaults.codeFor(mfa.otpauthUri()));
            String token = "access-sandbox-5f1e2d3c-token";
            alex.ledger.bankConnections().add(BankProviderKind.PLAID, "First Bank", "item-1", token);
            alex.ledger
                    .providerCredentials()
                    .save(BankProviderKind.PLAID, Map.of("client_id", "cid-123", "secret", "plaid-secret-xyz"));
            account(alex, "Joint");

            String bundle = ChangeValues.encode(Map.of(
                    "entries",
                    alex.ownEntries().stream()
                            .map(e -> e.columns().toString() + e.table())
                            .toList()));

            byte[] totp = TestVaults.secretOf(mfa.otpauthUri());
            List<String> secrets = new ArrayList<>(List.of(
                    token,
                    "plaid-secret-xyz",
                    "cid-123",
                    new String(mfa.manualEntrySecret()),
                    Base64.getEncoder().encodeToString(totp),
                    HexFormat.of().formatHex(totp),
                    "bank_connection",
                    "provider_credentials",
                    "mfa",
                    "backup_code",
                    "audit_event"));
            mfa.backupCodes().forEach(code -> secrets.add(new String(code)));
            for (String secret : secrets) {
                assertThat(bundle).as("a secret or a secret table").doesNotContain(secret);
            }
        }
    }

    @Test
    void aBundleWrittenStraightFromTheLogHoldsWhatForEachReadsSealedColumnsOpenedNothingPrivate() {
        try (HouseholdVault alex = new HouseholdVault(folder.resolve("alex"))) {
            Account home = alex.ledger
                    .accounts()
                    .add(AccountDraft.of("House", AccountType.PROPERTY, USD, BigDecimal.ZERO)
                            .withDetails(new AccountDetails("1 Elm Street", "12345", null)));
            Account secret = account(alex, "Mine");
            Transaction gift = alex.ledger
                    .transactions()
                    .add(TransactionDraft.of(secret.id(), DAY, new BigDecimal("-30.00"), "Zorblax present"));
            Account shared = account(alex, "Joint");
            alex.ledger.transactions().add(TransactionDraft.of(shared.id(), DAY, new BigDecimal("-900.00"), "Rent"));
            Path file = folder.resolve("alex.nestegg-bundle");
            int schema = alex.session.database().schemaVersion();

            Bundle bundle;
            try (OwnKeys keys = alex.ledger.members().identity().ownKeys()) {
                new BundleWriter(alex.vaults.clock, schema)
                        .writeIfAny(file, keys, List.of(), alex.own.forBundle(0, Set.of(secret.id())));
                bundle = new BundleReader(alex.vaults.clock, schema, id -> Optional.empty()).read(file, keys);
            }

            assertThat(bundle.entries()).containsExactlyElementsOf(alex.ownEntries(0, Set.of(secret.id())));
            assertThat(bundle.entries())
                    .filteredOn(e -> e.rowId().equals(home.id()) && e.operation() == ChangeOperation.INSERT)
                    .singleElement()
                    .satisfies(e -> assertThat(e.columns())
                            .containsEntry("address_sealed", "1 Elm Street")
                            .containsEntry("zip_sealed", "12345"));
            assertThat(bundle.entries().toString())
                    .doesNotContain(secret.id().toString(), gift.id().toString(), "Zorblax");
            assertThat(bundle.header().entryCount()).isEqualTo(bundle.entries().size());
        }
    }

    private static Account account(HouseholdVault vault, String name) {
        return vault.ledger.accounts().add(AccountDraft.of(name, AccountType.CHECKING, USD, BigDecimal.TEN));
    }
}

package app.nestegg.vault.household.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.household.BundleEntry;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.TransactionDraft;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An entry set with one bad entry is refused with a message naming it, and leaves the vault as it was. */
class MergeRefusalTest {

    @TempDir
    Path folder;

    static Stream<Arguments> badEntries() {
        return Stream.of(
                bad(
                        "table 'bank_connection' is not one this version",
                        (e, m) -> copy(e, "bank_connection", e.columns())),
                bad(
                        "column 'colour' of ledger_transaction is not one",
                        (e, m) -> copy(e, e.table(), with(e, "colour", "red"))),
                bad("column amount cannot hold 'lots'", (e, m) -> copy(e, e.table(), with(e, "amount", "lots"))),
                bad(
                        "column posted_on cannot hold '2026-13-45'",
                        (e, m) -> copy(e, e.table(), with(e, "posted_on", "2026-13-45"))),
                bad(
                        "column payee of ledger_transaction cannot be empty",
                        (e, m) -> copy(e, e.table(), with(e, "payee", null))),
                bad(
                        "who is not a member of this household",
                        (e, m) -> new BundleEntry(
                                e.id(), e.hlc(), UUID.randomUUID(), e.table(), e.rowId(), e.operation(), e.columns())),
                bad(
                        "minutes ahead of this computer's clock",
                        (e, m) -> new BundleEntry(
                                e.id(),
                                e.hlc() + (Duration.ofHours(1).toMillis() << 16),
                                e.memberId(),
                                e.table(),
                                e.rowId(),
                                e.operation(),
                                e.columns())),
                bad(
                        "lacks its id, member, table, row or operation",
                        (e, m) -> new BundleEntry(
                                e.id(), e.hlc(), e.memberId(), e.table(), e.rowId(), null, e.columns())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEntries")
    void aBadEntryIsRefusedAndNothingIsApplied(String message, BiFunction<BundleEntry, UUID, BundleEntry> spoil) {
        try (HouseholdVault alex = new HouseholdVault(folder.resolve("alex"));
                HouseholdVault blair = new HouseholdVault(folder.resolve("blair"))) {
            blair.knows(alex);
            var account = alex.ledger
                    .accounts()
                    .add(AccountDraft.of(
                            "Checking", AccountType.CHECKING, Currency.getInstance("USD"), BigDecimal.ONE));
            alex.ledger
                    .transactions()
                    .add(TransactionDraft.of(account.id(), LocalDate.of(2026, 11, 2), BigDecimal.TEN, "Pay"));
            List<BundleEntry> entries = new ArrayList<>(alex.ownEntries());
            int last = entries.size() - 1;
            while (!entries.get(last).table().equals("ledger_transaction")) {
                last--;
            }
            entries.set(last, spoil.apply(entries.get(last), alex.memberId()));
            String digest = blair.digest();
            int logSize = blair.changeLogSize();

            int spoiled = last;
            assertThatThrownBy(() -> blair.merge.merge(UUID.randomUUID(), alex.memberId(), entries))
                    .isInstanceOf(MergeRefusedException.class)
                    .hasMessageContaining("Entry " + (spoiled + 1) + " ")
                    .hasMessageContaining(message)
                    .hasMessageEndingWith("Nothing was merged.");
            assertThat(blair.digest()).isEqualTo(digest);
            assertThat(blair.changeLogSize()).isEqualTo(logSize);
            assertThat(new MergeHistory(blair.ledger.changeLog()).list()).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void aBundleFromAnUnknownAuthorIsRefused() {
        try (HouseholdVault alex = new HouseholdVault(folder.resolve("alex"));
                HouseholdVault blair = new HouseholdVault(folder.resolve("blair"))) {
            assertThatThrownBy(() -> blair.mergeFrom(alex))
                    .isInstanceOf(MergeRefusedException.class)
                    .hasMessageContaining("is not a member of this household");
        }
    }

    private static Arguments bad(String message, BiFunction<BundleEntry, UUID, BundleEntry> spoil) {
        return Arguments.of(message, spoil);
    }

    private static BundleEntry copy(BundleEntry e, String table, Map<String, Object> columns) {
        return new BundleEntry(e.id(), e.hlc(), e.memberId(), table, e.rowId(), e.operation(), columns);
    }

    private static Map<String, Object> with(BundleEntry e, String column, Object value) {
        Map<String, Object> columns = new LinkedHashMap<>(e.columns());
        columns.put(column, value);
        return columns;
    }
}

package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.ACCOUNT_MONTH_TOTAL;
import static app.nestegg.vault.store.generated.Tables.CATEGORY_MONTH_TOTAL;
import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.MEMBER;
import static app.nestegg.vault.store.generated.Tables.SPLIT;
import static app.nestegg.vault.store.generated.Tables.UNCATEGORISED_MONTH_TOTAL;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.TestVaults;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.household.BundleEntry;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.security.FieldCipher;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * A real vault playing one household member in merge tests: its own field key, its own member id, the merge, own
 * changes and digest services, and checks of the ledger's invariants against a recount of its rows.
 */
final class HouseholdVault implements AutoCloseable {

    final TestVaults vaults = new TestVaults();
    final VaultSession session;
    final FieldCipher cipher;
    final Ledger ledger;
    final HouseholdMerge merge;
    final OwnChanges own;
    final StateDigests digests;

    HouseholdVault(Path folder) {
        this(folder, true);
    }

    /** {@code newRowsFromTheBundle} false: the merge folds every row from the log (the reference path). */
    HouseholdVault(Path folder, boolean newRowsFromTheBundle) {
        session = vaults.create(folder);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        cipher = new FieldCipher(key);
        ledger = new Ledger(session.database(), cipher, vaults.clock);
        merge = new HouseholdMerge(ledger, cipher, vaults.clock, newRowsFromTheBundle);
        own = new OwnChanges(ledger.changeLog(), cipher);
        digests = new StateDigests(ledger.changeLog(), cipher);
    }

    UUID memberId() {
        return ledger.changeLog().memberId();
    }

    /** Knows the other vault's member, as importing their card would. */
    void knows(HouseholdVault other) {
        knows(other.memberId(), "Member " + other.memberId().toString().substring(0, 8));
    }

    void knows(UUID member, String name) {
        session.database()
                .write(dsl -> dsl.insertInto(MEMBER)
                        .set(MEMBER.ID, member)
                        .set(MEMBER.DISPLAY_NAME, name)
                        .set(MEMBER.IS_SELF, false)
                        .set(MEMBER.CREATED_AT, vaults.clock.instant())
                        .execute());
    }

    List<BundleEntry> ownEntries() {
        return ownEntries(0, Set.of());
    }

    List<BundleEntry> ownEntries(long after, Set<UUID> privateAccounts) {
        List<BundleEntry> entries = new ArrayList<>();
        own.forEach(after, privateAccounts, entries::add);
        return entries;
    }

    MergeResult mergeFrom(HouseholdVault other) {
        return merge.merge(UUID.randomUUID(), other.memberId(), other.ownEntries());
    }

    String digest() {
        return digests.digest().hex();
    }

    int changeLogSize() {
        return session.database().read(dsl -> dsl.fetchCount(CHANGE_LOG));
    }

    /** Row counts of every shared table, to compare before and after a merge that must change nothing. */
    Map<String, Integer> rowCounts() {
        return session.database()
                .read(dsl -> ReplicatedTables.inOrder().stream()
                        .collect(Collectors.toMap(ReplicatedTables.Shared::name, t -> dsl.fetchCount(t.table()))));
    }

    /** Splits add up, transfers point at each other, and totals and balances equal a recount. */
    void assertLedgerInvariants() {
        session.database().read(dsl -> {
            for (Record r : dsl.select(SPLIT.TRANSACTION_ID, DSL.sum(SPLIT.AMOUNT), LEDGER_TRANSACTION.AMOUNT)
                    .from(SPLIT)
                    .join(LEDGER_TRANSACTION)
                    .on(LEDGER_TRANSACTION.ID.eq(SPLIT.TRANSACTION_ID))
                    .groupBy(SPLIT.TRANSACTION_ID, LEDGER_TRANSACTION.AMOUNT)
                    .fetch()) {
                assertThat(r.get(1, Long.class)).as("splits of %s", r.get(0)).isEqualTo(r.get(2, Long.class));
            }
            var peer = LEDGER_TRANSACTION.as("peer");
            var peerAccount = ACCOUNT.as("peer_account");
            for (Record r : dsl.select(
                            LEDGER_TRANSACTION.ID,
                            LEDGER_TRANSACTION.AMOUNT,
                            ACCOUNT.CURRENCY,
                            peer.ID,
                            peer.TRANSFER_PEER_ID,
                            peer.AMOUNT,
                            peerAccount.CURRENCY)
                    .from(LEDGER_TRANSACTION)
                    .join(ACCOUNT)
                    .on(ACCOUNT.ID.eq(LEDGER_TRANSACTION.ACCOUNT_ID))
                    .leftJoin(peer)
                    .on(peer.ID.eq(LEDGER_TRANSACTION.TRANSFER_PEER_ID))
                    .leftJoin(peerAccount)
                    .on(peerAccount.ID.eq(peer.ACCOUNT_ID))
                    .where(LEDGER_TRANSACTION.TRANSFER_PEER_ID.isNotNull())
                    .fetch()) {
                assertThat(r.get(peer.TRANSFER_PEER_ID))
                        .as("peer of %s", r.get(0))
                        .isEqualTo(r.get(0));
                if (r.get(ACCOUNT.CURRENCY).equals(r.get(peerAccount.CURRENCY))) {
                    assertThat(r.get(peer.AMOUNT)).isEqualTo(-r.get(LEDGER_TRANSACTION.AMOUNT));
                }
            }
            return null;
        });
        Set<String> stored = totals();
        ledger.changeLog().write(w -> {
            ledger.balances().rebuildTotals(w);
            return null;
        });
        assertThat(stored).as("month totals against a recount").isEqualTo(totals());
        LocalDate farFuture = LocalDate.of(2199, 1, 1);
        for (var account : ledger.accounts().list()) {
            long sum = session.database().read(dsl -> {
                var total = dsl.select(DSL.sum(LEDGER_TRANSACTION.AMOUNT))
                        .from(LEDGER_TRANSACTION)
                        .where(LEDGER_TRANSACTION.ACCOUNT_ID.eq(account.id()))
                        .fetchOne(0, Long.class);
                return total == null ? 0L : total;
            });
            assertThat(ledger.balances().balance(account.id(), farFuture).minor())
                    .as("balance of %s", account.name())
                    .isEqualTo(account.openingBalance().minor() + sum);
        }
    }

    private Set<String> totals() {
        return session.database().read(dsl -> {
            Set<String> rows = new HashSet<>();
            // the ledger keeps emptied months as zero rows where a recount has none
            dsl.selectFrom(ACCOUNT_MONTH_TOTAL)
                    .where(ACCOUNT_MONTH_TOTAL.ENTRIES.ne(0))
                    .forEach(r -> rows.add("a" + r.intoList()));
            dsl.selectFrom(CATEGORY_MONTH_TOTAL)
                    .where(CATEGORY_MONTH_TOTAL.ENTRIES.ne(0))
                    .forEach(r -> rows.add("c" + r.intoList()));
            dsl.selectFrom(UNCATEGORISED_MONTH_TOTAL)
                    .where(UNCATEGORISED_MONTH_TOTAL.ENTRIES.ne(0))
                    .forEach(r -> rows.add("u" + r.intoList()));
            return rows;
        });
    }

    @Override
    public void close() {
        session.lock();
    }
}

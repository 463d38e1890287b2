package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;
import static app.nestegg.vault.store.generated.Tables.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.TestVaults;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.diagnostics.LedgerCheck;
import app.nestegg.vault.household.BundleEntry;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.security.FieldCipher;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

    /** The ledger's consistency check finds nothing: totals, splits, transfers, change log, orphans. */
    void assertLedgerInvariants() {
        assertThat(new LedgerCheck(session.database(), memberId()).run()).isEmpty();
    }

    @Override
    public void close() {
        session.lock();
    }
}

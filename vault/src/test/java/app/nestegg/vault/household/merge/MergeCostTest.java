package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.NET_WORTH_SNAPSHOT;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.SplitDraft;
import app.nestegg.vault.ledger.Transaction;
import app.nestegg.vault.ledger.TransactionDraft;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A merge costs what its bundle touches, not the size of the vault (docs/decisions/0041-merge-cost-follows-the-bundle.md):
 * the first merge does not recompute the member's own history, and only the months of recomputed transactions are
 * counted again, while the totals still match a recount of the rows.
 */
class MergeCostTest {

    static final Currency USD = Currency.getInstance("USD");
    static final int OWN_ROWS = 240;

    @TempDir
    Path folder;

    HouseholdVault alex;
    HouseholdVault blair;
    Account joint;

    @BeforeEach
    void openVaults() {
        alex = new HouseholdVault(folder.resolve("alex"));
        blair = new HouseholdVault(folder.resolve("blair"));
        alex.knows(blair);
        blair.knows(alex);
        joint = alex.ledger.accounts().add(AccountDraft.of("Joint", AccountType.CHECKING, USD, BigDecimal.TEN));
        List<TransactionDraft> history = new ArrayList<>();
        for (int i = 0; i < OWN_ROWS; i++) {
            history.add(TransactionDraft.of(
                    joint.id(), LocalDate.of(2026, 1, 1).plusDays(i), new BigDecimal("-" + (i + 1)), "Shop " + i));
        }
        alex.ledger.transactions().addAll(history);
    }

    @AfterEach
    void lockVaults() {
        alex.close();
        blair.close();
    }

    @Test
    void theFirstMergeRecomputesTheBundlesRowsAndNotTheVaultsOwnHistory() {
        Account savings =
                blair.ledger.accounts().add(AccountDraft.of("Savings", AccountType.SAVINGS, USD, BigDecimal.ONE));
        blair.ledger
                .transactions()
                .add(TransactionDraft.of(savings.id(), LocalDate.of(2026, 3, 4), BigDecimal.TEN, "Gift"));

        MergeResult result = alex.mergeFrom(blair);

        assertThat(result.applied()).isEqualTo(blair.ownEntries().size());
        assertThat(result.recomputedRows())
                .as(
                        "rows recomputed for a bundle of %d entries into a vault of %d own rows",
                        result.applied(), OWN_ROWS)
                .isLessThanOrEqualTo(blair.ownEntries().size());
        alex.assertLedgerInvariants();

        blair.mergeFrom(alex);
        alex.mergeFrom(blair);
        assertThat(alex.digest()).as("both members reach one state").isEqualTo(blair.digest());
        blair.assertLedgerInvariants();
    }

    @Test
    void aMergeCountsAgainOnlyTheMonthsItsTransactionsLeaveOrReach() {
        blair.mergeFrom(alex);
        alex.mergeFrom(blair);
        UUID februaryId = alex.session
                .database()
                .read(dsl -> dsl.select(LEDGER_TRANSACTION.ID)
                        .from(LEDGER_TRANSACTION)
                        .where(LEDGER_TRANSACTION.POSTED_ON.eq(LocalDate.of(2026, 2, 10)))
                        .fetchOne(LEDGER_TRANSACTION.ID));
        Transaction february = blair.ledger.transactions().get(februaryId);
        blair.ledger.transactions().edit(february.id(), february.toDraft().withDate(LocalDate.of(2026, 5, 20)));
        blair.ledger
                .transactions()
                .add(TransactionDraft.of(joint.id(), LocalDate.of(2026, 6, 2), BigDecimal.ONE, "Refund")
                        .withSplits(List.of(
                                new SplitDraft(null, new BigDecimal("0.40"), "part"),
                                new SplitDraft(null, new BigDecimal("0.60"), "rest"))));
        LocalDate january = LocalDate.of(2026, 1, 31);
        LocalDate march = LocalDate.of(2026, 3, 31);
        snapshot(january);
        snapshot(march);

        MergeResult result = alex.mergeFrom(blair);

        assertThat(result.applied()).isPositive();
        alex.assertLedgerInvariants();
        assertThat(snapshotDays())
                .as("snapshots before the earliest month the merge touched stay; the later ones are stale")
                .containsExactly(january);
        blair.mergeFrom(alex);
        assertThat(alex.digest()).isEqualTo(blair.digest());
    }

    private void snapshot(LocalDate day) {
        alex.session
                .database()
                .write(dsl -> dsl.insertInto(NET_WORTH_SNAPSHOT)
                        .set(NET_WORTH_SNAPSHOT.ACCOUNT_ID, joint.id())
                        .set(NET_WORTH_SNAPSHOT.SNAPSHOT_DAY, day)
                        .set(NET_WORTH_SNAPSHOT.CURRENCY, "USD")
                        .set(NET_WORTH_SNAPSHOT.BALANCE, 0L)
                        .set(NET_WORTH_SNAPSHOT.HOLDINGS, 0L)
                        .set(NET_WORTH_SNAPSHOT.BASE_CURRENCY, "USD")
                        .set(NET_WORTH_SNAPSHOT.BASE_VALUE, 0L)
                        .execute());
    }

    private List<LocalDate> snapshotDays() {
        return alex.session
                .database()
                .read(dsl -> dsl.select(NET_WORTH_SNAPSHOT.SNAPSHOT_DAY)
                        .from(NET_WORTH_SNAPSHOT)
                        .orderBy(NET_WORTH_SNAPSHOT.SNAPSHOT_DAY)
                        .fetch(NET_WORTH_SNAPSHOT.SNAPSHOT_DAY));
    }
}

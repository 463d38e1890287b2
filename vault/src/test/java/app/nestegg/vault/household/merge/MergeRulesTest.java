package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.EXCHANGE_RATE;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.SPLIT;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.household.BundleEntry;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDetails;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.SplitDraft;
import app.nestegg.vault.ledger.Transaction;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.store.ChangeOperation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge rules on two real vaults: last writer wins per column, tombstones, idempotence, parents and repairs. */
class MergeRulesTest {

    static final Currency USD = Currency.getInstance("USD");
    static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @TempDir
    Path folder;

    HouseholdVault alex;
    HouseholdVault blair;

    @BeforeEach
    void openVaults() {
        alex = new HouseholdVault(folder.resolve("alex"));
        blair = new HouseholdVault(folder.resolve("blair"));
        alex.knows(blair);
        blair.knows(alex);
    }

    @AfterEach
    void lockVaults() {
        alex.close();
        blair.close();
    }

    @Test
    void aNewerEditWinsAndAnOlderOneArrivingLaterIsIgnored() {
        Account account = account(alex, "Checking");
        blair.mergeFrom(alex);
        BundleEntry insert = insertOf(alex, "account", account.id());
        merge(blair, alex, rename(insert, alex.memberId(), 10, "Newer"));
        merge(blair, alex, rename(insert, alex.memberId(), 5, "Older"));

        assertThat(blair.ledger.accounts().get(account.id()).name()).isEqualTo("Newer");
    }

    @Test
    void aTieOnTheClockGoesToTheGreaterMemberId() {
        Account account = account(alex, "Checking");
        blair.mergeFrom(alex);
        UUID other = UUID.randomUUID();
        blair.knows(other, "Casey");
        BundleEntry insert = insertOf(alex, "account", account.id());
        BundleEntry byAlex = rename(insert, alex.memberId(), 7, "By Alex");
        BundleEntry byOther = rename(insert, other, 7, "By Casey");
        merge(blair, alex, byAlex);
        merge(blair, alex, byOther);

        String expected = alex.memberId().compareTo(other) > 0 ? "By Alex" : "By Casey";
        assertThat(blair.ledger.accounts().get(account.id()).name()).isEqualTo(expected);
    }

    @Test
    void aDeleteWinsOverOlderAndNewerEdits() {
        Account account = account(alex, "Checking");
        Transaction coffee = spend(alex, account, "-4.50", "Coffee");
        blair.mergeFrom(alex);
        BundleEntry insert = insertOf(alex, "ledger_transaction", coffee.id());
        BundleEntry delete = new BundleEntry(
                UUID.randomUUID(),
                insert.hlc() + 5,
                alex.memberId(),
                insert.table(),
                insert.rowId(),
                ChangeOperation.DELETE,
                Map.of());
        merge(blair, alex, delete);
        merge(blair, alex, update(insert, alex.memberId(), 2, "payee", "Older edit"));
        merge(blair, alex, update(insert, alex.memberId(), 9, "payee", "Newer edit"));

        assertThat(count(blair, LEDGER_TRANSACTION, LEDGER_TRANSACTION.ID.eq(coffee.id())))
                .isZero();
        assertThat(blair.ledger.balances().balance(account.id(), DAY).minor()).isEqualTo(10_000L);
    }

    @Test
    void mergingTheSameEntriesTwiceChangesNothing() {
        Account account = account(alex, "Checking");
        spend(alex, account, "-4.50", "Coffee");
        List<BundleEntry> entries = alex.ownEntries();
        MergeResult first = blair.merge.merge(UUID.randomUUID(), alex.memberId(), entries);
        String digest = blair.digest();
        var counts = blair.rowCounts();
        int logSize = blair.changeLogSize();

        MergeResult second = blair.merge.merge(UUID.randomUUID(), alex.memberId(), entries);

        assertThat(first.applied()).isEqualTo(entries.size());
        assertThat(second.applied()).isZero();
        assertThat(second.alreadySeen()).isEqualTo(entries.size());
        assertThat(blair.digest()).isEqualTo(digest).isEqualTo(alex.digest());
        assertThat(blair.rowCounts()).isEqualTo(counts);
        assertThat(blair.changeLogSize()).isEqualTo(logSize);
    }

    @Test
    void sealedDetailsTravelAsTextAndAreSealedAgainWithTheReceiversKey() {
        Account home = alex.ledger
                .accounts()
                .add(AccountDraft.of("House", AccountType.PROPERTY, USD, BigDecimal.ZERO)
                        .withDetails(new AccountDetails("1 Elm Street", "12345", null)));

        BundleEntry insert = insertOf(alex, "account", home.id());
        blair.mergeFrom(alex);

        assertThat(insert.columns())
                .containsEntry("address_sealed", "1 Elm Street")
                .containsEntry("zip_sealed", "12345");
        assertThat(blair.ledger.accounts().details(home.id()).address()).isEqualTo("1 Elm Street");
        byte[] atAlex = alex.session
                .database()
                .read(dsl -> dsl.select(ACCOUNT.ADDRESS_SEALED)
                        .from(ACCOUNT)
                        .where(ACCOUNT.ID.eq(home.id()))
                        .fetchOne(ACCOUNT.ADDRESS_SEALED));
        byte[] atBlair = blair.session
                .database()
                .read(dsl -> dsl.select(ACCOUNT.ADDRESS_SEALED)
                        .from(ACCOUNT)
                        .where(ACCOUNT.ID.eq(home.id()))
                        .fetchOne(ACCOUNT.ADDRESS_SEALED));
        assertThat(atBlair).isNotEqualTo(atAlex);
        assertThat(blair.digest()).isEqualTo(alex.digest());
    }

    @Test
    void splitsUnderATransactionAnotherMemberDeletedAreHiddenAndReported() {
        Account account = account(alex, "Checking");
        Transaction shop = spend(alex, account, "-10.00", "Shop");
        blair.mergeFrom(alex);
        alex.ledger.transactions().delete(shop.id());
        blair.ledger
                .transactions()
                .edit(
                        shop.id(),
                        blair.ledger
                                .transactions()
                                .get(shop.id())
                                .toDraft()
                                .withSplits(List.of(
                                        new SplitDraft(null, new BigDecimal("-4.00"), null),
                                        new SplitDraft(null, new BigDecimal("-6.00"), null))));

        MergeResult atBlair = blair.mergeFrom(alex);
        alex.mergeFrom(blair);

        assertThat(atBlair.conflicts()).extracting(MergeConflict::kind).contains(ConflictKind.PARENT_DELETED);
        assertThat(count(blair, SPLIT, SPLIT.TRANSACTION_ID.eq(shop.id()))).isZero();
        assertThat(blair.digest()).isEqualTo(alex.digest());
        blair.assertLedgerInvariants();
    }

    @Test
    void aRowWhoseParentHasNotArrivedWaitsAndAppearsWithIt() {
        Account account = account(alex, "Checking");
        Transaction shop = spend(alex, account, "-10.00", "Shop");
        List<BundleEntry> all = alex.ownEntries();
        List<BundleEntry> children =
                all.stream().filter(e -> e.table().equals("ledger_transaction")).toList();
        List<BundleEntry> rest = all.stream()
                .filter(e -> !e.table().equals("ledger_transaction"))
                .toList();

        MergeResult early = blair.merge.merge(UUID.randomUUID(), alex.memberId(), children);
        assertThat(early.conflicts()).isEmpty();
        assertThat(count(blair, LEDGER_TRANSACTION, LEDGER_TRANSACTION.ID.eq(shop.id())))
                .isZero();

        blair.merge.merge(UUID.randomUUID(), alex.memberId(), rest);
        assertThat(count(blair, LEDGER_TRANSACTION, LEDGER_TRANSACTION.ID.eq(shop.id())))
                .isOne();
        assertThat(blair.digest()).isEqualTo(alex.digest());
        blair.assertLedgerInvariants();
    }

    @Test
    void concurrentSplitEditsKeepTheNewestSetOnBothSides() {
        Account account = account(alex, "Checking");
        Transaction shop = spend(alex, account, "-10.00", "Shop");
        blair.mergeFrom(alex);
        alex.ledger
                .transactions()
                .edit(
                        shop.id(),
                        shop.toDraft()
                                .withSplits(List.of(
                                        new SplitDraft(null, new BigDecimal("-5.00"), "a"),
                                        new SplitDraft(null, new BigDecimal("-5.00"), "a"))));
        blair.ledger
                .transactions()
                .edit(
                        shop.id(),
                        blair.ledger
                                .transactions()
                                .get(shop.id())
                                .toDraft()
                                .withAmount(new BigDecimal("-12.00"))
                                .withSplits(List.of(
                                        new SplitDraft(null, new BigDecimal("-3.00"), "b"),
                                        new SplitDraft(null, new BigDecimal("-9.00"), "b"))));

        MergeResult atAlex = alex.mergeFrom(blair);
        blair.mergeFrom(alex);

        assertThat(atAlex.conflicts()).extracting(MergeConflict::kind).contains(ConflictKind.SPLITS_REPAIRED);
        assertThat(blair.digest()).isEqualTo(alex.digest());
        assertThat(count(alex, SPLIT, SPLIT.TRANSACTION_ID.eq(shop.id()))).isEqualTo(2);
        alex.assertLedgerInvariants();
        blair.assertLedgerInvariants();
    }

    @Test
    void anEditAfterTheLastMergeIsRecomputedByAMergeThatBringsNothingNew() {
        Account account = account(alex, "Checking");
        Transaction shop = spend(alex, account, "-10.00", "Shop");
        blair.mergeFrom(alex);
        editSplits(alex, shop, "-10.00", "-5.00", "-5.00", "a");
        editSplits(blair, shop, "-12.00", "-3.00", "-9.00", "b");
        alex.mergeFrom(blair);
        blair.mergeFrom(alex);
        // whoever's set is hidden edits the splits again, against what its tables show
        boolean alexShown = alex.ledger
                .transactions()
                .get(shop.id())
                .splits()
                .getFirst()
                .memo()
                .equals("a");
        HouseholdVault hiddenSet = alexShown ? blair : alex;
        HouseholdVault other = alexShown ? alex : blair;
        editSplits(hiddenSet, shop, "-12.00", "-6.00", "-6.00", "c");

        other.mergeFrom(hiddenSet);
        hiddenSet.mergeFrom(other);

        assertThat(hiddenSet.digest()).isEqualTo(other.digest());
        hiddenSet.assertLedgerInvariants();
        other.assertLedgerInvariants();
    }

    @Test
    void splitsStillAddUpWhenTheirCategoryIsDeletedAfterTheTransactionWasLastRecomputed() {
        Account account = account(alex, "Checking");
        Transaction shop = spend(alex, account, "-10.00", "Shop");
        Category garden = blair.ledger
                .categories()
                .add(blair.ledger.categories().list().getFirst().id(), "Garden");
        alex.mergeFrom(blair);
        blair.mergeFrom(alex);
        alex.ledger
                .transactions()
                .edit(
                        shop.id(),
                        alex.ledger
                                .transactions()
                                .get(shop.id())
                                .toDraft()
                                .withSplits(List.of(
                                        new SplitDraft(garden.id(), new BigDecimal("-4.00"), null),
                                        new SplitDraft(null, new BigDecimal("-6.00"), "rest"))));
        blair.ledger
                .categories()
                .add(blair.ledger.categories().list().getFirst().id(), "Garden tools");
        alex.mergeFrom(blair);
        blair.ledger.categories().delete(garden.id(), null);

        alex.mergeFrom(blair);
        blair.mergeFrom(alex);

        alex.assertLedgerInvariants();
        assertThat(blair.digest()).isEqualTo(alex.digest());
    }

    private static void editSplits(
            HouseholdVault member, Transaction transaction, String amount, String first, String second, String memo) {
        member.ledger
                .transactions()
                .edit(
                        transaction.id(),
                        member.ledger
                                .transactions()
                                .get(transaction.id())
                                .toDraft()
                                .withAmount(new BigDecimal(amount))
                                .withSplits(List.of(
                                        new SplitDraft(null, new BigDecimal(first), memo),
                                        new SplitDraft(null, new BigDecimal(second), memo))));
    }

    @Test
    void twoRatesForTheSameDayShowTheOneCreatedFirst() {
        Currency eur = Currency.getInstance("EUR");
        alex.ledger.rates().set(USD, eur, DAY, new BigDecimal("0.9"));
        blair.ledger.rates().set(USD, eur, DAY, new BigDecimal("0.95"));

        MergeResult atAlex = alex.mergeFrom(blair);
        MergeResult atBlair = blair.mergeFrom(alex);

        assertThat(count(alex, EXCHANGE_RATE, EXCHANGE_RATE.RATE_DATE.eq(DAY))).isOne();
        assertThat(blair.digest()).isEqualTo(alex.digest());
        List<MergeConflict> reported = new ArrayList<>(atAlex.conflicts());
        reported.addAll(atBlair.conflicts());
        assertThat(reported).extracting(MergeConflict::kind).contains(ConflictKind.DUPLICATE_HIDDEN);
        assertThat(new MergeHistory(alex.ledger.changeLog()).conflicts(atAlex.mergeId()))
                .isEqualTo(atAlex.conflicts());
    }

    @Test
    void aTransferWhoseOtherSideWasDeletedBecomesAPlainTransaction() {
        Account checking = account(alex, "Checking");
        Account savings = account(alex, "Savings");
        Transaction move = alex.ledger
                .transactions()
                .add(TransactionDraft.of(checking.id(), DAY, new BigDecimal("-50.00"), "Move")
                        .withTransferTo(savings.id(), null));
        blair.mergeFrom(alex);
        UUID peer = move.transferPeerId();
        BundleEntry peerInsert = insertOf(alex, "ledger_transaction", peer);
        merge(
                blair,
                alex,
                new BundleEntry(
                        UUID.randomUUID(),
                        peerInsert.hlc() + 3,
                        alex.memberId(),
                        "ledger_transaction",
                        peer,
                        ChangeOperation.DELETE,
                        Map.of()));

        assertThat(blair.ledger.transactions().get(move.id()).transferPeerId()).isNull();
        blair.assertLedgerInvariants();
    }

    private static Account account(HouseholdVault vault, String name) {
        return vault.ledger
                .accounts()
                .add(AccountDraft.of(name, AccountType.CHECKING, USD, new BigDecimal("100.00"))
                        .withOpeningDate(DAY.minusYears(1)));
    }

    private static Transaction spend(HouseholdVault vault, Account account, String amount, String payee) {
        return vault.ledger.transactions().add(TransactionDraft.of(account.id(), DAY, new BigDecimal(amount), payee));
    }

    private static void merge(HouseholdVault into, HouseholdVault author, BundleEntry entry) {
        into.merge.merge(UUID.randomUUID(), author.memberId(), List.of(entry));
    }

    private static BundleEntry insertOf(HouseholdVault vault, String table, UUID row) {
        return vault.ownEntries().stream()
                .filter(e ->
                        e.table().equals(table) && e.rowId().equals(row) && e.operation() == ChangeOperation.INSERT)
                .findFirst()
                .orElseThrow();
    }

    private static BundleEntry rename(BundleEntry insert, UUID member, int later, String name) {
        return update(insert, member, later, "name", name);
    }

    static BundleEntry update(BundleEntry insert, UUID member, int later, String column, Object value) {
        return new BundleEntry(
                UUID.randomUUID(),
                insert.hlc() + later,
                member,
                insert.table(),
                insert.rowId(),
                ChangeOperation.UPDATE,
                Map.of(column, value));
    }

    private static int count(HouseholdVault vault, org.jooq.Table<?> table, org.jooq.Condition condition) {
        return vault.session.database().read(dsl -> dsl.fetchCount(table, condition));
    }
}

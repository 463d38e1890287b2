package app.nestegg.sync.engine;

import static app.nestegg.sync.engine.SyncFixture.CARD;
import static app.nestegg.sync.engine.SyncFixture.CHECKING;
import static app.nestegg.sync.engine.SyncFixture.pending;
import static app.nestegg.sync.engine.SyncFixture.posted;
import static app.nestegg.sync.engine.SyncFixture.postedFrom;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.sync.provider.ProviderBalance;
import app.nestegg.vault.bank.ConnectionStatus;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountOrigin;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Categories;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.PayeeMatch;
import app.nestegg.vault.ledger.RuleDraft;
import app.nestegg.vault.ledger.SplitDraft;
import app.nestegg.vault.ledger.Transaction;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.ledger.TransactionOrigin;
import app.nestegg.vault.ledger.TransactionStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyncEngineTest {

    static final UUID GROCERIES = Categories.defaultId("groceries");
    static final UUID RESTAURANTS = Categories.defaultId("restaurants");
    static final UUID COFFEE = Categories.defaultId("coffee");

    @TempDir
    Path folder;

    SyncFixture sync;

    @BeforeEach
    void open() {
        sync = new SyncFixture(folder.resolve("a"), 2);
    }

    @AfterEach
    void close() {
        sync.close();
    }

    @Test
    void theFirstSyncCreatesTheAccountsAndAppliesEveryPage() {
        sync.provider.added(
                posted("t1", CHECKING, "2026-11-01", "2500.00", "Payroll"),
                posted("t2", CHECKING, "2026-11-02", "-45.10", "Green Leaf Grocers"),
                posted("t3", CARD, "2026-11-03", "-12.00", "Cafe Luna"),
                pending("t4", CARD, "2026-11-20", "-30.00", "Bookshop"),
                posted("t5", CHECKING, "2026-11-21", "-900.00", "Rent"));

        SyncReport report = sync.sync();

        assertThat(sync.provider.pageCalls()).isEqualTo(3);
        assertThat(report.status()).isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(report.succeeded()).isTrue();
        assertThat(report.changesOf(sync.accountOf(CHECKING))).isEqualTo(new AccountChanges(3, 0, 0, 0));
        assertThat(report.changesOf(sync.accountOf(CARD))).isEqualTo(new AccountChanges(2, 0, 0, 0));
        Account checking = sync.fx.ledger.accounts().get(sync.accountOf(CHECKING));
        assertThat(checking.origin()).isEqualTo(AccountOrigin.PROVIDER);
        assertThat(checking.type()).isEqualTo(AccountType.CHECKING);
        assertThat(checking.name()).isEqualTo("Everyday Checking");
        assertThat(checking.institution()).isEqualTo("First Platypus Bank");
        assertThat(sync.fx.ledger.accounts().get(sync.accountOf(CARD)).type()).isEqualTo(AccountType.CREDIT_CARD);
        Transaction held = sync.row(CARD, "t4");
        assertThat(held.status()).isEqualTo(TransactionStatus.PENDING);
        assertThat(held.origin()).isEqualTo(TransactionOrigin.PROVIDER);
        assertThat(sync.row(CHECKING, "t2").status()).isEqualTo(TransactionStatus.CLEARED);
        assertThat(sync.fx.ledger.bankConnections().cursor(sync.connection.id()))
                .isEqualTo("pos-5");
        assertThat(sync.fx.ledger.bankConnections().get(sync.connection.id()).lastSyncedAt())
                .isEqualTo(sync.fx.vaults.clock.instant());
    }

    @Test
    void aLaterSyncAppliesOnlyWhatChangedSinceTheStoredCursor() {
        sync.provider.added(posted("t1", CHECKING, "2026-11-01", "-1.00", "One"));
        sync.sync();
        sync.provider.added(
                posted("t2", CHECKING, "2026-11-05", "-2.00", "Two"),
                posted("t3", CHECKING, "2026-11-06", "-3.00", "Three"));

        SyncReport report = sync.sync();

        assertThat(report.total()).isEqualTo(new AccountChanges(2, 0, 0, 0));
        assertThat(sync.rowCount()).isEqualTo(3);
        assertThat(sync.sync().total()).as("nothing new").isEqualTo(AccountChanges.NONE);
    }

    @Test
    void anAccountAppearingLaterIsAddedAndNamesStayUnique() {
        sync.fx.account("Savings", app.nestegg.vault.ledger.LedgerFixture.USD, "0");
        sync.sync();
        sync.provider.account(new app.nestegg.sync.provider.ProviderAccount(
                "acc-sav",
                "Savings",
                "7777",
                app.nestegg.sync.provider.ProviderAccountKind.DEPOSITORY,
                "savings",
                "USD",
                null));

        sync.sync();

        Account savings = sync.fx.ledger.accounts().get(sync.accountOf("acc-sav"));
        assertThat(savings.name()).isEqualTo("Savings (First Platypus Bank 7777)");
        assertThat(savings.type()).isEqualTo(AccountType.SAVINGS);
    }

    @ParameterizedTest(name = "page size {0}, removal before the posted row: {1}")
    @CsvSource({"1, true", "1, false", "10, true", "10, false"})
    void aPendingRowThatPostsKeepsTheCategoryMemoAndSplits(int pageSize, boolean removalFirst) {
        sync.close();
        sync = new SyncFixture(folder.resolve("p" + pageSize + removalFirst), pageSize);
        sync.provider.added(pending("p1", CHECKING, "2026-11-10", "-40.00", "Corner Bistro"));
        sync.sync();
        Transaction held = sync.row(CHECKING, "p1");
        sync.fx
                .ledger
                .transactions()
                .edit(
                        held.id(),
                        held.toDraft()
                                .withMemo("dinner with Sam")
                                .withSplits(List.of(
                                        new SplitDraft(RESTAURANTS, new BigDecimal("-30.00"), "food"),
                                        new SplitDraft(COFFEE, new BigDecimal("-10.00"), "coffee"))));
        if (removalFirst) {
            sync.provider
                    .removed("p1", CHECKING)
                    .added(postedFrom("q1", "p1", CHECKING, "2026-11-12", "-46.00", "Corner Bistro"));
        } else {
            sync.provider
                    .added(postedFrom("q1", "p1", CHECKING, "2026-11-12", "-46.00", "Corner Bistro"))
                    .removed("p1", CHECKING);
        }

        SyncReport report = sync.sync();

        Transaction postedRow = sync.row(CHECKING, "q1");
        assertThat(postedRow.id()).as("the same ledger row").isEqualTo(held.id());
        assertThat(postedRow.status()).isEqualTo(TransactionStatus.CLEARED);
        assertThat(postedRow.date()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(postedRow.amount().toDecimal()).isEqualByComparingTo("-46.00");
        assertThat(postedRow.memo()).isEqualTo("dinner with Sam");
        assertThat(postedRow.splits())
                .extracting(s -> s.categoryId(), s -> s.amount().toDecimal().toPlainString(), s -> s.memo())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RESTAURANTS, "-30.00", "food"),
                        org.assertj.core.groups.Tuple.tuple(COFFEE, "-16.00", "coffee"));
        assertThat(sync.rowCount()).isEqualTo(1);
        assertThat(report.changesOf(postedRow.accountId()).removed()).isZero();
        assertThat(report.changesOf(postedRow.accountId()).modified()).isEqualTo(1);
    }

    @Test
    void aPendingRowRemovedWithoutAPostedOneIsDeletedWhenTheRunEnds() {
        sync.close();
        sync = new SyncFixture(folder.resolve("lapsed"), 1);
        sync.provider.added(pending("p1", CHECKING, "2026-11-10", "-5.00", "Hold"));
        sync.sync();
        sync.provider.removed("p1", CHECKING).added(posted("t2", CHECKING, "2026-11-11", "-1.00", "Other"));

        SyncReport report = sync.sync();

        assertThat(sync.fx.ledger.transactions().findByExternalId(sync.accountOf(CHECKING), "p1"))
                .isEmpty();
        assertThat(report.changesOf(sync.accountOf(CHECKING))).isEqualTo(new AccountChanges(1, 0, 1, 0));
    }

    @Test
    void aRemovedRowIsDeletedAndRemovingItAgainChangesNothing() {
        sync.provider.added(
                posted("t1", CHECKING, "2026-11-01", "-1.00", "One"),
                posted("t2", CHECKING, "2026-11-02", "-2.00", "Two"));
        sync.sync();
        sync.provider.removed("t1", CHECKING).removed("t1", CHECKING).removed("gone-before", null);

        SyncReport report = sync.sync();

        assertThat(report.changesOf(sync.accountOf(CHECKING)).removed()).isEqualTo(1);
        assertThat(sync.rows()).extracting(SyncFixture.Row::externalId).containsExactly("t2");
    }

    @Test
    void aModificationChangesProviderFieldsAndKeepsTheUsersEditsAndRename() {
        sync.provider.added(
                posted("t1", CHECKING, "2026-11-01", "-20.00", "GREEN LEAF 12"),
                posted("t2", CHECKING, "2026-11-02", "-3.00", "CAFE LUNA"));
        sync.sync();
        Transaction renamed = sync.row(CHECKING, "t1");
        sync.fx
                .ledger
                .transactions()
                .edit(
                        renamed.id(),
                        renamed.toDraft()
                                .withPayee("Green Leaf Grocers")
                                .withCategory(GROCERIES)
                                .withMemo("weekly shop"));
        Transaction untouched = sync.row(CHECKING, "t2");
        sync.provider
                .modified(posted("t1", CHECKING, "2026-11-02", "-21.50", "GREEN LEAF GROCERS #12"))
                .modified(posted("t2", CHECKING, "2026-11-02", "-3.00", "Cafe Luna Downtown"));

        SyncReport report = sync.sync();

        Transaction after = sync.row(CHECKING, "t1");
        assertThat(after.id()).isEqualTo(renamed.id());
        assertThat(after.amount().toDecimal()).isEqualByComparingTo("-21.50");
        assertThat(after.date()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(after.payee()).isEqualTo("Green Leaf Grocers");
        assertThat(after.categoryId()).isEqualTo(GROCERIES);
        assertThat(after.memo()).isEqualTo("weekly shop");
        assertThat(sync.row(CHECKING, "t2").payee())
                .as("not renamed, so it follows the provider")
                .isEqualTo("Cafe Luna Downtown");
        assertThat(sync.row(CHECKING, "t2").id()).isEqualTo(untouched.id());
        assertThat(report.changesOf(after.accountId())).isEqualTo(new AccountChanges(0, 2, 0, 0));
        Money balance = sync.fx.ledger.balances().balance(after.accountId(), LocalDate.of(2026, 12, 1));
        assertThat(balance.toDecimal()).as("month totals follow the new amount").isEqualByComparingTo("-24.50");
    }

    @Test
    void newRowsGoThroughTheRulesAndARulesRenameIsKeptLater() {
        sync.fx
                .ledger
                .rules()
                .add(new RuleDraft(
                        "Coffee", PayeeMatch.CONTAINS, "LUNA", null, null, null, COFFEE, "Cafe Luna", null, true));
        sync.provider.added(posted("t1", CHECKING, "2026-11-01", "-3.00", "SQ *CAFE LUNA 44"));
        sync.sync();
        sync.provider.modified(posted("t1", CHECKING, "2026-11-01", "-3.00", "SQ *CAFE LUNA 45"));

        sync.sync();

        Transaction row = sync.row(CHECKING, "t1");
        assertThat(row.categoryId()).isEqualTo(COFFEE);
        assertThat(row.payee()).isEqualTo("Cafe Luna");
    }

    @Test
    void aRowImportedFromAStatementIsLinkedInsteadOfDuplicated() {
        sync.sync();
        UUID checking = sync.accountOf(CHECKING);
        Transaction imported = sync.fx
                .ledger
                .transactions()
                .add(TransactionDraft.of(
                                checking,
                                LocalDate.of(2026, 11, 3),
                                new BigDecimal("-45.10"),
                                "GREEN LEAF GROCERS #12, SPRINGFIELD")
                        .withCategory(GROCERIES)
                        .withMemo("from the OFX file")
                        .withSource(TransactionOrigin.IMPORT, "FITID-881"));
        Transaction other = sync.fx
                .ledger
                .transactions()
                .add(TransactionDraft.of(checking, LocalDate.of(2026, 11, 3), new BigDecimal("-45.10"), "Hardware Barn")
                        .withSource(TransactionOrigin.IMPORT, "FITID-882"));
        sync.provider.added(
                posted("t1", CHECKING, "2026-11-01", "-45.10", "Green Leaf Grocers"),
                posted("t2", CHECKING, "2026-11-09", "-45.10", "Green Leaf Grocers"));

        SyncReport report = sync.sync();

        assertThat(report.changesOf(checking)).isEqualTo(new AccountChanges(1, 0, 0, 1));
        Transaction linked = sync.row(CHECKING, "t1");
        assertThat(linked.id()).isEqualTo(imported.id());
        assertThat(linked.origin()).isEqualTo(TransactionOrigin.PROVIDER);
        assertThat(linked.categoryId()).isEqualTo(GROCERIES);
        assertThat(linked.memo()).isEqualTo("from the OFX file");
        assertThat(linked.payee()).isEqualTo("GREEN LEAF GROCERS #12, SPRINGFIELD");
        assertThat(linked.date()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(sync.fx.ledger.transactions().get(other.id()).externalId())
                .as("a different payee is not the same purchase")
                .isEqualTo("FITID-882");
        assertThat(sync.row(CHECKING, "t2").id())
                .as("six days away is a new row")
                .isNotEqualTo(imported.id());
        assertThat(sync.rowCount()).isEqualTo(3);
    }

    @Test
    void theFirstBalanceSetsTheOpeningAndLaterOnesAreOnlyKept() {
        sync.provider
                .added(
                        posted("t1", CHECKING, "2026-11-01", "-100.00", "Rent"),
                        pending("t2", CHECKING, "2026-11-20", "-5.00", "Hold"))
                .balance(
                        new ProviderBalance(CHECKING, new BigDecimal("400.00"), new BigDecimal("395.00"), null, "USD"));

        sync.sync();

        UUID checking = sync.accountOf(CHECKING);
        Account account = sync.fx.ledger.accounts().get(checking);
        assertThat(account.openingBalance().toDecimal()).isEqualByComparingTo("500.00");
        assertThat(account.openingDate()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(sync.fx
                        .ledger
                        .balances()
                        .balance(checking, LocalDate.of(2026, 11, 19))
                        .toDecimal())
                .as("posted rows and the opening are the bank's current balance")
                .isEqualByComparingTo("400.00");

        sync.provider.balance(new ProviderBalance(CHECKING, new BigDecimal("350.00"), null, null, "USD"));
        sync.sync();

        assertThat(sync.fx.ledger.accounts().get(checking).openingBalance().toDecimal())
                .isEqualByComparingTo("500.00");
        assertThat(sync.fx.ledger.bankConnections().links(sync.connection.id()))
                .filteredOn(link -> link.accountId().equals(checking))
                .singleElement()
                .satisfies(link -> {
                    assertThat(link.balance().current().toDecimal()).isEqualByComparingTo("350.00");
                    assertThat(link.balance().available()).isNull();
                });
    }
}

package app.nestegg.sync.plaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.sync.fake.plaid.FakeItem;
import app.nestegg.sync.fake.plaid.FakePlaidExtension;
import app.nestegg.sync.fake.plaid.FakePlaidServer;
import app.nestegg.sync.fake.plaid.FakeTransaction;
import app.nestegg.sync.provider.AccessToken;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderFailure;
import app.nestegg.sync.provider.ProviderTransaction;
import app.nestegg.sync.provider.RemovedTransaction;
import app.nestegg.sync.provider.SyncCursor;
import app.nestegg.sync.provider.TransactionChanges;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /transactions/sync} over the fake: pages, incremental changes, pending to posted, the restart rule. */
class PlaidClientSyncTest {

    @RegisterExtension
    final FakePlaidExtension plaid = new FakePlaidExtension();

    /** What a sync engine does: pages until !hasMore, restarting from the run's first cursor on a mutation. */
    private record Run(
            Map<String, ProviderTransaction> rows, List<String> removed, SyncCursor cursor, int pages, int restarts) {}

    private static Run syncLoop(
            PlaidClient client, AccessToken token, SyncCursor start, Map<String, ProviderTransaction> rows) {
        int restarts = 0;
        while (true) {
            Map<String, ProviderTransaction> working = new LinkedHashMap<>(rows);
            List<String> removed = new ArrayList<>();
            SyncCursor cursor = start;
            int pages = 0;
            try {
                TransactionChanges page;
                do {
                    page = client.transactionChanges(token, cursor);
                    pages++;
                    page.added().forEach(t -> working.put(t.id(), t));
                    page.modified().forEach(t -> working.put(t.id(), t));
                    for (RemovedTransaction r : page.removed()) {
                        working.remove(r.id());
                        removed.add(r.id());
                    }
                    cursor = page.nextCursor();
                } while (page.hasMore());
                return new Run(working, removed, cursor, pages, restarts);
            } catch (ProviderException e) {
                if (e.failure() != ProviderFailure.CHANGED_DURING_PAGINATION || restarts++ > 3) {
                    throw e;
                }
            }
        }
    }

    @Test
    void theInitialSyncReadsTheWholeHistoryInPagesOf500() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createEmptyItem("ins_109508");
        var checking = item.addAccount("Checking", "depository", "checking", "0000", null, BigDecimal.TEN, null);
        item.generateTransactions(checking.accountId(), 1_234, fake.today());
        PlaidClient client = PlaidTestClients.client(fake);
        AccessToken token = new AccessToken(item.accessToken());

        TransactionChanges first = client.transactionChanges(token, SyncCursor.START);
        TransactionChanges second = client.transactionChanges(token, first.nextCursor());
        TransactionChanges third = client.transactionChanges(token, second.nextCursor());

        assertThat(List.of(
                        first.added().size(),
                        second.added().size(),
                        third.added().size()))
                .containsExactly(500, 500, 234);
        assertThat(List.of(first.hasMore(), second.hasMore(), third.hasMore())).containsExactly(true, true, false);
        assertThat(fake.exchanges("/transactions/sync").getFirst().body())
                .as("no cursor on the first call, count 500")
                .doesNotContain("cursor")
                .contains("\"count\":500");
        assertThat(fake.exchanges("/transactions/sync").get(1).body()).contains("\"cursor\":\"");
        FakeTransaction generated = item.transactions().getFirst();
        ProviderTransaction read = first.added().getFirst();
        assertThat(read.id()).isEqualTo(generated.transactionId());
        assertThat(read.amount()).isEqualByComparingTo(generated.amount().negate());
        assertThat(read.categoryHint()).isEqualTo(generated.categoryPrimary());
        assertThat(read.merchantName()).isEqualTo(generated.merchantName());
        assertThat(read.currencyCode()).isEqualTo("USD");

        TransactionChanges nothingNew = client.transactionChanges(token, third.nextCursor());
        assertThat(nothingNew.size()).isZero();
        assertThat(nothingNew.hasMore()).isFalse();
    }

    @Test
    void amountsArriveExactlyAndInTheLedgersSign() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createEmptyItem("ins_109508");
        var card = item.addAccount("Card", "credit", "credit card", "3333", BigDecimal.ONE, null, null);
        FakeTransaction purchase = item.addTransaction(card.accountId(), fake.today(), new BigDecimal("0.10"), "Gum");
        FakeTransaction payment =
                item.addTransaction(card.accountId(), fake.today(), new BigDecimal("-1234567.89"), "PAYMENT");

        TransactionChanges page =
                PlaidTestClients.client(fake).transactionChanges(new AccessToken(item.accessToken()), SyncCursor.START);

        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        page.added().forEach(t -> amounts.put(t.id(), t.amount()));
        assertThat(amounts.get(purchase.transactionId())).isEqualTo(new BigDecimal("-0.10"));
        assertThat(amounts.get(payment.transactionId())).isEqualTo(new BigDecimal("1234567.89"));
    }

    @Test
    void anIncrementalSyncReportsExactlyWhatChanged() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createItem();
        PlaidClient client = PlaidTestClients.client(fake);
        AccessToken token = new AccessToken(item.accessToken());
        Run initial = syncLoop(client, token, SyncCursor.START, Map.of());
        assertThat(initial.rows()).hasSize(item.transactions().size());

        String checking = item.account("depository", "checking").accountId();
        FakeTransaction added = item.addTransaction(checking, fake.today(), new BigDecimal("42.00"), "Hardware Hub");
        FakeTransaction toModify = item.transactions().get(1);
        item.modifyTransaction(toModify.transactionId(), t -> t.withAmount(new BigDecimal("480.00")));
        FakeTransaction toRemove = item.transactions().get(2);
        item.removeTransaction(toRemove.transactionId());
        FakeTransaction addedThenRemoved = item.addTransaction(checking, fake.today(), BigDecimal.ONE, "Void");
        item.removeTransaction(addedThenRemoved.transactionId());

        TransactionChanges changes = client.transactionChanges(token, initial.cursor());

        assertThat(changes.added()).extracting(ProviderTransaction::id).containsExactly(added.transactionId());
        assertThat(changes.modified()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(toModify.transactionId());
            assertThat(t.amount()).isEqualByComparingTo("-480.00");
        });
        assertThat(changes.removed())
                .containsExactly(new RemovedTransaction(toRemove.transactionId(), toRemove.accountId()));
        assertThat(changes.hasMore()).isFalse();
        assertThat(client.transactionChanges(token, changes.nextCursor()).size())
                .isZero();
    }

    @Test
    void aPendingRowThatPostsArrivesAsRemovedPlusAddedNamingIt() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createItem();
        PlaidClient client = PlaidTestClients.client(fake);
        AccessToken token = new AccessToken(item.accessToken());
        Run initial = syncLoop(client, token, SyncCursor.START, Map.of());
        FakeTransaction pending = item.transactions().stream()
                .filter(FakeTransaction::pending)
                .findFirst()
                .orElseThrow();
        assertThat(initial.rows().get(pending.transactionId()).pending()).isTrue();

        FakeTransaction posted = item.postPending(pending.transactionId(), new BigDecimal("91.15"), fake.today());
        TransactionChanges changes = client.transactionChanges(token, initial.cursor());

        assertThat(changes.removed()).extracting(RemovedTransaction::id).containsExactly(pending.transactionId());
        assertThat(changes.added()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(posted.transactionId()).isNotEqualTo(pending.transactionId());
            assertThat(t.pending()).isFalse();
            assertThat(t.pendingTransactionId()).isEqualTo(pending.transactionId());
            assertThat(t.amount()).isEqualByComparingTo("-91.15");
        });
        assertThat(changes.modified()).isEmpty();
    }

    @Test
    void theFullLoopRestartsFromTheRunsFirstCursorWhenPlaidReportsAMutation() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createEmptyItem("ins_109508");
        var checking = item.addAccount("Checking", "depository", "checking", "0000", null, BigDecimal.TEN, null);
        item.generateTransactions(checking.accountId(), 1_200, fake.today());
        PlaidClient client = PlaidTestClients.client(fake);
        AccessToken token = new AccessToken(item.accessToken());
        Run initial = syncLoop(client, token, SyncCursor.START, Map.of());
        assertThat(initial.pages()).isEqualTo(3);

        item.generateTransactions(checking.accountId(), 1_100, fake.today().plusDays(30));
        item.mutationDuringPaginationOnPage(2);
        Run update = syncLoop(client, token, initial.cursor(), initial.rows());

        assertThat(update.restarts()).isEqualTo(1);
        assertThat(update.rows()).hasSize(2_300);
        assertThat(update.rows().keySet())
                .containsExactlyInAnyOrderElementsOf(item.transactions().stream()
                        .map(FakeTransaction::transactionId)
                        .toList());
        List<String> cursors = fake.exchanges("/transactions/sync").stream()
                .skip(3)
                .map(e -> e.body().replaceAll(".*\"cursor\":\"([^\"]*)\".*", "$1"))
                .toList();
        assertThat(cursors)
                .as("page 1, page 2 (mutation), then page 1 again from the same first cursor, 2, 3")
                .hasSize(5);
        assertThat(cursors.get(2))
                .isEqualTo(cursors.get(0))
                .isEqualTo(initial.cursor().value());
    }

    @Test
    void aRealChangeBetweenPagesIsAMutationDuringPagination() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createEmptyItem("ins_109508");
        var checking = item.addAccount("Checking", "depository", "checking", "0000", null, BigDecimal.TEN, null);
        item.generateTransactions(checking.accountId(), 700, fake.today());
        PlaidClient client = PlaidTestClients.client(fake);
        AccessToken token = new AccessToken(item.accessToken());

        TransactionChanges first = client.transactionChanges(token, SyncCursor.START);
        item.addTransaction(checking.accountId(), fake.today(), BigDecimal.ONE, "Late arrival");

        assertThatThrownBy(() -> client.transactionChanges(token, first.nextCursor()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ProviderFailure.CHANGED_DURING_PAGINATION);
                    assertThat(e.errorCode()).isEqualTo("TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION");
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.failure().isTransient()).isTrue();
                });
        Run restarted = syncLoop(client, token, SyncCursor.START, Map.of());
        assertThat(restarted.rows()).hasSize(701);
    }

    @Test
    void aNewItemNotReadyYetAnswersAnEmptyPageAndTheStartCursor() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createItem();
        item.notReady(true);
        PlaidClient client = PlaidTestClients.client(fake);
        AccessToken token = new AccessToken(item.accessToken());

        TransactionChanges notReady = client.transactionChanges(token, SyncCursor.START);
        item.notReady(false);
        TransactionChanges ready = client.transactionChanges(token, notReady.nextCursor());

        assertThat(notReady.size()).isZero();
        assertThat(notReady.hasMore()).isFalse();
        assertThat(notReady.nextCursor().isStart()).isTrue();
        assertThat(ready.added()).hasSize(item.transactions().size());
    }
}

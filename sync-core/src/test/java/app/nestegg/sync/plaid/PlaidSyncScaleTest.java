package app.nestegg.sync.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.sync.fake.plaid.FakeItem;
import app.nestegg.sync.fake.plaid.FakePlaidServer;
import app.nestegg.sync.provider.AccessToken;
import app.nestegg.sync.provider.SyncCursor;
import app.nestegg.sync.provider.TransactionChanges;
import java.math.BigDecimal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The benchmark's shape: 100,000 rows read as 200 pages of 500 from a fake without validation. */
@Tag("slow")
class PlaidSyncScaleTest {

    @Test
    void aHundredThousandRowsArriveIn200Pages() {
        try (FakePlaidServer fake = FakePlaidServer.builder().validate(false).start()) {
            FakeItem item = fake.createEmptyItem("ins_109508");
            var account = item.addAccount("Checking", "depository", "checking", "0000", BigDecimal.ONE, null, null);
            item.generateTransactions(account.accountId(), 100_000, fake.today());
            PlaidClient client = PlaidTestClients.client(fake);
            AccessToken token = new AccessToken(item.accessToken());

            int pages = 0;
            int rows = 0;
            SyncCursor cursor = SyncCursor.START;
            TransactionChanges page;
            do {
                page = client.transactionChanges(token, cursor);
                pages++;
                rows += page.added().size();
                cursor = page.nextCursor();
            } while (page.hasMore());

            assertThat(pages).isEqualTo(200);
            assertThat(rows).isEqualTo(100_000);
        }
    }
}

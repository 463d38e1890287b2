package app.nestegg.sync.plaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.sync.fake.plaid.FakeItem;
import app.nestegg.sync.fake.plaid.FakePlaidExtension;
import app.nestegg.sync.fake.plaid.FakePlaidServer;
import app.nestegg.sync.provider.AccessToken;
import app.nestegg.sync.provider.ProviderAccount;
import app.nestegg.sync.provider.ProviderAccountKind;
import app.nestegg.sync.provider.ProviderBalance;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderFailure;
import app.nestegg.sync.provider.ProviderHolding;
import app.nestegg.sync.provider.SyncCursor;
import app.nestegg.vault.ledger.AccountType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Accounts, balances with their signs, holdings and disconnecting, over the fake. */
class PlaidClientDataTest {

    @RegisterExtension
    final FakePlaidExtension plaid = new FakePlaidExtension();

    @Test
    void accountsCarryKindSubtypeMaskCurrencyAndTheBanksName() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createItem();

        List<ProviderAccount> accounts = PlaidTestClients.client(fake).accounts(new AccessToken(item.accessToken()));

        Map<String, ProviderAccount> byName =
                accounts.stream().collect(Collectors.toMap(ProviderAccount::name, Function.identity()));
        assertThat(byName.get("Plaid Checking").kind()).isEqualTo(ProviderAccountKind.DEPOSITORY);
        assertThat(byName.get("Plaid Checking").mask()).isEqualTo("0000");
        assertThat(byName.get("Plaid Saving").ledgerType()).isEqualTo(AccountType.SAVINGS);
        assertThat(byName.get("Plaid Credit Card").subtype()).isEqualTo("credit card");
        assertThat(byName.get("Plaid Credit Card").ledgerType()).isEqualTo(AccountType.CREDIT_CARD);
        assertThat(byName.get("Plaid Mortgage").ledgerType()).isEqualTo(AccountType.MORTGAGE);
        assertThat(byName.get("Plaid Student Loan").kind()).isEqualTo(ProviderAccountKind.LOAN);
        assertThat(byName.get("Plaid IRA").ledgerType()).isEqualTo(AccountType.RETIREMENT);
        assertThat(accounts).allSatisfy(a -> {
            assertThat(a.currencyCode()).isEqualTo("USD");
            assertThat(a.institutionName()).isEqualTo("First Platypus Bank");
            assertThat(a.id())
                    .isEqualTo(item.accounts().stream()
                            .filter(f -> f.name().equals(a.name()))
                            .findFirst()
                            .orElseThrow()
                            .accountId());
        });
    }

    @Test
    void balancesAreInTheLedgersSignForEachAccountType() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createItem();

        List<ProviderBalance> balances = PlaidTestClients.client(fake).balances(new AccessToken(item.accessToken()));

        Map<String, ProviderBalance> byAccount =
                balances.stream().collect(Collectors.toMap(ProviderBalance::accountId, Function.identity()));
        ProviderBalance checking =
                byAccount.get(item.account("depository", "checking").accountId());
        ProviderBalance card =
                byAccount.get(item.account("credit", "credit card").accountId());
        ProviderBalance loan = byAccount.get(item.account("loan", "student").accountId());
        ProviderBalance mortgage =
                byAccount.get(item.account("loan", "mortgage").accountId());
        ProviderBalance ira = byAccount.get(item.account("investment", "ira").accountId());
        assertThat(checking.current()).isEqualTo(new BigDecimal("110.00"));
        assertThat(checking.available()).isEqualTo(new BigDecimal("100.00"));
        assertThat(card.current()).as("owed 410 on the card").isEqualTo(new BigDecimal("-410.00"));
        assertThat(card.available()).as("credit left stays positive").isEqualTo(new BigDecimal("1590.00"));
        assertThat(card.limit()).isEqualTo(new BigDecimal("2000.00"));
        assertThat(loan.current()).isEqualTo(new BigDecimal("-65262.00"));
        assertThat(mortgage.current()).isEqualTo(new BigDecimal("-56302.06"));
        assertThat(ira.current()).isEqualTo(new BigDecimal("320.76"));
        assertThat(balances).allSatisfy(b -> assertThat(b.currencyCode()).isEqualTo("USD"));
        assertThat(fake.exchanges("/accounts/balance/get")).hasSize(1);
    }

    @Test
    void anAccountWithNoBalanceAtAllIsLeftOut() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createEmptyItem("ins_109508");
        item.addAccount("Blank", "other", null, null, null, null, null);
        item.addAccount("Cash", "depository", "checking", "1", new BigDecimal("5.00"), null, null);

        List<ProviderBalance> balances = PlaidTestClients.client(fake).balances(new AccessToken(item.accessToken()));

        assertThat(balances).singleElement().satisfies(b -> {
            assertThat(b.current()).isEqualTo(new BigDecimal("5.00"));
            assertThat(b.available()).isNull();
        });
    }

    @Test
    void holdingsAreJoinedWithTheirSecurities() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createItem();

        List<ProviderHolding> holdings = PlaidTestClients.client(fake).holdings(new AccessToken(item.accessToken()));

        String ira = item.account("investment", "ira").accountId();
        assertThat(holdings).hasSize(3).allSatisfy(h -> {
            assertThat(h.accountId()).isEqualTo(ira);
            assertThat(h.currencyCode()).isEqualTo("USD");
        });
        ProviderHolding etf = holdings.get(0);
        assertThat(etf.securityName()).isEqualTo("Example Total Market Index ETF");
        assertThat(etf.ticker()).isEqualTo("EXTM");
        assertThat(etf.quantity()).isEqualTo(new BigDecimal("1.5"));
        assertThat(etf.price()).isEqualTo(new BigDecimal("271.48"));
        assertThat(etf.priceDate())
                .as("institution_price_as_of")
                .isEqualTo(fake.today().minusDays(1));
        assertThat(etf.costBasis()).isEqualTo(new BigDecimal("300.00"));
        assertThat(etf.securityType()).isEqualTo("etf");
        assertThat(etf.cashEquivalent()).isFalse();
        ProviderHolding fund = holdings.get(1);
        assertThat(fund.ticker()).isNull();
        assertThat(fund.priceDate())
                .as("from institution_price_datetime")
                .isEqualTo(fake.today().minusDays(2));
        assertThat(fund.costBasis()).isNull();
        ProviderHolding cash = holdings.get(2);
        assertThat(cash.securityName()).isEqualTo("U S Dollar");
        assertThat(cash.ticker()).isEqualTo("CUR:USD");
        assertThat(cash.priceDate()).isNull();
        assertThat(cash.cashEquivalent()).isTrue();
    }

    @Test
    void anItemWithoutInvestmentAccountsHasNoHoldings() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createEmptyItem("ins_109508");
        item.addAccount("Cash", "depository", "checking", "1", BigDecimal.ONE, null, null);

        assertThat(PlaidTestClients.client(fake).holdings(new AccessToken(item.accessToken())))
                .isEmpty();
        assertThat(fake.exchanges("/investments/holdings/get").getFirst().status())
                .isEqualTo(400);
    }

    @Test
    void disconnectingRevokesTheTokenAndLaterCallsSayAccessRevoked() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createItem();
        PlaidClient client = PlaidTestClients.client(fake);
        AccessToken token = new AccessToken(item.accessToken());

        client.disconnect(token);

        assertThat(item.removed()).isTrue();
        for (Runnable call : List.<Runnable>of(
                () -> client.accounts(token),
                () -> client.transactionChanges(token, SyncCursor.START),
                () -> client.item(token),
                () -> client.disconnect(token))) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(ProviderException.class, e -> {
                assertThat(e.failure()).isEqualTo(ProviderFailure.ACCESS_REVOKED);
                assertThat(e.errorCode()).isEqualTo("ITEM_NOT_FOUND");
                assertThat(e.errorType()).isEqualTo("ITEM_ERROR");
            });
        }
    }
}

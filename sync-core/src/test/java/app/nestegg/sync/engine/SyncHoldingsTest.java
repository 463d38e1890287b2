package app.nestegg.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.sync.fake.plaid.FakeFailure;
import app.nestegg.sync.fake.plaid.FakeHolding;
import app.nestegg.sync.fake.plaid.FakeItem;
import app.nestegg.sync.fake.plaid.FakePlaidExtension;
import app.nestegg.sync.fake.plaid.FakePlaidServer;
import app.nestegg.sync.fake.plaid.FakeSecurity;
import app.nestegg.sync.plaid.PlaidClient;
import app.nestegg.sync.plaid.PlaidEnvironment;
import app.nestegg.sync.plaid.PlaidSettings;
import app.nestegg.sync.plaid.PlaidTimeouts;
import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.bank.BankProviderKind;
import app.nestegg.vault.bank.ConnectionStatus;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.RegisterQuery;
import app.nestegg.vault.ledger.invest.Holding;
import app.nestegg.vault.ledger.invest.Investments;
import app.nestegg.vault.ledger.invest.PriceSource;
import app.nestegg.vault.ledger.invest.Security;
import app.nestegg.vault.ledger.invest.SecurityDraft;
import app.nestegg.vault.ledger.invest.SecurityPrice;
import app.nestegg.vault.ledger.invest.SecurityType;
import app.nestegg.vault.ledger.invest.Trade;
import app.nestegg.vault.ledger.invest.TradeDraft;
import app.nestegg.vault.ledger.invest.TradeKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bank's holdings reach a real vault through the Plaid client and the fake: the sandbox IRA holds 1.5 EXTM (an ETF
 * bought for 300.00), 0.75 of a fund without a ticker and 12.34 of cash.
 */
class SyncHoldingsTest {

    @RegisterExtension
    final FakePlaidExtension plaid = new FakePlaidExtension();

    @TempDir
    Path folder;

    LedgerFixture fx;
    Investments invest;
    FakePlaidServer fake;
    FakeItem item;
    String ira;
    final PrefetchThread prefetch = PrefetchThread.start();
    SyncEngine engine;
    BankConnection connection;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        invest = fx.ledger.investments();
        fake = plaid.server();
        fake.clock().set(fx.vaults.clock.instant());
        item = fake.createItem();
        ira = item.account("investment", "ira").accountId();
        PlaidClient client = new PlaidClient(
                new PlaidSettings(
                        PlaidEnvironment.parse(fake.environment(), "test"),
                        FakePlaidServer.CLIENT_ID,
                        FakePlaidServer.SECRET,
                        fake.baseUrl()),
                PlaidTimeouts.all(Duration.ofSeconds(20)));
        connection = fx.ledger
                .bankConnections()
                .add(BankProviderKind.PLAID, "First Platypus Bank", item.itemId(), item.accessToken());
        engine = new SyncEngine(fx.ledger, kind -> client, fx.vaults.clock, prefetch);
    }

    @AfterEach
    void close() {
        prefetch.close();
        fx.close();
    }

    @Test
    void theFirstSyncCreatesSecuritiesPricesAndAdjustmentsMatchingTheBank() {
        SyncReport report = sync();

        UUID account = iraAccount();
        assertThat(report.holdingsError()).isNull();
        assertThat(report.changesOf(account).holdings()).isEqualTo(2);
        Security etf = invest.securities().find("EXTM");
        assertThat(etf.name()).isEqualTo("Example Total Market Index ETF");
        assertThat(etf.type()).isEqualTo(SecurityType.ETF);
        Security fund = invest.securities().find("NEGF");
        assertThat(fund.name()).isEqualTo("Nest Egg Growth Fund");
        assertThat(fund.type()).isEqualTo(SecurityType.MUTUAL_FUND);
        assertThat(invest.securities().list())
                .as("the cash position is the account's cash, not a security")
                .hasSize(2);
        assertThat(invest.prices().list(etf.id()))
                .containsExactly(
                        new SecurityPrice(etf.id(), today().minusDays(1), new BigDecimal("271.48"), PriceSource.BANK));
        assertThat(invest.prices().list(fund.id()))
                .containsExactly(
                        new SecurityPrice(fund.id(), today().minusDays(2), new BigDecimal("10.25"), PriceSource.BANK));
        Holding etfHolding = holding(etf);
        assertThat(etfHolding.quantity()).isEqualByComparingTo("1.5");
        assertThat(etfHolding.costBasis().toDecimal()).isEqualByComparingTo("300.00");
        Holding fundHolding = holding(fund);
        assertThat(fundHolding.quantity()).isEqualByComparingTo("0.75");
        assertThat(fundHolding.costBasis().toDecimal())
                .as("0.75 × 10.25 without a cost basis")
                .isEqualByComparingTo("7.69");
        assertThat(invest.trades().list(account)).extracting(Trade::kind).containsOnly(TradeKind.ADJUST_IN);
        assertThat(fx.ledger.register().count(RegisterQuery.forAccount(account)))
                .as("adjustments move no cash")
                .isZero();
    }

    @Test
    void aLaterSyncAdjustsOnlyWhatTheBankChanged() {
        sync();
        FakeSecurity etf = item.securityWithTicker("EXTM");
        item.addHolding(item.holding(ira, etf.securityId())
                .with(new BigDecimal("2.5"), new BigDecimal("280.00"), new BigDecimal("560.00")));

        SyncReport report = sync();

        assertThat(report.changesOf(iraAccount()).holdings()).isEqualTo(1);
        Security vaultEtf = invest.securities().find("EXTM");
        List<Trade> trades = trades(vaultEtf);
        assertThat(trades).hasSize(2);
        assertThat(trades.getLast().kind()).isEqualTo(TradeKind.ADJUST_IN);
        assertThat(trades.getLast().quantity()).isEqualByComparingTo("1");
        assertThat(trades.getLast().value().toDecimal())
                .as("1 of 2.5 shares that cost 560.00")
                .isEqualByComparingTo("224.00");
        assertThat(holding(vaultEtf).quantity()).isEqualByComparingTo("2.5");
    }

    @Test
    void thePersonsOwnTradesStayAndTheAdjustmentCoversOnlyTheGap() {
        FakeSecurity etf = item.securityWithTicker("EXTM");
        FakeHolding reported = item.holding(ira, etf.securityId());
        item.removeHolding(ira, etf.securityId());
        sync();
        Security typed = invest.securities()
                .add(new SecurityDraft("extm", "Total market ETF", SecurityType.ETF, Currency.getInstance("USD")));
        invest.trades()
                .record(TradeDraft.buy(
                        iraAccount(),
                        typed.id(),
                        LocalDate.of(2026, 10, 1),
                        BigDecimal.ONE,
                        new BigDecimal("250"),
                        BigDecimal.ZERO));
        item.addHolding(reported);

        sync();

        List<Trade> trades = trades(typed);
        assertThat(trades).extracting(Trade::kind).containsExactly(TradeKind.BUY, TradeKind.ADJUST_IN);
        assertThat(trades.getLast().quantity()).isEqualByComparingTo("0.5");
        assertThat(holding(typed).quantity()).isEqualByComparingTo("1.5");
        assertThat(invest.securities().find("EXTM").name())
                .as("found by ticker, the person's name kept")
                .isEqualTo("Total market ETF");
    }

    @Test
    void aSecurityTheBankNoLongerReportsGoesToZero() {
        sync();
        FakeSecurity fund = item.securityWithTicker(null);
        item.removeHolding(ira, fund.securityId());

        SyncReport report = sync();

        assertThat(report.changesOf(iraAccount()).holdings()).isEqualTo(1);
        Security vaultFund = invest.securities().find("NEGF");
        assertThat(holding(vaultFund).quantity()).isEqualByComparingTo("0");
        assertThat(trades(vaultFund).getLast().kind()).isEqualTo(TradeKind.ADJUST_OUT);
    }

    @Test
    void syncingAgainWithoutChangesWritesNothing() {
        sync();
        int logSize = fx.changeLogSize();

        SyncReport report = sync();

        assertThat(report.changesOf(iraAccount()).holdings()).isZero();
        assertThat(fx.changeLogSize()).isEqualTo(logSize);
    }

    @Test
    void aHoldingsFailureLeavesTheTransactionSyncSucceeded() {
        fake.failNext("/investments/holdings/get", FakeFailure.internalServerError());

        SyncReport report = sync();

        assertThat(report.succeeded()).isTrue();
        assertThat(report.status()).isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(report.total().added()).isPositive();
        assertThat(report.holdingsError().code()).isEqualTo(HoldingsApplier.ERROR_CODE);
        assertThat(report.holdingsError().message()).startsWith("Holdings were not updated: ");
        assertThat(invest.securities().list()).isEmpty();
        assertThat(fx.ledger.bankConnections().get(connection.id()).status()).isEqualTo(ConnectionStatus.ACTIVE);
    }

    private SyncReport sync() {
        SyncReport report = engine.sync(connection.id());
        assertThat(report.error()).isNull();
        return report;
    }

    private LocalDate today() {
        return fake.today();
    }

    private UUID iraAccount() {
        return fx.ledger.bankConnections().links(connection.id()).stream()
                .filter(link -> link.providerAccountId().equals(ira))
                .findFirst()
                .orElseThrow()
                .accountId();
    }

    private Holding holding(Security security) {
        return invest.holdings().of(iraAccount(), LocalDate.now(fx.vaults.clock)).holdings().stream()
                .filter(h -> h.security().id().equals(security.id()))
                .findFirst()
                .orElseThrow();
    }

    private List<Trade> trades(Security security) {
        return invest.trades().list(iraAccount()).stream()
                .filter(t -> t.securityId().equals(security.id()))
                .toList();
    }
}

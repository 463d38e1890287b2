package app.nestegg.vault.ledger.invest;

import static app.nestegg.vault.ledger.invest.InvestFixture.USD;
import static app.nestegg.vault.ledger.invest.InvestFixture.day;
import static app.nestegg.vault.ledger.invest.InvestFixture.num;
import static app.nestegg.vault.ledger.invest.InvestFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.RegisterQuery;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Holdings a bank reports become adjustment trades with no cash side (docs/decisions/0023). */
class InvestBankHoldingsTest {

    @TempDir
    Path folder;

    InvestFixture fx;
    Account broker;
    Security vti;
    Security bnd;

    @BeforeEach
    void open() {
        fx = new InvestFixture(folder);
        broker = fx.brokerage();
        vti = fx.security("VTI", SecurityType.ETF, USD);
        bnd = fx.security("BND", SecurityType.BOND, USD);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void sharesTheBankReportsBeyondTheTradesComeInAtTheBanksCostWithNoCash() {
        fx.buy(broker, vti, "2025-01-10", "10", "100", "0");
        long cashRows = cashRows();

        // 15 held at the bank, 1650 paid for all of them: the 5 added carry 5/15 of it.
        int adjusted = apply("2025-06-01", position(vti, "15", "120", "1650"));

        assertThat(adjusted).isEqualTo(1);
        Trade adjustment = fx.invest.trades().list(broker.id()).getLast();
        assertThat(adjustment.kind()).isEqualTo(TradeKind.ADJUST_IN);
        assertThat(adjustment.quantity()).isEqualByComparingTo("5");
        assertThat(adjustment.value()).isEqualTo(usd("550.00"));
        assertThat(adjustment.cash()).isEqualTo(usd("0.00"));
        assertThat(adjustment.cashTransactionId()).isEmpty();
        Holding holding = holding("2025-06-01");
        assertThat(holding.quantity()).isEqualByComparingTo("15");
        assertThat(holding.costBasis()).isEqualTo(usd("1550.00"));
        assertThat(holding.marketValue()).isEqualTo(usd("1800.00"));
        assertThat(cashRows()).as("no cash row for the adjustment").isEqualTo(cashRows);
        assertThat(fx.cashBalance(broker, "2025-06-30")).isEqualTo(usd("-1000.00"));
    }

    @Test
    void withoutACostBasisAddedSharesCostQuantityTimesTheBanksPrice() {
        apply("2025-06-01", position(vti, "4", "120.50", null));

        Holding holding = holding("2025-06-01");
        assertThat(holding.costBasis()).isEqualTo(usd("482.00"));
        assertThat(fx.invest.prices().list(vti.id()))
                .containsExactly(new SecurityPrice(vti.id(), day("2025-06-01"), num("120.5"), PriceSource.BANK));
    }

    @Test
    void sharesTheBankNoLongerHoldsLeaveTheOldestLotsFirstWithoutCashOrGain() {
        fx.buy(broker, vti, "2025-01-10", "10", "100", "0");
        fx.buy(broker, vti, "2025-02-10", "10", "120", "0");

        apply("2025-06-01", position(vti, "5", "130", null));

        Trade adjustment = fx.invest.trades().list(broker.id()).getLast();
        assertThat(adjustment.kind()).isEqualTo(TradeKind.ADJUST_OUT);
        assertThat(adjustment.quantity()).isEqualByComparingTo("15");
        assertThat(adjustment.cash()).isEqualTo(usd("0.00"));
        Holding holding = holding("2025-06-01");
        assertThat(holding.quantity()).isEqualByComparingTo("5");
        assertThat(holding.lots()).singleElement().satisfies(lot -> {
            assertThat(lot.acquired()).isEqualTo(day("2025-02-10"));
            assertThat(lot.cost()).isEqualTo(usd("600.00"));
        });
        assertThat(holding.realisedGain()).isEqualTo(usd("0.00"));
        assertThat(fx.cashBalance(broker, "2025-06-30")).isEqualTo(usd("-2200.00"));
    }

    @Test
    void aSecurityTheBankNoLongerReportsGoesToZeroAndTheOthersStay() {
        fx.buy(broker, vti, "2025-01-10", "10", "100", "0");
        fx.buy(broker, bnd, "2025-01-10", "5", "70", "0");

        int adjusted = apply("2025-06-01", position(vti, "10", "110", null));

        assertThat(adjusted).isEqualTo(1);
        AccountHoldings holdings = fx.invest.holdings().of(broker.id(), day("2025-06-01"));
        assertThat(holdings.holdings()).extracting(h -> h.security().symbol()).containsExactly("VTI", "BND");
        assertThat(holdings.holdings().get(0).quantity()).isEqualByComparingTo("10");
        assertThat(holdings.holdings().get(1).quantity()).isEqualByComparingTo("0");
        Trade out = fx.invest.trades().list(broker.id()).getLast();
        assertThat(out.securityId()).isEqualTo(bnd.id());
        assertThat(out.price()).as("the newest price known for it").hasValue(new BigDecimal("70"));
        assertThat(out.value()).isEqualTo(usd("350.00"));
    }

    @Test
    void theSamePositionsAgainWriteNothing() {
        fx.buy(broker, vti, "2025-01-10", "10", "100", "0");
        apply("2025-06-01", position(vti, "12", "110", "1220"));
        int logSize = fx.changeLogSize();

        assertThat(apply("2025-06-01", position(vti, "12", "110", "1220"))).isZero();

        assertThat(fx.changeLogSize()).isEqualTo(logSize);
    }

    @Test
    void aPriceThePersonTypedForTheDayIsKept() {
        fx.price(vti, "2025-06-01", "99");

        apply("2025-06-01", position(vti, "1", "120", null));

        assertThat(fx.invest.prices().list(vti.id()))
                .containsExactly(new SecurityPrice(vti.id(), day("2025-06-01"), num("99"), PriceSource.MANUAL));
    }

    @Test
    void aRemovalALaterSaleNeedsIsRefusedAndNothingIsWritten() {
        fx.buy(broker, vti, "2025-01-10", "10", "100", "0");
        fx.sell(broker, vti, "2025-07-01", "10", "130", "0");
        int logSize = fx.changeLogSize();

        assertThatThrownBy(() -> apply("2025-06-01", position(vti, "4", "120", null)))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("Cannot sell 10 VTI on 2025-07-01: the account holds 4 then");

        assertThat(fx.changeLogSize()).isEqualTo(logSize);
        assertThat(fx.invest.trades().list(broker.id())).hasSize(2);
    }

    @Test
    void removingMoreThanIsHeldIsRefusedWhenReplayed() {
        PositionBook book = new PositionBook(USD, id -> "VTI");
        book.apply(trade(TradeKind.ADJUST_IN, "3", "300.00"));

        assertThatThrownBy(() -> book.apply(trade(TradeKind.ADJUST_OUT, "5", "500.00")))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("Cannot remove 5 VTI on 2025-06-01: the account holds 3 then");
    }

    @Test
    void sharesTransferredInAreAFlowAtTheirValueNotAGain() {
        fx.buy(broker, vti, "2025-01-01", "10", "100", "0");

        apply("2026-01-01", position(vti, "20", "110", null));

        // Flows: -1000 on 2025-01-01, -1100 (10 shares in at 110) and +2200 (20 held at 110) on 2026-01-01: 10 %.
        InvestmentReturns returns = fx.invest.returns().of(broker.id(), day("2026-01-01"));
        assertThat(returns.moneyWeighted().rate().orElseThrow().doubleValue()).isCloseTo(0.10, within(1e-6));
        assertThat(returns.timeWeighted().rate().orElseThrow().doubleValue()).isCloseTo(0.10, within(1e-6));
    }

    @Test
    void aPersonCannotRecordABankAdjustment() {
        TradeDraft draft = new TradeDraft(
                broker.id(), vti.id(), day("2025-06-01"), TradeKind.ADJUST_IN, num("1"), num("1"), null, null, null);

        assertThatThrownBy(() -> fx.invest.trades().record(draft))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("made by bank sync only");
        assertThatThrownBy(() -> TradeKind.fromText("adjust-in"))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("use one of buy, sell, dividend, reinvest, split");
    }

    private int apply(String date, ReportedPosition... positions) {
        return fx.ledger
                .ledger
                .changeLog()
                .write(w -> fx.invest.bankHoldings().apply(w, broker.id(), day(date), List.of(positions)));
    }

    private static ReportedPosition position(Security security, String quantity, String price, String cost) {
        return new ReportedPosition(security.id(), num(quantity), num(price), null, num(cost));
    }

    private Holding holding(String date) {
        return fx.invest.holdings().of(broker.id(), day(date)).holdings().getFirst();
    }

    private long cashRows() {
        return fx.ledger.ledger.register().count(RegisterQuery.forAccount(broker.id()));
    }

    private Trade trade(TradeKind kind, String quantity, String value) {
        return new Trade(
                java.util.UUID.randomUUID(),
                broker.id(),
                vti.id(),
                day("2025-06-01"),
                kind,
                num(quantity),
                java.util.Optional.of(new BigDecimal("100")),
                usd(value),
                usd("0"),
                usd("0"),
                java.util.Optional.empty(),
                null);
    }
}

package app.nestegg.vault.ledger.invest;

import static app.nestegg.vault.ledger.invest.InvestFixture.EUR;
import static app.nestegg.vault.ledger.invest.InvestFixture.USD;
import static app.nestegg.vault.ledger.invest.InvestFixture.day;
import static app.nestegg.vault.ledger.invest.InvestFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvestHoldingsTest {

    @TempDir
    Path folder;

    InvestFixture fx;
    Account broker;
    Security vti;

    @BeforeEach
    void open() {
        fx = new InvestFixture(folder);
        broker = fx.brokerage();
        vti = fx.security("VTI", SecurityType.ETF, USD);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void marketValueUsesTheNewestPriceOnOrBeforeTheDay() {
        fx.buy(broker, vti, "2024-01-10", "10", "100", "0");
        fx.price(vti, "2024-03-01", "110");
        fx.price(vti, "2024-06-01", "120");

        assertThat(value("2024-01-09")).isEqualTo(usd("0"));
        assertThat(value("2024-02-01")).as("the purchase's price").isEqualTo(usd("1000.00"));
        assertThat(value("2024-03-15")).isEqualTo(usd("1100.00"));
        assertThat(value("2024-06-01")).isEqualTo(usd("1200.00"));
        Holding holding = fx.invest
                .holdings()
                .of(broker.id(), day("2024-06-30"))
                .holdings()
                .getFirst();
        assertThat(holding.price()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("120"));
        assertThat(holding.priceDate()).hasValue(day("2024-06-01"));
        assertThat(holding.unrealisedGain()).isEqualTo(usd("200.00"));
    }

    @Test
    void aForeignSecurityIsValuedInItsCurrencyAndConvertedAtTheDaysRate() {
        Security sap = fx.security("SAP", SecurityType.STOCK, EUR);
        fx.ledger.ledger.rates().set(EUR, USD, day("2024-01-01"), new BigDecimal("1.10"));
        fx.ledger.ledger.rates().set(EUR, USD, day("2024-06-01"), new BigDecimal("1.20"));

        Trade buy = fx.buy(broker, sap, "2024-01-10", "10", "50", "1");
        fx.price(sap, "2024-06-02", "60");

        assertThat(buy.cash()).as("10 x 50 EUR at 1.10, plus 1 USD of fees").isEqualTo(usd("-551.00"));
        HoldingsValue value = fx.invest.holdings().marketValue(broker.id(), day("2024-06-02"));
        assertThat(value.bySecurityCurrency()).isEqualTo(Map.of(EUR, new Money(60000, EUR)));
        assertThat(value.inAccountCurrency()).isEqualTo(usd("720.00"));
        Holding holding = fx.invest
                .holdings()
                .of(broker.id(), day("2024-06-02"))
                .holdings()
                .getFirst();
        assertThat(holding.costBasis()).isEqualTo(usd("551.00"));
        assertThat(holding.unrealisedGain()).isEqualTo(usd("169.00"));
    }

    @Test
    void allocationSharesTheValueByType() {
        Security bnd = fx.security("BND", SecurityType.BOND, USD);
        fx.buy(broker, vti, "2024-01-10", "12", "100", "0");
        fx.buy(broker, bnd, "2024-01-10", "10", "80", "0");

        AccountHoldings holdings = fx.invest.holdings().of(broker.id(), day("2024-01-10"));

        assertThat(holdings.marketValue()).isEqualTo(usd("2000.00"));
        assertThat(holdings.allocation())
                .extracting(AllocationSlice::type, s -> s.share().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SecurityType.ETF, "0.6000"),
                        org.assertj.core.groups.Tuple.tuple(SecurityType.BOND, "0.4000"));
        assertThat(fx.invest.holdings().allocation(day("2024-01-10")))
                .extracting(AllocationSlice::value)
                .containsExactly(usd("1200.00"), usd("800.00"));
    }

    @Test
    void timeWeightedReturnChainsThePeriodsBetweenPurchases() {
        fx.buy(broker, vti, "2024-01-01", "10", "100", "0");
        fx.buy(broker, vti, "2024-07-01", "10", "110", "0");
        fx.price(vti, "2024-12-01", "99");

        InvestmentReturns returns = fx.invest.returns().of(broker.id(), day("2024-12-01"));

        // 1000 grew to 1100 (+10 %), then 2200 fell to 1980 (-10 %): 1.1 x 0.9 - 1 = -1 %.
        assertThat(returns.timeWeighted().rate()).hasValue(new BigDecimal("-0.0100000000"));
        assertThat(returns.timeWeighted().yearly()).isFalse();
        assertThat(returns.timeWeighted().explanation()).startsWith("Time-weighted: ");
    }

    @Test
    void moneyWeightedReturnBalancesThePurchasesAgainstTheEndingValue() {
        fx.buy(broker, vti, "2024-01-01", "10", "100", "0");
        fx.buy(broker, vti, "2024-07-01", "10", "110", "0");
        fx.price(vti, "2024-12-01", "99");

        InvestmentReturns returns = fx.invest.returns().of(broker.id(), day("2024-12-01"));

        double rate = returns.moneyWeighted().rate().orElseThrow().doubleValue();
        double presentValue = -1000
                - 1100 / Math.pow(1 + rate, days("2024-01-01", "2024-07-01") / 365.0)
                + 1980 / Math.pow(1 + rate, days("2024-01-01", "2024-12-01") / 365.0);
        assertThat(presentValue).isCloseTo(0, within(1e-6));
        assertThat(rate).isLessThan(-0.01).as("the larger, later purchase lost more");
        assertThat(returns.moneyWeighted().explanation()).startsWith("Money-weighted (XIRR): ");
    }

    @Test
    void aDividendPaidOutCountsInThePeriodItEnds() {
        fx.buy(broker, vti, "2024-01-01", "10", "100", "0");
        fx.price(vti, "2024-03-01", "100");
        fx.dividend(broker, vti, "2024-03-01", "50");
        fx.price(vti, "2024-06-01", "100");

        InvestmentReturns returns = fx.invest.returns().of(broker.id(), day("2024-06-01"));

        // (1000 + 50) / 1000 then 1000 / 1000.
        assertThat(returns.timeWeighted().rate()).hasValue(new BigDecimal("0.0500000000"));
    }

    @Test
    void withoutTradesNeitherReturnCanBeComputed() {
        InvestmentReturns returns = fx.invest.returns().of(broker.id(), day("2024-06-01"));

        assertThat(returns.moneyWeighted().rate()).isEmpty();
        assertThat(returns.moneyWeighted().explanation()).contains("cannot be computed");
        assertThat(returns.timeWeighted().rate()).isEmpty();
        assertThat(returns.timeWeighted().explanation()).contains("cannot be computed");
    }

    private Money value(String date) {
        return fx.invest.holdings().marketValue(broker.id(), day(date)).inAccountCurrency();
    }

    private static long days(String from, String to) {
        return ChronoUnit.DAYS.between(day(from), day(to));
    }
}

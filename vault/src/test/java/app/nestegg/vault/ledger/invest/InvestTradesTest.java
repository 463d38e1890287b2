package app.nestegg.vault.ledger.invest;

import static app.nestegg.vault.ledger.invest.InvestFixture.USD;
import static app.nestegg.vault.ledger.invest.InvestFixture.day;
import static app.nestegg.vault.ledger.invest.InvestFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.Transaction;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvestTradesTest {

    @TempDir
    Path folder;

    InvestFixture fx;
    Account broker;
    Security vti;

    @BeforeEach
    void open() {
        fx = new InvestFixture(folder);
        broker = fx.brokerage();
        vti = fx.security("vti", SecurityType.ETF, USD);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void symbolsAreOneSecurityWhateverTheirCase() {
        assertThat(vti.symbol()).isEqualTo("VTI");
        assertThat(fx.invest.securities().find("Vti").id()).isEqualTo(vti.id());
        assertThatThrownBy(() -> fx.security("VTI", SecurityType.STOCK, USD))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("'VTI' already exists");
    }

    @Test
    void aBuyPaysQuantityTimesPricePlusFeesFromTheAccountsCash() {
        Trade buy = fx.buy(broker, vti, "2024-01-10", "10", "100.50", "4.95");

        assertThat(buy.cash()).isEqualTo(usd("-1009.95"));
        Transaction cash =
                fx.ledger.ledger.transactions().get(buy.cashTransactionId().orElseThrow());
        assertThat(cash.amount()).isEqualTo(usd("-1009.95"));
        assertThat(cash.payee()).isEqualTo("Buy 10 VTI");
        assertThat(fx.cashBalance(broker, "2024-01-31")).isEqualTo(usd("-1009.95"));
    }

    @Test
    void aSaleReceivesQuantityTimesPriceLessFeesAndRealisesTheGainFirstInFirstOut() {
        fx.buy(broker, vti, "2024-01-10", "10", "100", "0");
        fx.buy(broker, vti, "2024-02-10", "10", "120", "0");
        Trade sale = fx.sell(broker, vti, "2024-03-10", "15", "130", "5");

        assertThat(sale.cash()).isEqualTo(usd("1945.00"));
        Holding holding = fx.invest
                .holdings()
                .of(broker.id(), day("2024-03-10"))
                .holdings()
                .getFirst();
        // 15 sold: 10 at 100 and 5 at 120 cost 1600; proceeds 1950 - 5 fees = 1945; gain 345.
        assertThat(holding.realisedGain()).isEqualTo(usd("345.00"));
        assertThat(holding.quantity()).isEqualByComparingTo("5");
        assertThat(holding.lots()).singleElement().satisfies(lot -> {
            assertThat(lot.acquired()).isEqualTo(day("2024-02-10"));
            assertThat(lot.cost()).isEqualTo(usd("600.00"));
        });
        assertThat(holding.costBasis()).isEqualTo(usd("600.00"));
    }

    @Test
    void aDividendIsCashInAndIncome() {
        fx.buy(broker, vti, "2024-01-10", "10", "100", "0");
        Trade dividend = fx.dividend(broker, vti, "2024-03-31", "12.34");

        assertThat(dividend.cash()).isEqualTo(usd("12.34"));
        assertThat(fx.ledger
                        .ledger
                        .transactions()
                        .get(dividend.cashTransactionId().orElseThrow())
                        .payee())
                .isEqualTo("Dividend VTI");
        Holding holding = fx.invest
                .holdings()
                .of(broker.id(), day("2024-04-01"))
                .holdings()
                .getFirst();
        assertThat(holding.income()).isEqualTo(usd("12.34"));
        assertThat(holding.quantity()).isEqualByComparingTo("10");
    }

    @Test
    void aReinvestedDividendMovesNoCashButAddsSharesAndCost() {
        fx.buy(broker, vti, "2024-01-10", "10", "100", "0");
        int transactionsBefore = cashRows();
        Trade reinvest = fx.reinvest(broker, vti, "2024-03-31", "0.5", "110");

        assertThat(reinvest.cash().isZero()).isTrue();
        assertThat(reinvest.cashTransactionId()).isEmpty();
        assertThat(cashRows()).isEqualTo(transactionsBefore);
        Holding holding = fx.invest
                .holdings()
                .of(broker.id(), day("2024-04-01"))
                .holdings()
                .getFirst();
        assertThat(holding.quantity()).isEqualByComparingTo("10.5");
        assertThat(holding.costBasis()).isEqualTo(usd("1055.00"));
        assertThat(holding.income()).isEqualTo(usd("55.00"));
    }

    @Test
    void aSplitMultipliesTheSharesAndKeepsTheCost() {
        fx.buy(broker, vti, "2024-01-10", "10", "100", "0");
        fx.split(broker, vti, "2024-06-01", "2");
        Trade sale = fx.sell(broker, vti, "2024-07-01", "20", "55", "0");

        assertThat(sale.cash()).isEqualTo(usd("1100.00"));
        Holding holding = fx.invest
                .holdings()
                .of(broker.id(), day("2024-07-01"))
                .holdings()
                .getFirst();
        assertThat(holding.quantity()).isEqualByComparingTo("0");
        assertThat(holding.realisedGain()).isEqualTo(usd("100.00"));
    }

    @Test
    void aSplitKeepsTheMarketValueAtAPriceFromBeforeIt() {
        fx.buy(broker, vti, "2024-01-10", "10", "100", "0");
        fx.split(broker, vti, "2024-06-01", "4");

        HoldingsValue value = fx.invest.holdings().marketValue(broker.id(), day("2024-06-02"));
        // 40 shares at the buy's price of 100 divided by the split's 4.
        assertThat(value.inAccountCurrency()).isEqualTo(usd("1000.00"));
    }

    @Test
    void sellingMoreThanHeldIsRefusedAndWritesNothing() {
        fx.buy(broker, vti, "2024-01-10", "10", "100", "0");
        int logBefore = fx.changeLogSize();
        Money cashBefore = fx.cashBalance(broker, "2024-12-31");

        assertThatThrownBy(() -> fx.sell(broker, vti, "2024-02-01", "10.5", "100", "0"))
                .isInstanceOf(LedgerInputException.class)
                .hasMessage("Cannot sell 10.5 VTI on 2024-02-01: the account holds 10 then");
        assertThat(fx.changeLogSize()).isEqualTo(logBefore);
        assertThat(fx.cashBalance(broker, "2024-12-31")).isEqualTo(cashBefore);
        assertThat(fx.invest.trades().list(broker.id())).hasSize(1);
    }

    @Test
    void aSaleDatedBeforeThePurchaseIsRefused() {
        fx.buy(broker, vti, "2024-01-10", "10", "100", "0");

        assertThatThrownBy(() -> fx.sell(broker, vti, "2024-01-09", "1", "100", "0"))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("holds 0 then");
    }

    @Test
    void deletingATradeDeletesItsCashTransaction() {
        Trade buy = fx.buy(broker, vti, "2024-01-10", "10", "100", "0");

        fx.invest.trades().delete(buy.id());

        assertThat(fx.invest.trades().list(broker.id())).isEmpty();
        assertThat(fx.cashBalance(broker, "2024-12-31")).isEqualTo(usd("0"));
        assertThatThrownBy(() -> fx.ledger
                        .ledger
                        .transactions()
                        .get(buy.cashTransactionId().orElseThrow()))
                .isInstanceOf(LedgerInputException.class);
    }

    @Test
    void deletingAPurchaseALaterSaleNeedsIsRefusedAndWritesNothing() {
        Trade buy = fx.buy(broker, vti, "2024-01-10", "10", "100", "0");
        fx.sell(broker, vti, "2024-02-10", "5", "100", "0");
        int logBefore = fx.changeLogSize();

        assertThatThrownBy(() -> fx.invest.trades().delete(buy.id()))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("Cannot sell 5 VTI on 2024-02-10");
        assertThat(fx.changeLogSize()).isEqualTo(logBefore);
        assertThat(fx.invest.trades().list(broker.id())).hasSize(2);
    }

    @Test
    void anUnknownSecurityIsRefusedByNameAndWritesNothing() {
        int logBefore = fx.changeLogSize();

        assertThatThrownBy(() -> fx.invest.securities().find("NOPE"))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("Unknown security 'NOPE'");
        assertThatThrownBy(() -> fx.invest
                        .trades()
                        .record(TradeDraft.buy(
                                broker.id(),
                                java.util.UUID.randomUUID(),
                                day("2024-01-10"),
                                BigDecimal.ONE,
                                BigDecimal.TEN,
                                null)))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("Unknown security");
        assertThat(fx.changeLogSize()).isEqualTo(logBefore);
    }

    @Test
    void tradesGoOnlyInBrokerageOrRetirementAccounts() {
        Account checking = fx.account("Everyday", AccountType.CHECKING, USD);
        Account retirement = fx.account("IRA", AccountType.RETIREMENT, USD);

        assertThatThrownBy(() -> fx.buy(checking, vti, "2024-01-10", "1", "100", "0"))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("'Everyday' is a checking account");
        assertThat(fx.buy(retirement, vti, "2024-01-10", "1", "100", "0").cash())
                .isEqualTo(usd("-100.00"));
    }

    @Test
    void badNumbersAreRefusedNamingTheField() {
        assertThatThrownBy(() -> fx.buy(broker, vti, "2024-01-10", "0", "100", "0"))
                .hasMessage("Quantity must be greater than zero");
        assertThatThrownBy(() -> fx.buy(broker, vti, "2024-01-10", "1", "-1", "0"))
                .hasMessage("Price cannot be negative");
        assertThatThrownBy(() -> fx.buy(broker, vti, "2024-01-10", "1", "1", "0.001"))
                .hasMessageContaining("too many decimals for USD");
        assertThatThrownBy(() -> fx.split(broker, vti, "2024-01-10", "1")).hasMessageContaining("ratio of 1");
        assertThatThrownBy(() -> fx.dividend(broker, vti, "2024-01-10", "0"))
                .hasMessage("A dividend must be greater than zero");
    }

    private int cashRows() {
        return fx.ledger
                .session
                .database()
                .read(dsl -> dsl.fetchCount(app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION));
    }
}

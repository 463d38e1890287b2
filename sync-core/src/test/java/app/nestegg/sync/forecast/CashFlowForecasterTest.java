package app.nestegg.sync.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.ledger.recurring.ExpectedItem;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forecast read from a real vault: balances, variable spending, planned items, the total and its bad input. */
class CashFlowForecasterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path folder;

    LedgerFixture fx;
    Account checking;
    Account savings;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        checking = fx.account("Checking", LedgerFixture.USD, "20000.00");
        savings = fx.ledger
                .accounts()
                .add(AccountDraft.of("Savings", AccountType.SAVINGS, LedgerFixture.USD, new BigDecimal("1000.00"))
                        .withOpeningDate(LocalDate.of(2026, 11, 18)));
        fx.add(checking, "2026-08-01", "-9000.00", "Before the window");
        fx.add(checking, "2026-10-15", "-150.00", "Grocer");
        fx.add(checking, "2026-11-01", "-300.00", "Grocer");
        fx.add(checking, "2026-11-03", "-450.00", "Landlord");
        fx.add(checking, "2026-11-05", "2000.00", "Salary");
        fx.ledger
                .transactions()
                .add(TransactionDraft.of(
                                checking.id(), LocalDate.parse("2026-11-10"), new BigDecimal("-500.00"), "To savings")
                        .withTransferTo(savings.id(), new BigDecimal("500.00")));
        fx.add(savings, "2026-11-20", "-100.00", "Gift");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private CashFlowForecaster forecaster(ExpectedItem... items) {
        return new CashFlowForecaster(fx.ledger, (after, until) -> List.of(items));
    }

    private static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), LedgerFixture.USD, "amount");
    }

    @Test
    void spendingOfTheLastNinetyDaysLessTransfersAndPlannedPayeesIsTakenEachDay() {
        ExpectedItem rent = new ExpectedItem(
                LocalDate.parse("2026-12-03"), checking.id(), "LANDLORD", usd("-450.00"), UUID.randomUUID(), null);

        CashFlowForecast forecast = forecaster(rent).forecast(TODAY, 90, Optional.empty());

        // 20,000 − 9,000 − 150 − 300 − 450 + 2,000 − 500 = 11,600 today; the grocer's 450 over 90 days is 5 a day
        AccountForecast everyday = forecast.accounts().getFirst();
        assertThat(everyday.account().name()).isEqualTo("Checking");
        assertThat(everyday.days().getFirst().balance()).isEqualTo(usd("11600.00"));
        assertThat(everyday.days().get(5).balance()).isEqualTo(usd("11575.00"));
        assertThat(everyday.days().get(6).balance()).as("the rent on Dec 3").isEqualTo(usd("11120.00"));
        assertThat(everyday.days()).hasSize(91);
        // Savings opened 10 days ago and spent 100 since: 10 a day
        AccountForecast saved = forecast.accounts().get(1);
        assertThat(saved.days().getFirst().balance()).isEqualTo(usd("1400.00"));
        assertThat(saved.days().get(1).balance()).isEqualTo(usd("1390.00"));
        assertThat(forecast.total().getFirst().balance()).isEqualTo(usd("13000.00"));
        assertThat(forecast.total().get(6).balance()).isEqualTo(usd("12460.00"));
        assertThat(forecast.warnings()).isEmpty();
    }

    @Test
    void aPlannedPaymentTooLargeForTheAccountIsWarnedOfOnItsDay() {
        ExpectedItem car = new ExpectedItem(
                LocalDate.parse("2026-12-15"), savings.id(), "Car dealer", usd("-2000.00"), UUID.randomUUID(), null);

        CashFlowForecast forecast = forecaster(car).forecast(TODAY, 30, Optional.empty());

        assertThat(forecast.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(ForecastWarning.Kind.OVERDRAFT);
            assertThat(w.accountName()).isEqualTo("Savings");
            assertThat(w.date()).isEqualTo(LocalDate.parse("2026-12-15"));
        });
    }

    @Test
    void oneAccountOnlyAndAnAccountWithoutARateLeftOutOfTheTotal() {
        Account euros = fx.account("Euro account", LedgerFixture.EUR, "100.00");

        CashFlowForecast all = forecaster().forecast(TODAY, 10, Optional.empty());
        CashFlowForecast one = forecaster().forecast(TODAY, 10, Optional.of(savings.id()));

        assertThat(all.accounts()).hasSize(3);
        assertThat(all.outOfTotal()).containsExactly(euros.name());
        assertThat(one.accounts()).extracting(f -> f.account().name()).containsExactly("Savings");
        assertThat(one.total().getFirst().balance()).isEqualTo(usd("1400.00"));
    }

    @Test
    void aHorizonOutOfRangeOrAnAccountItDoesNotCoverIsRefused() {
        Account broker = fx.ledger
                .accounts()
                .add(AccountDraft.of("Broker", AccountType.BROKERAGE, LedgerFixture.USD, BigDecimal.ZERO));

        assertThatThrownBy(() -> forecaster().forecast(TODAY, 0, Optional.empty()))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("1 to 366 days ahead, not 0");
        assertThatThrownBy(() -> forecaster().forecast(TODAY, 400, Optional.empty()))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("not 400");
        assertThatThrownBy(() -> forecaster().forecast(TODAY, 30, Optional.of(broker.id())))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("Broker is not one");
    }
}

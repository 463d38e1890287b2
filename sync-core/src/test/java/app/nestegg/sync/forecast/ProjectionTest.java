package app.nestegg.sync.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountOrigin;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.recurring.ExpectedItem;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Projections checked against figures worked out by hand. */
class ProjectionTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static Account account(AccountType type) {
        return new Account(
                UUID.randomUUID(),
                type == AccountType.CREDIT_CARD ? "Card" : "Everyday",
                type,
                null,
                USD,
                Money.zero(USD),
                LocalDate.of(2020, 1, 1),
                false,
                false,
                AccountOrigin.MANUAL,
                null);
    }

    private static Money usd(long cents) {
        return new Money(cents, USD);
    }

    private static ExpectedItem item(UUID account, LocalDate date, Money amount, String payee) {
        return new ExpectedItem(date, account, payee, amount, UUID.randomUUID(), null);
    }

    private static long balanceOn(AccountForecast forecast, int day) {
        return forecast.days().get(day).balance().minor();
    }

    @Test
    void plannedItemsLandOnTheirDayAndSpendingIsTakenEvenly() {
        Account everyday = account(AccountType.CHECKING);
        // $900.00 spent over 90 days: $10.00 a day
        AccountStart start = new AccountStart(everyday, usd(100_000), Optional.empty(), usd(90_000), 90);
        List<ExpectedItem> items = List.of(
                item(everyday.id(), TODAY.plusDays(2), usd(250_000), "Salary"),
                item(everyday.id(), TODAY.plusDays(3), usd(-120_000), "Rent"),
                item(everyday.id(), TODAY, usd(-99_999), "Due today, already in the balance"),
                item(everyday.id(), TODAY.plusDays(6), usd(-50_000), "After the horizon"),
                item(UUID.randomUUID(), TODAY.plusDays(1), usd(-70_000), "Another account"));

        AccountForecast forecast = Projection.project(start, items, TODAY, 5);

        // $1,000.00; $990.00; $3,480.00 after the salary; $2,270.00 after the rent; $2,260.00; $2,250.00
        assertThat(forecast.days())
                .extracting(d -> d.balance().minor())
                .containsExactly(100_000L, 99_000L, 348_000L, 227_000L, 226_000L, 225_000L);
        assertThat(forecast.days().getLast().date()).isEqualTo(TODAY.plusDays(5));
        assertThat(forecast.warning()).isEmpty();
    }

    @Test
    void roundingOfTheDailyShareNeverDrifts() {
        Account everyday = account(AccountType.CHECKING);
        // $100.00 over 30 days is 333.33… cents a day; after 30 days exactly $100.00 has gone
        AccountStart start = new AccountStart(everyday, usd(50_000), Optional.empty(), usd(10_000), 30);

        AccountForecast forecast = Projection.project(start, List.of(), TODAY, 30);

        assertThat(balanceOn(forecast, 1)).isEqualTo(50_000 - 333);
        assertThat(balanceOn(forecast, 2)).isEqualTo(50_000 - 667);
        assertThat(balanceOn(forecast, 3)).isEqualTo(50_000 - 1_000);
        assertThat(balanceOn(forecast, 30)).isEqualTo(40_000);
    }

    @Test
    void theFirstDayBelowZeroIsAnOverdraftWarning() {
        Account everyday = account(AccountType.CHECKING);
        AccountStart start = new AccountStart(everyday, usd(30_000), Optional.empty(), usd(0), 90);
        List<ExpectedItem> items = List.of(
                item(everyday.id(), TODAY.plusDays(4), usd(-45_000), "Insurance"),
                item(everyday.id(), TODAY.plusDays(9), usd(-10_000), "Phone"));

        AccountForecast forecast = Projection.project(start, items, TODAY, 14);

        assertThat(forecast.warning()).hasValueSatisfying(w -> {
            assertThat(w.kind()).isEqualTo(ForecastWarning.Kind.OVERDRAFT);
            assertThat(w.date()).isEqualTo(TODAY.plusDays(4));
            assertThat(w.projected()).isEqualTo(usd(-15_000));
            assertThat(w.accountName()).isEqualTo("Everyday");
        });
    }

    @Test
    void aCardWarnsWhenWhatIsOwedPassesItsLimitAndNotBefore() {
        Account card = account(AccountType.CREDIT_CARD);
        // owes $800.00 of a $1,000.00 limit and spends $30.00 a day: $1,010.00 owed on day 7
        AccountStart start = new AccountStart(card, usd(-80_000), Optional.of(usd(100_000)), usd(270_000), 90);

        AccountForecast forecast = Projection.project(start, List.of(), TODAY, 10);

        assertThat(balanceOn(forecast, 6)).isEqualTo(-98_000);
        assertThat(forecast.warning()).hasValueSatisfying(w -> {
            assertThat(w.kind()).isEqualTo(ForecastWarning.Kind.CREDIT_LIMIT);
            assertThat(w.date()).isEqualTo(TODAY.plusDays(7));
            assertThat(w.projected()).isEqualTo(usd(-101_000));
            assertThat(w.limit()).isEqualTo(usd(100_000));
        });
    }

    @Test
    void aCardWithoutAKnownLimitAndANegativeBalanceGivesNoWarning() {
        Account card = account(AccountType.CREDIT_CARD);
        AccountStart start = new AccountStart(card, usd(-500_000), Optional.empty(), usd(90_000), 90);

        assertThat(Projection.project(start, List.of(), TODAY, 30).warning()).isEmpty();
    }

    @Test
    void anAccountAlreadyOverdrawnWarnsForToday() {
        Account everyday = account(AccountType.CHECKING);
        AccountStart start = new AccountStart(everyday, usd(-100), Optional.empty(), usd(0), 90);

        assertThat(Projection.project(start, List.of(), TODAY, 30).warning())
                .hasValueSatisfying(w -> assertThat(w.date()).isEqualTo(TODAY));
    }
}

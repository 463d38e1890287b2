package app.nestegg.desktop.ledger.forecast;

import static app.nestegg.desktop.ledger.LedgerTestKit.FORMAT;
import static app.nestegg.desktop.ledger.LedgerTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.sync.forecast.DayBalance;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.TransactionDraft;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @TempDir
    Path root;

    private LedgerTestKit kit;
    private Account everyday;
    private ForecastViewModel forecast;

    @BeforeEach
    void setUp() {
        kit = new LedgerTestKit(root);
        everyday = kit.account("Everyday", AccountType.CHECKING, USD, "900");
        kit.account("Card", AccountType.CREDIT_CARD, USD, "-200");
        kit.account("Broker", AccountType.BROKERAGE, USD, "5000");
        // 900.00 spent over the last 90 days: 10.00 a day
        kit.ledger
                .transactions()
                .add(TransactionDraft.of(everyday.id(), TODAY.minusDays(10), new BigDecimal("-900"), "Shop"));
        forecast = new ForecastViewModel(
                kit.session,
                new SameThreadTaskExecutor(),
                TestVaults.messages(),
                FORMAT,
                Clock.fixed(Instant.parse("2026-06-30T12:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    @Test
    void theTotalIsShownFirstThenOneAccountWhenChosen() {
        forecast.refresh();

        assertThat(forecast.choices())
                .extracting(Choice::label)
                .containsExactly("All accounts (total in the base currency)", "Everyday", "Card");
        assertThat(forecast.line()).hasSize(91);
        assertThat(forecast.line().getFirst()).isEqualTo(day(TODAY, "-200.00"));
        assertThat(forecast.line().get(1).balance().toPlainString()).isEqualTo("-210.00");

        forecast.chosenProperty().set(forecast.choices().get(2));

        assertThat(forecast.line())
                .allSatisfy(d -> assertThat(d.balance().toPlainString()).isEqualTo("-200.00"));
        assertThat(forecast.lowestProperty().get()).isEqualTo("Lowest: -$200.00 on Jun 30, 2026");
    }

    @Test
    void anAccountRunningDryIsWarnedOfWithItsDay() {
        forecast.refresh();

        assertThat(forecast.warnings())
                .containsExactly("Everyday is projected to be overdrawn on Jul 1, 2026: -$10.00.");
        forecast.chosenProperty().set(forecast.choices().get(1));
        assertThat(forecast.lowestProperty().get()).isEqualTo("Lowest: -$900.00 on Sep 28, 2026");
    }

    private static DayBalance day(LocalDate date, String amount) {
        return new DayBalance(date, Money.of(new BigDecimal(amount), USD, "amount"));
    }
}

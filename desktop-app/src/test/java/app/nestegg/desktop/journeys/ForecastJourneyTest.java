package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.UiJourney;
import app.nestegg.desktop.ledger.Choice;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;

/** Opens the Forecast page: the chart draws 91 days of the total, one account can be chosen, warnings are listed. */
class ForecastJourneyTest extends UiJourney {

    @Override
    protected void before() {
        VaultSession session = vaults.create();
        Currency usd = Currency.getInstance("USD");
        session.ledger()
                .accounts()
                .add(AccountDraft.of("Everyday", AccountType.CHECKING, usd, new BigDecimal("1200"))
                        .withOpeningDate(LocalDate.of(2020, 1, 1)));
        session.ledger()
                .accounts()
                .add(AccountDraft.of("Spare", AccountType.SAVINGS, usd, new BigDecimal("-50"))
                        .withOpeningDate(LocalDate.of(2020, 1, 1)));
        session.lock();
    }

    @Test
    void theForecastChartRendersAndAnOverdraftIsListed() {
        waitForEnabled("#passphrase");
        type("#passphrase", TestVaults.PASSPHRASE);
        robot.clickOn("#unlockButton");
        waitForVisible("#navigation");
        openPage("forecast");

        waitForText("#forecastLowest", text -> text.startsWith("Lowest: $1,150.00"));
        LineChart<Number, Number> chart = node("#forecastChart");
        assertThat(chart.getData()).singleElement().satisfies(series -> {
            assertThat(series.getData()).hasSize(91);
            assertThat(series.getNode()).as("the line is drawn").isNotNull();
            assertThat(series.getNode().isVisible()).isTrue();
        });
        ListView<String> warnings = node("#forecastWarnings");
        assertThat(warnings.getItems()).singleElement().asString().startsWith("Spare is projected to be overdrawn");

        ComboBox<Choice> account = node("#forecastAccount");
        robot.interact(() -> account.getSelectionModel().select(1));

        waitForText("#forecastLowest", text -> text.startsWith("Lowest: $1,200.00"));
        assertThat(chart.getData().getFirst().getData().getFirst().getYValue().doubleValue())
                .isEqualTo(1200.0);
    }
}

package app.nestegg.desktop.ledger.currencies;

import static app.nestegg.desktop.ledger.LedgerTestKit.EUR;
import static app.nestegg.desktop.ledger.LedgerTestKit.FORMAT;
import static app.nestegg.desktop.ledger.LedgerTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.LedgerTestKit;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurrencySettingsViewModelTest {

    @TempDir
    Path root;

    private LedgerTestKit kit;
    private CurrencySettingsViewModel currencies;

    @BeforeEach
    void setUp() {
        kit = new LedgerTestKit(root);
        currencies = new CurrencySettingsViewModel(
                kit.session, new SameThreadTaskExecutor(), TestVaults.messages(), FORMAT, kit.vaults.clock());
        currencies.load();
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    @Test
    void showsAndChangesTheBaseCurrency() {
        assertThat(currencies.baseCurrencyProperty().get()).isEqualTo("USD");

        currencies.baseCurrencyProperty().set("eur");
        currencies.saveBaseCurrency();

        assertThat(currencies.statusProperty().get()).isEqualTo("The base currency is now EUR.");
        assertThat(kit.ledger.rates().baseCurrency()).isEqualTo(EUR);
    }

    @Test
    void anUnknownBaseCurrencyIsRefusedAndTheOldOneStays() {
        currencies.baseCurrencyProperty().set("ABC");
        currencies.saveBaseCurrency();

        assertThat(currencies.errorProperty().get()).contains("Unknown currency 'ABC'");
        assertThat(kit.ledger.rates().baseCurrency()).isEqualTo(USD);
    }

    @Test
    void recordsARateThatConversionsThenUse() {
        currencies.fromProperty().set("EUR");
        currencies.dateProperty().set("2026-01-01");
        currencies.rateProperty().set("1.25");
        currencies.recordRate();

        assertThat(currencies.errorProperty().get()).isEmpty();
        assertThat(currencies.statusProperty().get()).startsWith("Recorded 1 EUR = 1.25 USD on");
        assertThat(kit.ledger.rates().rate(EUR, USD, LocalDate.of(2026, 6, 1)))
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(new BigDecimal("1.25")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "EUR|USD|2026-01-01|0|greater than zero",
                "EUR|USD|2026-01-01|-1|greater than zero",
                "EUR|USD|2026-01-01|one|is not a rate",
                "EUR|EUR|2026-01-01|1.1|two different currencies",
                "XYZ|USD|2026-01-01|1.1|Unknown currency 'XYZ'",
                "EUR|USD|someday|1.1|is not a date",
                "EUR|USD|1800-01-01|1.1|outside 1900-01-01"
            })
    void aRefusedRateIsExplainedAndNothingIsStored(String from, String to, String date, String rate, String message) {
        currencies.fromProperty().set(from);
        currencies.toProperty().set(to);
        currencies.dateProperty().set(date);
        currencies.rateProperty().set(rate);
        currencies.recordRate();

        assertThat(currencies.errorProperty().get()).contains(message);
        assertThat(kit.ledger.rates().rate(EUR, USD, LocalDate.of(2100, 1, 1))).isEmpty();
    }
}

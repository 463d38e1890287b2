package app.nestegg.sync.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.invest.QuoteSourceKind;
import app.nestegg.vault.ledger.invest.QuoteSourceSettings;
import app.nestegg.vault.ledger.invest.QuoteSourceSettings.Choice;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quote source in effect: Settings stored in the vault, overridden by the environment. */
class QuoteSetupTest {

    @TempDir
    Path folder;

    LedgerFixture fx;
    QuoteSourceSettings settings;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        settings = fx.ledger.investments().quoteSource();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void nothingChosenMeansNoSource() {
        assertThat(new QuoteSetup(settings, Map.of()).source()).isEmpty();
    }

    @Test
    void aSavedChoiceIsInEffectUntilTheEnvironmentOverridesIt() {
        Path file = folder.resolve("quotes.csv").toAbsolutePath();
        new QuoteSetup(settings, Map.of()).save(new Choice(QuoteSourceKind.CSV, file.toString()));

        assertThat(new QuoteSetup(settings, Map.of()).effective())
                .isEqualTo(new Choice(QuoteSourceKind.CSV, file.toString()));
        assertThat(new QuoteSetup(settings, Map.of()).source()).get().isInstanceOf(CsvQuoteSource.class);
        assertThat(new QuoteSetup(settings, Map.of("QUOTES_SOURCE", "HTTP", "QUOTES_URL", "https://quotes.example.com"))
                        .source())
                .get()
                .isInstanceOf(HttpQuoteSource.class);
        assertThat(new QuoteSetup(settings, Map.of("QUOTES_SOURCE", " "))
                        .effective()
                        .kind())
                .as("a blank variable overrides nothing")
                .isEqualTo(QuoteSourceKind.CSV);
    }

    @Test
    void aBadChoiceIsRefusedNamingWhatIsWrongAndNothingIsStored() {
        QuoteSetup setup = new QuoteSetup(settings, Map.of());

        assertThatThrownBy(() -> setup.save(new Choice(QuoteSourceKind.HTTP, "http://quotes.example.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The quote source URL must start with https://");
        assertThatThrownBy(() -> setup.save(new Choice(QuoteSourceKind.CSV, "quotes.csv")))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("must be a full path");
        assertThatThrownBy(() -> new Choice(QuoteSourceKind.HTTP, " "))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("needs its base URL");
        assertThatThrownBy(() -> new QuoteSetup(settings, Map.of("QUOTES_SOURCE", "yahoo")).effective())
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("'yahoo' is not a quote source; use none, http or csv");
        assertThat(settings.stored()).isEmpty();
    }
}

package app.nestegg.desktop.ledger.invest;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.sync.quotes.QuoteSetup;
import app.nestegg.vault.ledger.invest.QuoteSourceKind;
import app.nestegg.vault.ledger.invest.QuoteSourceSettings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteSourceViewModelTest {

    @TempDir
    Path root;

    private LedgerTestKit kit;
    private QuoteSourceSettings stored;

    @BeforeEach
    void setUp() {
        kit = new LedgerTestKit(root);
        stored = kit.ledger.investments().quoteSource();
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    private QuoteSourceViewModel quotes(Map<String, String> environment) {
        QuoteSourceViewModel quotes = new QuoteSourceViewModel(
                new QuoteSetup(stored, environment), new SameThreadTaskExecutor(), TestVaults.messages());
        quotes.load();
        return quotes;
    }

    @Test
    void aSavedCsvSourceIsShownAgainNextTime() {
        String file = root.resolve("quotes.csv").toAbsolutePath().toString();
        QuoteSourceViewModel quotes = quotes(Map.of());
        assertThat(quotes.kindProperty().get()).isEqualTo(QuoteSourceKind.NONE);

        quotes.kindProperty().set(QuoteSourceKind.CSV);
        quotes.locationProperty().set(file);
        quotes.save();

        assertThat(quotes.statusProperty().get()).isEqualTo("Quote source saved.");
        assertThat(quotes.errorProperty().get()).isEmpty();
        QuoteSourceViewModel again = quotes(Map.of());
        assertThat(again.kindProperty().get()).isEqualTo(QuoteSourceKind.CSV);
        assertThat(again.locationProperty().get()).isEqualTo(file);
    }

    @Test
    void aPlainHttpUrlToAnotherComputerIsRefusedAndNothingIsStored() {
        QuoteSourceViewModel quotes = quotes(Map.of());
        quotes.kindProperty().set(QuoteSourceKind.HTTP);
        quotes.locationProperty().set("http://quotes.example.com");

        quotes.save();

        assertThat(quotes.errorProperty().get()).contains("must start with https://");
        assertThat(quotes.statusProperty().get()).isEmpty();
        assertThat(stored.stored()).isEmpty();
    }

    @Test
    void anEmptyLocationIsNamed() {
        QuoteSourceViewModel quotes = quotes(Map.of());
        quotes.kindProperty().set(QuoteSourceKind.HTTP);

        quotes.save();

        assertThat(quotes.errorProperty().get()).contains("needs its base URL");
    }

    @Test
    void theEnvironmentsChoiceIsTheOneShown() {
        QuoteSourceViewModel quotes =
                quotes(Map.of("QUOTES_SOURCE", "http", "QUOTES_URL", "https://quotes.example.com"));

        assertThat(quotes.kindProperty().get()).isEqualTo(QuoteSourceKind.HTTP);
        assertThat(quotes.locationProperty().get()).isEqualTo("https://quotes.example.com");
    }
}

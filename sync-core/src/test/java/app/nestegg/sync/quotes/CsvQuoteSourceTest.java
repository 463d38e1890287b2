package app.nestegg.sync.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV quote source reads the vault's price-file format and takes each symbol's newest row. */
class CsvQuoteSourceTest {

    @TempDir
    Path folder;

    private Path file(String text) throws Exception {
        Path file = folder.resolve("quotes.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void eachSymbolAskedForGetsItsNewestRow() throws Exception {
        Path file = file("""
                symbol,date,price,currency
                VTI,2026-11-25,248.10,USD
                vti,2026-11-26,250.00,USD
                BND,2026-11-20,72.40,
                OTHER,2026-11-26,1,USD
                """);

        Map<String, Quote> quotes = new CsvQuoteSource(file).latest(Set.of("VTI", "BND", "GONE"));

        assertThat(quotes).containsOnlyKeys("VTI", "BND");
        assertThat(quotes.get("VTI").date()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(quotes.get("VTI").price()).isEqualByComparingTo("250.00");
        assertThat(quotes.get("VTI").currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(quotes.get("BND").currency()).as("no currency given").isNull();
    }

    @Test
    void aBadRowRefusesTheFileNamingItsLine() throws Exception {
        Path file = file("symbol,date,price,currency\nVTI,2026-11-25,248.10,USD\nBND,2026-11-31,72.40,USD\n");

        assertThatThrownBy(() -> new CsvQuoteSource(file).latest(Set.of("VTI")))
                .isInstanceOf(QuoteSourceException.class)
                .hasMessageContaining("quotes.csv, line 3, column date");
    }

    @Test
    void aBadCurrencyIsNamedByLine() throws Exception {
        Path file = file("symbol,date,price,currency\nVTI,2026-11-25,248.10,dollars\n");

        assertThatThrownBy(() -> new CsvQuoteSource(file).latest(Set.of("VTI")))
                .isInstanceOf(QuoteSourceException.class)
                .hasMessageContaining("quotes.csv, line 2, column currency");
    }

    @Test
    void aMissingFileFailsNamingIt() {
        Path missing = folder.resolve("gone.csv");

        assertThatThrownBy(() -> new CsvQuoteSource(missing).latest(Set.of("VTI")))
                .isInstanceOf(QuoteSourceException.class)
                .hasMessageContaining(missing.toString());
    }
}

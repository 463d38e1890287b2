package app.nestegg.sync.quotes;

import app.nestegg.vault.ledger.invest.PriceFile;
import app.nestegg.vault.ledger.invest.PriceFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Quotes from a price file on this computer that another program keeps up to date: the vault's price-file format
 * ({@code symbol,date,price}, optionally {@code currency}), read whole each time; for each symbol its newest row.
 */
public final class CsvQuoteSource implements QuoteSource {

    private final Path file;

    public CsvQuoteSource(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public Map<String, Quote> latest(Set<String> symbols) throws QuoteSourceException {
        if (!Files.isRegularFile(file)) {
            throw new QuoteSourceException("The quote file " + file + " does not exist or is not a file");
        }
        Map<String, Quote> newest = new HashMap<>();
        try {
            for (PriceFile.Quoted row : PriceFile.readFile(file)) {
                if (symbols.contains(row.symbol())) {
                    Quote quote = new Quote(row.symbol(), row.price(), row.currency(), row.date());
                    newest.merge(row.symbol(), quote, (a, b) -> a.date().isAfter(b.date()) ? a : b);
                }
            }
        } catch (PriceFileException e) {
            throw new QuoteSourceException("The quote file is refused: " + e.getMessage(), e);
        }
        return newest;
    }
}

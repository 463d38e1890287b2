package app.nestegg.sync.quotes;

import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.invest.QuoteSourceKind;
import app.nestegg.vault.ledger.invest.QuoteSourceSettings;
import app.nestegg.vault.ledger.invest.QuoteSourceSettings.Choice;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * The quote source in effect: what Settings stored, with any non-blank {@code QUOTES_SOURCE}, {@code QUOTES_URL} or
 * {@code QUOTES_FILE} environment variable taking precedence, as the bank providers' settings do. Builds the source
 * the price-update job asks.
 */
public final class QuoteSetup {

    private final QuoteSourceSettings stored;
    private final Map<String, String> environment;
    private final OkHttpClient http;

    public QuoteSetup(QuoteSourceSettings stored, Map<String, String> environment) {
        this(stored, environment, new OkHttpClient());
    }

    /** @param http the client whose connection pool and TLS settings the HTTP source builds on */
    public QuoteSetup(QuoteSourceSettings stored, Map<String, String> environment, OkHttpClient http) {
        this.stored = Objects.requireNonNull(stored, "stored");
        this.environment = Map.copyOf(environment);
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * The choice in effect.
     *
     * @throws LedgerInputException naming the setting or variable whose value is not a kind or lacks its location
     */
    public Choice effective() {
        Map<String, String> values = new HashMap<>(stored.stored());
        for (String name :
                new String[] {QuoteSourceSettings.SOURCE, QuoteSourceSettings.URL, QuoteSourceSettings.FILE}) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                values.put(name, value);
            }
        }
        String kindText = values.get(QuoteSourceSettings.SOURCE);
        if (kindText == null) {
            return Choice.NONE;
        }
        QuoteSourceKind kind = QuoteSourceSettings.kind(kindText, QuoteSourceSettings.SOURCE);
        return switch (kind) {
            case NONE -> Choice.NONE;
            case HTTP -> new Choice(kind, values.get(QuoteSourceSettings.URL));
            case CSV -> new Choice(kind, values.get(QuoteSourceSettings.FILE));
        };
    }

    /**
     * The source to ask, or empty when none is chosen.
     *
     * @throws IllegalArgumentException or {@link LedgerInputException} naming what is wrong with the choice
     */
    public Optional<QuoteSource> source() {
        return source(effective());
    }

    /**
     * Checks the choice as {@link #source()} would, then stores it in Settings; a bad choice stores nothing.
     *
     * @throws IllegalArgumentException or {@link LedgerInputException} naming what is wrong
     */
    public void save(Choice choice) {
        source(choice);
        stored.save(choice);
    }

    private Optional<QuoteSource> source(Choice choice) {
        return switch (choice.kind()) {
            case NONE -> Optional.empty();
            case HTTP ->
                Optional.of(new HttpQuoteSource(
                        choice.location(), "The quote source URL", http, HttpQuoteSource.DEFAULT_TIMEOUT));
            case CSV -> Optional.of(new CsvQuoteSource(path(choice.location())));
        };
    }

    private static Path path(String text) {
        try {
            Path path = Path.of(text);
            if (!path.isAbsolute()) {
                throw new LedgerInputException("file", "The quote file must be a full path, not '" + text + "'");
            }
            return path;
        } catch (InvalidPathException e) {
            throw new LedgerInputException("file", "'" + text + "' is not a file path: " + e.getReason());
        }
    }
}

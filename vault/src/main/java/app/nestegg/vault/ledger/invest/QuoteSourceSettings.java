package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.SettingValues;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The quote source chosen in Settings: its kind and its location (a base URL for HTTP, a file path for CSV). Stored as
 * vault settings under the names of the environment variables that override them ({@value #SOURCE}, {@value #URL},
 * {@value #FILE}), settings of this vault that household sync does not share; the location is checked by whoever builds
 * the source.
 */
public final class QuoteSourceSettings {

    public static final String SOURCE = "QUOTES_SOURCE";
    public static final String URL = "QUOTES_URL";
    public static final String FILE = "QUOTES_FILE";

    private static final int MAX_LOCATION = 1000;

    /** The stored choice; {@code location} is empty for {@link QuoteSourceKind#NONE}. */
    public record Choice(QuoteSourceKind kind, String location) {

        public static final Choice NONE = new Choice(QuoteSourceKind.NONE, "");

        public Choice {
            Objects.requireNonNull(kind, "kind");
            location = location == null ? "" : location.strip();
            if (kind != QuoteSourceKind.NONE && location.isEmpty()) {
                throw new LedgerInputException(
                        kind == QuoteSourceKind.HTTP ? "url" : "file",
                        kind == QuoteSourceKind.HTTP
                                ? "An HTTP quote source needs its base URL"
                                : "A CSV quote source needs the path of its price file");
            }
            if (location.length() > MAX_LOCATION) {
                throw new LedgerInputException(
                        "location", "The quote source's location is longer than " + MAX_LOCATION + " characters");
            }
        }
    }

    private final ChangeLog log;

    QuoteSourceSettings(ChangeLog log) {
        this.log = log;
    }

    /** The stored values by their names; absent ones left out. */
    public Map<String, String> stored() {
        return log.read(dsl -> SettingValues.get(dsl, SOURCE, URL, FILE));
    }

    /** Parses a kind as a person or a setting gives it: none, http or csv, in any case. */
    public static QuoteSourceKind kind(String text, String field) {
        try {
            return QuoteSourceKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new LedgerInputException(field, "'" + text + "' is not a quote source; use none, http or csv");
        }
    }

    /** Stores the choice, replacing the one before; the location of the other kind is kept. */
    public void save(Choice choice) {
        log.write(w -> {
            SettingValues.put(w.dsl(), SOURCE, choice.kind().name());
            switch (choice.kind()) {
                case HTTP -> SettingValues.put(w.dsl(), URL, choice.location());
                case CSV -> SettingValues.put(w.dsl(), FILE, choice.location());
                case NONE -> {}
            }
            return null;
        });
    }
}

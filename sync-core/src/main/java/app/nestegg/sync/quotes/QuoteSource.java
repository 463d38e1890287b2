package app.nestegg.sync.quotes;

import java.util.Map;
import java.util.Set;

/** Where the price-update job fetches the latest prices of the securities held (see {@link QuoteSetup}). */
public interface QuoteSource {

    /**
     * The latest quote of each symbol the source knows; symbols it does not know are left out.
     *
     * @param symbols in upper case
     * @throws QuoteSourceException when the source cannot be reached or answers with something unreadable; then
     *     nothing it said is used
     */
    Map<String, Quote> latest(Set<String> symbols) throws QuoteSourceException;
}

package app.nestegg.sync.quotes;

import app.nestegg.sync.provider.AnswerBodies;
import app.nestegg.sync.provider.BaseUrls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Quotes from a web service that speaks Nest Egg's own small contract (docs/decisions/0028-prices-interest-and-cleanup-
 * jobs.md): {@code GET {base}/quotes?symbols=A,B} answers 200 with a JSON array of {@code {"symbol", "price",
 * "currency", "asOf"}}, {@code asOf} an ISO date or a date-time with offset whose date is the market day; symbols it
 * does not know are left out. The base URL is https, or plain http to this computer only ({@link BaseUrls}).
 */
public final class HttpQuoteSource implements QuoteSource {

    /** The limit of one whole call, connecting included. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    /** 5 MiB: a quote is under 100 bytes, so even thousands of securities answer in far less. */
    private static final long MAX_BODY = 5L << 20;

    private final HttpUrl quotesUrl;
    private final OkHttpClient http;
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /**
     * @param source names where the URL came from in messages (a setting or an environment variable)
     * @throws IllegalArgumentException naming the source when the URL is not one the app may call
     */
    public HttpQuoteSource(String baseUrl, String source, OkHttpClient base, Duration timeout) {
        this.quotesUrl = HttpUrl.get(BaseUrls.checked(baseUrl, source) + "/quotes");
        this.http = base.newBuilder()
                .callTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
    }

    @Override
    public Map<String, Quote> latest(Set<String> symbols) throws QuoteSourceException {
        if (symbols.isEmpty()) {
            return Map.of();
        }
        HttpUrl url = quotesUrl
                .newBuilder()
                .addQueryParameter("symbols", String.join(",", new TreeSet<>(symbols)))
                .build();
        String body;
        try (Response response =
                http.newCall(new Request.Builder().url(url).get().build()).execute()) {
            if (response.code() != 200) {
                throw new QuoteSourceException("The quote source " + quotesUrl + " answered HTTP " + response.code()
                        + "; prices stay as they are");
            }
            body = new String(AnswerBodies.read(response.body(), MAX_BODY), StandardCharsets.UTF_8);
        } catch (AnswerBodies.TooLargeException e) {
            throw new QuoteSourceException("The quote source " + quotesUrl + " sent an answer larger than 5 MiB,"
                    + " more than any list of quotes; prices stay as they are");
        } catch (IOException e) {
            throw new QuoteSourceException(
                    "The quote source " + quotesUrl + " could not be reached (" + e.getMessage()
                            + "); prices stay as they are",
                    e);
        }
        return parse(body, symbols);
    }

    private Map<String, Quote> parse(String body, Set<String> asked) throws QuoteSourceException {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new QuoteSourceException("The quote source's answer is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new QuoteSourceException("The quote source's answer is not a JSON array of quotes");
        }
        Map<String, Quote> quotes = new HashMap<>();
        for (int i = 0; i < root.size(); i++) {
            Quote quote = quote(root.get(i), i + 1);
            if (asked.contains(quote.symbol())) {
                quotes.put(quote.symbol(), quote);
            }
        }
        return quotes;
    }

    private static Quote quote(JsonNode node, int number) throws QuoteSourceException {
        String where = "Quote " + number + " of the answer";
        if (!node.isObject()) {
            throw new QuoteSourceException(where + " is not an object");
        }
        String symbol = text(node, "symbol", where).toUpperCase(Locale.ROOT);
        JsonNode priceNode = node.get("price");
        BigDecimal price;
        try {
            price = priceNode == null || priceNode.isNull()
                    ? null
                    : priceNode.isNumber() ? priceNode.decimalValue() : new BigDecimal(priceNode.asText());
        } catch (NumberFormatException e) {
            price = null;
        }
        if (price == null || price.signum() < 0) {
            throw new QuoteSourceException(where + " (" + symbol + ") has no price of zero or more");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(text(node, "currency", where).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QuoteSourceException(where + " (" + symbol + ") has an unknown currency");
        }
        return new Quote(symbol, price, currency, date(text(node, "asOf", where), where + " (" + symbol + ")"));
    }

    private static LocalDate date(String text, String where) throws QuoteSourceException {
        try {
            return text.length() == 10
                    ? LocalDate.parse(text)
                    : OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new QuoteSourceException(
                    where + ": asOf '" + text + "' is neither a date nor a date-time with an offset");
        }
    }

    private static String text(JsonNode node, String field, String where) throws QuoteSourceException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new QuoteSourceException(where + " has no '" + field + "'");
        }
        return value.asText().strip();
    }
}

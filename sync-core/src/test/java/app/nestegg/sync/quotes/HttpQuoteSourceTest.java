package app.nestegg.sync.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.sync.fake.quotes.FakeQuoteServer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTTP quote source against a local fake of the quote contract. */
class HttpQuoteSourceTest {

    FakeQuoteServer fake;

    @BeforeEach
    void start() throws Exception {
        fake = FakeQuoteServer.start();
    }

    @AfterEach
    void stop() throws Exception {
        fake.close();
    }

    private HttpQuoteSource source(Duration timeout) {
        return new HttpQuoteSource(fake.baseUrl(), "QUOTES_URL", new OkHttpClient(), timeout);
    }

    @Test
    void readsTheQuotesOfTheSymbolsAskedForWithTheirMarketDay() throws Exception {
        fake.quote("VTI", "250.125", "USD", "2026-11-26T16:00:00-05:00").quote("BND", "\"72.40\"", "USD", "2026-11-26");

        Map<String, Quote> quotes = source(Duration.ofSeconds(5)).latest(Set.of("VTI", "BND"));

        assertThat(quotes)
                .containsEntry(
                        "VTI",
                        new Quote(
                                "VTI",
                                new BigDecimal("250.125"),
                                Currency.getInstance("USD"),
                                LocalDate.of(2026, 11, 26)));
        assertThat(quotes.get("BND").price()).isEqualByComparingTo("72.40");
        assertThat(fake.askedFor()).containsExactly("BND,VTI");
    }

    @Test
    void aSymbolTheSourceDoesNotKnowIsLeftOut() throws Exception {
        fake.quote("VTI", "250", "USD", "2026-11-26");

        assertThat(source(Duration.ofSeconds(5)).latest(Set.of("VTI", "NOPE"))).containsOnlyKeys("VTI");
    }

    @Test
    void aServerErrorFailsWithItsStatus() {
        fake.failWith(500);

        assertThatThrownBy(() -> source(Duration.ofSeconds(5)).latest(Set.of("VTI")))
                .isInstanceOf(QuoteSourceException.class)
                .hasMessageContaining("answered HTTP 500");
    }

    @Test
    void aSourceThatDoesNotAnswerInTimeFails() {
        fake.quote("VTI", "250", "USD", "2026-11-26").stallFor(Duration.ofSeconds(3));

        assertThatThrownBy(() -> source(Duration.ofMillis(300)).latest(Set.of("VTI")))
                .isInstanceOf(QuoteSourceException.class)
                .hasMessageContaining("could not be reached");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not JSON|<html>busy</html>|is not JSON",
                "not an array|{\"VTI\": 250}|not a JSON array",
                "no price|[{\"symbol\":\"VTI\",\"currency\":\"USD\",\"asOf\":\"2026-11-26\"}]|Quote 1 of the answer (VTI) has no price",
                "a negative price|[{\"symbol\":\"VTI\",\"price\":-1,\"currency\":\"USD\",\"asOf\":\"2026-11-26\"}]|(VTI) has no price of zero or more",
                "an unknown currency|[{\"symbol\":\"VTI\",\"price\":1,\"currency\":\"XXQ\",\"asOf\":\"2026-11-26\"}]|(VTI) has an unknown currency",
                "a bad date|[{\"symbol\":\"VTI\",\"price\":1,\"currency\":\"USD\",\"asOf\":\"yesterday\"}]|asOf 'yesterday' is neither",
                "no symbol|[{\"price\":1,\"currency\":\"USD\",\"asOf\":\"2026-11-26\"}]|Quote 1 of the answer has no 'symbol'"
            })
    void aMalformedAnswerFailsNamingWhatIsWrong(String what, String body, String message) {
        fake.answerRaw(body);

        assertThatThrownBy(() -> source(Duration.ofSeconds(5)).latest(Set.of("VTI")))
                .isInstanceOf(QuoteSourceException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aStreamedAnswerLargerThanAnyListOfQuotesIsRefused() {
        fake.streamRaw("[" + " ".repeat(5 << 20) + "]");

        assertThatThrownBy(() -> source(Duration.ofSeconds(10)).latest(Set.of("VTI")))
                .isInstanceOf(QuoteSourceException.class)
                .hasMessageContaining(fake.baseUrl() + "/quotes")
                .hasMessageContaining("larger than 5 MiB")
                .hasMessageContaining("prices stay as they are");
    }

    @Test
    void aDeclaredAnswerLargerThanAnyListOfQuotesIsRefused() {
        fake.answerRaw("[" + " ".repeat(5 << 20) + "]");

        assertThatThrownBy(() -> source(Duration.ofSeconds(10)).latest(Set.of("VTI")))
                .isInstanceOf(QuoteSourceException.class)
                .hasMessageContaining("larger than 5 MiB");
    }

    @Test
    void plainHttpIsRefusedExceptToThisComputer() {
        assertThatThrownBy(() -> new HttpQuoteSource(
                        "http://quotes.example.com", "QUOTES_URL", new OkHttpClient(), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("QUOTES_URL must start with https://");
    }
}

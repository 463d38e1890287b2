package app.nestegg.sync.fake.quotes;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A local quote service speaking Nest Egg's quote contract ({@code GET /quotes?symbols=A,B} → a JSON array), on
 * 127.0.0.1 over plain HTTP. Tests set the quotes it knows, or make it fail, stall or answer garbage.
 */
public final class FakeQuoteServer implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final Map<String, String> quotes = new LinkedHashMap<>();
    private final List<String> askedFor = new ArrayList<>();
    private volatile int status = 200;
    private volatile String rawBody;
    private volatile Duration delay;
    private volatile boolean chunked;

    public static FakeQuoteServer start() throws IOException {
        FakeQuoteServer fake = new FakeQuoteServer();
        fake.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return fake.answer(request);
            }
        });
        fake.server.start(InetAddress.getByName("127.0.0.1"), 0);
        return fake;
    }

    /** The base URL to configure: {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    /** Knows {@code symbol}'s price from now on. */
    public FakeQuoteServer quote(String symbol, String price, String currency, String asOf) {
        quotes.put(
                symbol,
                "{\"symbol\":\"" + symbol + "\",\"price\":" + price + ",\"currency\":\"" + currency + "\",\"asOf\":\""
                        + asOf + "\"}");
        return this;
    }

    public FakeQuoteServer failWith(int httpStatus) {
        this.status = httpStatus;
        return this;
    }

    public FakeQuoteServer answerRaw(String body) {
        this.rawBody = body;
        return this;
    }

    /** Sends {@link #answerRaw}'s body in chunks, without a declared length. */
    public FakeQuoteServer streamRaw(String body) {
        this.rawBody = body;
        this.chunked = true;
        return this;
    }

    public FakeQuoteServer stallFor(Duration wait) {
        this.delay = wait;
        return this;
    }

    /** The {@code symbols} parameter of each request, in order. */
    public synchronized List<String> askedFor() {
        return List.copyOf(askedFor);
    }

    private MockResponse answer(RecordedRequest request) {
        synchronized (this) {
            askedFor.add(request.getUrl().queryParameter("symbols"));
        }
        MockResponse.Builder response =
                new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json");
        if (!request.getUrl().encodedPath().equals("/quotes")) {
            response.code(404).body("{}");
        } else if (rawBody != null && chunked) {
            response.chunkedBody(rawBody, 64 * 1024);
        } else if (rawBody != null) {
            response.body(rawBody);
        } else {
            List<String> known = new ArrayList<>();
            for (String symbol : request.getUrl().queryParameter("symbols").split(",")) {
                if (quotes.containsKey(symbol)) {
                    known.add(quotes.get(symbol));
                }
            }
            response.body("[" + String.join(",", known) + "]");
        }
        if (delay != null) {
            response.headersDelay(delay.toMillis(), TimeUnit.MILLISECONDS);
        }
        return response.build();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

package app.nestegg.sync.fake.plaid;

import app.nestegg.vault.MutableClock;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A local Plaid that follows the fidelity checklist of the bank-API reference (section P7), on OkHttp's {@link
 * MockWebServer}, for tests of the Plaid client and, later, of the sync engine and the benchmark.
 *
 * <ul>
 *   <li>POST only, JSON in and out; credentials in the {@code PLAID-CLIENT-ID}/{@code PLAID-SECRET} headers or the
 *       {@code client_id}/{@code secret} body fields, a missing or wrong pair answering 400 INVALID_API_KEYS; a {@code
 *       Plaid-Version} other than 2020-09-14 answering 400 INCOMPATIBLE_API_VERSION; unknown body fields UNKNOWN_FIELDS.
 *   <li>Tokens carry the environment ({@code link-sandbox-…}, {@code public-sandbox-…}, {@code access-sandbox-…}); an
 *       unknown token or one of another environment answers INVALID_ACCESS_TOKEN (INVALID_PUBLIC_TOKEN, INVALID_LINK_
 *       TOKEN); a removed Item's token ITEM_NOT_FOUND.
 *   <li>Nullable fields are written as explicit JSON nulls and required arrays are always present.
 *   <li>{@code /transactions/sync}: 1 ≤ count ≤ 500 (default 100); the cursor may be omitted, "" or null; cursors
 *       index into each Item's change log ({@link FakeItem}), a page reporting the net changes since the cursor; a
 *       change while a client pages through an update, or {@link FakeItem#mutationDuringPaginationOnPage}, answers
 *       TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION; {@link FakeItem#notReady} answers NOT_READY with an empty cursor.
 *   <li>Hosted Link: {@code /link/token/create} with {@code hosted_link} answers a {@code hosted_link_url} on this
 *       server; {@link #completeHostedLink} (or opening {@code …/complete} of that page) finishes the session, after
 *       which {@code /link/token/get} lists its public token.
 *   <li>Scripted failures ({@link #failNext}): any Plaid error, an unreadable body, a late answer.
 * </ul>
 *
 * <p>Every exchange is checked against Plaid's OpenAPI spec ({@link PlaidOpenApi}): the request the client sent and
 * the answer the fake gives, errors included. Problems are collected, not thrown, so the test sees the client's
 * behaviour; tests assert {@link #validationFailures()} is empty (the {@link FakePlaidExtension} does so after each
 * test), and a test that sends a wrong request on purpose takes its expected problems with {@link
 * #takeValidationFailures()}.
 */
public final class FakePlaidServer implements AutoCloseable {

    /** The client id and secret the fake accepts. Made-up values, not credentials. */
    public static final String CLIENT_ID = "fake-client-id-0001";

    public static final String SECRET = "fake-plaid-secret-for-tests";
    public static final String API_VERSION = "2020-09-14";
    public static final String SANDBOX_INSTITUTION = "ins_109508";
    /** The default start of the fake's clock. */
    public static final Instant DEFAULT_NOW = Instant.parse("2026-03-14T14:00:00Z");

    static final Map<String, String> INSTITUTIONS =
            Map.of("ins_109508", "First Platypus Bank", "ins_109512", "Houndstooth Bank", "ins_109511", "Tartan Bank");

    /** The top-level fields each endpoint's request schema has in the spec; anything else is UNKNOWN_FIELDS. */
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "/link/token/create",
            Set.of(
                    "client_id",
                    "secret",
                    "client_name",
                    "language",
                    "country_codes",
                    "user",
                    "user_id",
                    "products",
                    "required_if_supported_products",
                    "optional_products",
                    "additional_consented_products",
                    "webhook",
                    "access_token",
                    "access_tokens",
                    "link_customization_name",
                    "redirect_uri",
                    "hosted_link",
                    "transactions",
                    "account_filters",
                    "institution_id",
                    "update",
                    "investments"),
            "/link/token/get",
            Set.of("client_id", "secret", "link_token"),
            "/item/public_token/exchange",
            Set.of("client_id", "secret", "public_token"),
            "/sandbox/public_token/create",
            Set.of("client_id", "secret", "institution_id", "initial_products", "options", "user_token", "user_id"),
            "/accounts/get",
            Set.of("client_id", "secret", "access_token", "options"),
            "/accounts/balance/get",
            Set.of("client_id", "secret", "access_token", "options"),
            "/transactions/sync",
            Set.of("client_id", "secret", "access_token", "cursor", "count", "options"),
            "/investments/holdings/get",
            Set.of("client_id", "secret", "access_token", "options"),
            "/item/get",
            Set.of("client_id", "secret", "access_token"),
            "/item/remove",
            Set.of("client_id", "secret", "access_token", "reason_code", "reason_note"));

    private static final String HOSTED_LINK_PATH = "/hosted-link/";

    final Object lock = new Object();
    final FakeIds ids;

    private final String environment;
    private final MutableClock clock;
    private final boolean validate;
    private final MockWebServer server = new MockWebServer();
    private final FakeGate gate = new FakeGate();
    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private final Map<String, FakeItem> itemsByToken = new HashMap<>();
    private final Map<String, PublicTokenState> publicTokens = new HashMap<>();
    private final Map<String, LinkTokenState> linkTokens = new LinkedHashMap<>();
    private final Map<String, Deque<FakeFailure>> failures = new HashMap<>();
    private final List<String> validationFailures = new ArrayList<>();
    private final List<Exchange> exchanges = new ArrayList<>();
    private int validatedExchanges;

    /** One request the fake answered, as received, with the status it answered. */
    public record Exchange(String method, String path, Map<String, List<String>> headers, String body, int status) {

        /** The first value of a header, case-insensitive, or null. */
        public String header(String name) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                    return entry.getValue().getFirst();
                }
            }
            return null;
        }
    }

    private record Answer(int status, String contentType, String body, boolean conforms, Duration delay) {}

    private static final class Rejection extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient FakeFailure.PlaidError error;

        Rejection(FakeFailure.PlaidError error) {
            super(error.errorCode(), null, false, false);
            this.error = error;
        }
    }

    private record PublicTokenState(FakeItem item, Instant expires) {}

    private static final class LinkSession {
        final String id;
        final Instant startedAt;
        Instant finishedAt;
        String publicToken;
        FakeItem item;
        boolean exited;

        LinkSession(String id, Instant startedAt) {
            this.id = id;
            this.startedAt = startedAt;
        }
    }

    private static final class LinkTokenState {
        final String token;
        final String key;
        final Instant createdAt;
        final Instant expiration;
        final JsonNode request;
        final FakeItem updateItem;
        final List<LinkSession> sessions = new ArrayList<>();

        LinkTokenState(
                String token,
                String key,
                Instant createdAt,
                Instant expiration,
                JsonNode request,
                FakeItem updateItem) {
            this.token = token;
            this.key = key;
            this.createdAt = createdAt;
            this.expiration = expiration;
            this.request = request;
            this.updateItem = updateItem;
        }
    }

    private FakePlaidServer(Builder builder) {
        this.environment = builder.environment;
        this.clock = builder.clock;
        this.validate = builder.validate;
        this.ids = new FakeIds(builder.seed);
        if (validate) {
            PlaidOpenApi.get();
        }
        if (builder.tls != null) {
            server.useHttps(builder.tls);
        }
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return FakePlaidServer.this.dispatch(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sandbox fake with validation, on plain http to 127.0.0.1. */
    public static FakePlaidServer start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How to start a fake. */
    public static final class Builder {
        private String environment = "sandbox";
        private MutableClock clock = new MutableClock(DEFAULT_NOW);
        private boolean validate = true;
        private SSLSocketFactory tls;
        private String seed = "nest-egg";

        public Builder environment(String value) {
            if (!value.equals("sandbox") && !value.equals("production")) {
                throw new IllegalArgumentException("sandbox or production");
            }
            environment = value;
            return this;
        }

        public Builder clock(MutableClock value) {
            clock = Objects.requireNonNull(value);
            return this;
        }

        /** Off only for the benchmark, where validating 100,000 rows would be measured too. */
        public Builder validate(boolean value) {
            validate = value;
            return this;
        }

        /** Serve https with this server certificate's socket factory (okhttp-tls {@code HandshakeCertificates}). */
        public Builder https(SSLSocketFactory value) {
            tls = value;
            return this;
        }

        /** Another seed gives other (still deterministic) ids. */
        public Builder seed(String value) {
            seed = value;
            return this;
        }

        public FakePlaidServer start() {
            return new FakePlaidServer(this);
        }
    }

    // ---------------------------------------------------------------- what tests use

    /** The base URL to give the client: {@code http://127.0.0.1:port} (https with {@link Builder#https}). */
    public String baseUrl() {
        String url = server.url("/").toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String environment() {
        return environment;
    }

    public MutableClock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A linked Item at First Platypus Bank with the sandbox's accounts, a few transactions and holdings. */
    public FakeItem createItem() {
        synchronized (lock) {
            FakeItem item = newItem(SANDBOX_INSTITUTION, List.of("transactions", "investments"));
            seedSandboxData(item);
            itemsByToken.put(item.accessToken(), item);
            return item;
        }
    }

    /** A linked Item with no accounts, for tests that build their own. */
    public FakeItem createEmptyItem(String institutionId) {
        synchronized (lock) {
            FakeItem item = newItem(institutionId, List.of("transactions"));
            itemsByToken.put(item.accessToken(), item);
            return item;
        }
    }

    /** The Item behind an access token the client got from an exchange. */
    public FakeItem item(String accessToken) {
        synchronized (lock) {
            FakeItem item = itemsByToken.get(accessToken);
            if (item == null) {
                throw new IllegalArgumentException("no Item has that access token");
            }
            return item;
        }
    }

    /** The next call of {@code endpoint} ({@code "*"} for any) answers {@code failure}; queued in order. */
    public void failNext(String endpoint, FakeFailure failure) {
        synchronized (lock) {
            failures.computeIfAbsent(endpoint, k -> new ArrayDeque<>()).add(failure);
        }
    }

    /**
     * The user finishes the Hosted Link session of {@code linkToken}: a new Item at First Platypus Bank (with the
     * sandbox data) whose public token {@code /link/token/get} now lists; in update mode the Item's login is repaired
     * and no public token is made.
     *
     * @return the Item linked or repaired
     */
    public FakeItem completeHostedLink(String linkToken) {
        synchronized (lock) {
            LinkTokenState state = requireLinkToken(linkToken);
            LinkSession session = openSession(state);
            session.finishedAt = clock.instant();
            if (state.updateItem != null) {
                state.updateItem.repairLogin();
                session.item = state.updateItem;
                return state.updateItem;
            }
            FakeItem item = newItem(SANDBOX_INSTITUTION, products(state.request));
            seedSandboxData(item);
            session.item = item;
            session.publicToken = issuePublicToken(item);
            return item;
        }
    }

    /** The user closes Hosted Link without linking a bank. */
    public void exitHostedLink(String linkToken) {
        synchronized (lock) {
            LinkSession session = openSession(requireLinkToken(linkToken));
            session.finishedAt = clock.instant();
            session.exited = true;
        }
    }

    /** Every request answered so far, in order. */
    public List<Exchange> exchanges() {
        synchronized (lock) {
            return List.copyOf(exchanges);
        }
    }

    /** The requests made to {@code endpoint}. */
    public List<Exchange> exchanges(String endpoint) {
        return exchanges().stream().filter(e -> e.path().equals(endpoint)).toList();
    }

    /** Spec problems found so far, one line each; empty when every exchange conformed. */
    public List<String> validationFailures() {
        synchronized (lock) {
            return List.copyOf(validationFailures);
        }
    }

    /** The spec problems found so far, forgotten afterwards: for tests that send a wrong request on purpose. */
    public List<String> takeValidationFailures() {
        synchronized (lock) {
            List<String> taken = List.copyOf(validationFailures);
            validationFailures.clear();
            return taken;
        }
    }

    /** How many exchanges were checked against the spec. */
    public int validatedExchanges() {
        synchronized (lock) {
            return validatedExchanges;
        }
    }

    public boolean validating() {
        return validate;
    }

    /** Where a test holds chosen requests before they are answered. */
    public FakeGate gate() {
        return gate;
    }

    @Override
    public void close() {
        gate.releaseAll();
        server.close();
    }

    // ---------------------------------------------------------------- dispatch

    private MockResponse dispatch(RecordedRequest request) {
        String method = request.getMethod();
        String path = request.getUrl().encodedPath();
        String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : request.getHeaders().names()) {
            headers.put(name, request.getHeaders().values(name));
        }
        if (path.startsWith(HOSTED_LINK_PATH) && "GET".equals(method)) {
            return hostedLinkPage(path.substring(HOSTED_LINK_PATH.length()));
        }
        gate.pass(path, body);
        Answer answer;
        synchronized (lock) {
            answer = answer(method, path, headers, body);
            exchanges.add(new Exchange(method, path, Map.copyOf(headers), body, answer.status()));
        }
        if (validate) {
            List<String> problems = PlaidOpenApi.get()
                    .problems(
                            method,
                            path,
                            headers,
                            body,
                            answer.status(),
                            answer.contentType(),
                            answer.conforms() ? answer.body() : null);
            synchronized (lock) {
                validatedExchanges++;
                for (String problem : problems) {
                    validationFailures.add(method + " " + path + " (HTTP " + answer.status() + "): " + problem);
                }
            }
        }
        MockResponse.Builder response = new MockResponse.Builder()
                .code(answer.status())
                .setHeader("Content-Type", answer.contentType())
                .body(answer.body());
        if (answer.delay() != null) {
            response.headersDelay(answer.delay().toMillis(), TimeUnit.MILLISECONDS);
        }
        return response.build();
    }

    private Answer answer(String method, String path, Map<String, List<String>> headers, String body) {
        try {
            if (!"POST".equals(method) || !FIELDS.containsKey(path)) {
                throw reject(404, "INVALID_REQUEST", "NOT_FOUND", "not found: the API takes POST to a known endpoint");
            }
            ObjectNode request = parseBody(body);
            Set<String> unknown = new LinkedHashSet<>();
            request.fieldNames().forEachRemaining(name -> {
                if (!FIELDS.get(path).contains(name)) {
                    unknown.add(name);
                }
            });
            if (!unknown.isEmpty()) {
                throw reject(
                        400,
                        "INVALID_REQUEST",
                        "UNKNOWN_FIELDS",
                        "the following fields are not recognized by this endpoint: " + String.join(", ", unknown));
            }
            String version = first(headers, "Plaid-Version");
            if (version != null && !version.equals(API_VERSION)) {
                throw reject(
                        400,
                        "INVALID_REQUEST",
                        "INCOMPATIBLE_API_VERSION",
                        "this fake speaks API version " + API_VERSION + " only");
            }
            checkCredentials(headers, request);
            Duration delay = null;
            FakeFailure failure = nextFailure(path);
            if (failure instanceof FakeFailure.PlaidError error) {
                throw new Rejection(error);
            }
            if (failure instanceof FakeFailure.Unreadable raw) {
                return new Answer(raw.status(), raw.contentType(), raw.body(), false, null);
            }
            if (failure instanceof FakeFailure.Slow slow) {
                delay = slow.delay();
            }
            ObjectNode result = route(path, request);
            result.put("request_id", ids.requestId());
            return new Answer(200, "application/json", write(result), true, delay);
        } catch (Rejection rejection) {
            return new Answer(
                    rejection.error.status(), "application/json", write(errorBody(rejection.error)), true, null);
        }
    }

    private ObjectNode route(String path, ObjectNode request) {
        return switch (path) {
            case "/sandbox/public_token/create" -> sandboxPublicTokenCreate(request);
            case "/item/public_token/exchange" -> publicTokenExchange(request);
            case "/link/token/create" -> linkTokenCreate(request);
            case "/link/token/get" -> linkTokenGet(request);
            case "/accounts/get", "/accounts/balance/get" -> accountsGet(request);
            case "/transactions/sync" -> transactionsSync(request);
            case "/investments/holdings/get" -> holdingsGet(request);
            case "/item/get" -> itemGet(request);
            case "/item/remove" -> itemRemove(request);
            default -> throw new IllegalStateException(path);
        };
    }

    // ---------------------------------------------------------------- endpoints

    private ObjectNode sandboxPublicTokenCreate(ObjectNode request) {
        if (!environment.equals("sandbox")) {
            throw reject(400, "INVALID_REQUEST", "SANDBOX_ONLY", "this endpoint is only available in the sandbox");
        }
        String institutionId = requiredText(request, "institution_id");
        List<String> products = requiredProducts(request, "initial_products");
        if (!INSTITUTIONS.containsKey(institutionId)) {
            throw reject(400, "INVALID_INPUT", "INVALID_INSTITUTION", "invalid institution_id provided");
        }
        FakeItem item = newItem(institutionId, products);
        seedSandboxData(item);
        return json.createObjectNode().put("public_token", issuePublicToken(item));
    }

    private ObjectNode publicTokenExchange(ObjectNode request) {
        String token = requiredText(request, "public_token");
        PublicTokenState state = token.startsWith("public-" + environment + "-") ? publicTokens.remove(token) : null;
        if (state == null || !clock.instant().isBefore(state.expires())) {
            throw reject(
                    400,
                    "INVALID_INPUT",
                    "INVALID_PUBLIC_TOKEN",
                    "provided public token is expired, already used, unknown, or from another environment");
        }
        itemsByToken.put(state.item().accessToken(), state.item());
        return json.createObjectNode()
                .put("access_token", state.item().accessToken())
                .put("item_id", state.item().itemId());
    }

    private ObjectNode linkTokenCreate(ObjectNode request) {
        requiredText(request, "client_name");
        requiredText(request, "language");
        JsonNode countries = request.get("country_codes");
        if (countries == null || !countries.isArray() || countries.isEmpty()) {
            throw invalidField("country_codes must be a non-empty array");
        }
        JsonNode user = request.get("user");
        boolean hasUser = user != null
                && user.isObject()
                && user.path("client_user_id").isTextual()
                && !user.path("client_user_id").asText().isBlank();
        if (!hasUser && !request.path("user_id").isTextual()) {
            throw reject(400, "INVALID_REQUEST", "MISSING_FIELDS", "the following required fields are missing: user");
        }
        FakeItem updateItem = null;
        JsonNode products = request.get("products");
        if (request.hasNonNull("access_token")) {
            updateItem = requireItem(request, false);
            if (products != null && !products.isEmpty()) {
                throw invalidField("update mode (access_token given) takes no products");
            }
        } else {
            requiredProducts(request, "products");
        }
        Instant now = clock.instant();
        Instant expiration = now.plus(updateItem == null ? Duration.ofHours(4) : Duration.ofMinutes(30));
        String token = ids.token("link", environment);
        String key = ids.opaque();
        linkTokens.put(token, new LinkTokenState(token, key, now, expiration, request.deepCopy(), updateItem));
        ObjectNode result = json.createObjectNode().put("link_token", token).put("expiration", instant(expiration));
        if (request.has("hosted_link")) {
            result.put("hosted_link_url", baseUrl() + HOSTED_LINK_PATH + key);
        }
        return result;
    }

    private ObjectNode linkTokenGet(ObjectNode request) {
        String token = requiredText(request, "link_token");
        LinkTokenState state = linkTokens.get(token);
        if (state == null || !token.startsWith("link-" + environment + "-")) {
            throw reject(
                    400,
                    "INVALID_INPUT",
                    "INVALID_LINK_TOKEN",
                    "provided link token is unknown or from another environment");
        }
        ObjectNode result = json.createObjectNode()
                .put("link_token", state.token)
                .put("created_at", instant(state.createdAt))
                .put("expiration", instant(state.expiration));
        ArrayNode sessions = result.putArray("link_sessions");
        for (LinkSession session : state.sessions) {
            ObjectNode node = sessions.addObject()
                    .put("link_session_id", session.id)
                    .put("started_at", instant(session.startedAt));
            putInstant(node, "finished_at", session.finishedAt);
            if (session.exited) {
                ObjectNode exit = node.putObject("exit");
                exit.putNull("error");
                exit.putObject("metadata")
                        .put("status", "requires_credentials")
                        .put("link_session_id", session.id)
                        .put("request_id", ids.requestId())
                        .putNull("institution");
            } else if (session.finishedAt != null) {
                ObjectNode results = node.putObject("results");
                ArrayNode added = results.putArray("item_add_results");
                if (session.publicToken != null) {
                    ObjectNode result0 = added.addObject().put("public_token", session.publicToken);
                    ArrayNode accounts = result0.putArray("accounts");
                    for (FakeAccount account : session.item.accounts()) {
                        ObjectNode a = accounts.addObject()
                                .put("id", account.accountId())
                                .put("name", account.name())
                                .put("type", account.type());
                        putText(a, "mask", account.mask());
                        a.put("subtype", account.subtype() == null ? "" : account.subtype());
                        a.putNull("verification_status");
                    }
                    result0.putObject("institution")
                            .put("name", session.item.institutionName())
                            .put("institution_id", session.item.institutionId());
                }
                results.putArray("cra_item_add_results");
                results.putArray("cra_update_results");
                results.putArray("bank_income_results");
                results.putArray("payroll_income_results");
                results.putNull("document_income_results");
            }
        }
        ObjectNode metadata = result.putObject("metadata");
        ArrayNode initialProducts = metadata.putArray("initial_products");
        if (state.updateItem == null) {
            products(state.request).forEach(initialProducts::add);
        }
        metadata.putNull("webhook");
        metadata.set("country_codes", state.request.get("country_codes").deepCopy());
        metadata.put("language", state.request.path("language").asText());
        metadata.putNull("redirect_uri");
        metadata.put("client_name", state.request.path("client_name").asText());
        return result;
    }

    private ObjectNode accountsGet(ObjectNode request) {
        FakeItem item = requireItem(request, true);
        List<FakeAccount> accounts = selectedAccounts(item, request);
        ObjectNode result = json.createObjectNode();
        ArrayNode array = result.putArray("accounts");
        accounts.forEach(a -> array.add(account(a, false)));
        result.set("item", item(item, false));
        return result;
    }

    private ObjectNode transactionsSync(ObjectNode request) {
        FakeItem item = requireItem(request, true);
        int count = 100;
        JsonNode countNode = request.get("count");
        if (countNode != null && !countNode.isNull()) {
            if (!countNode.isIntegralNumber() || countNode.asLong() < 1 || countNode.asLong() > 500) {
                throw invalidField("count must be an integer from 1 to 500");
            }
            count = countNode.asInt();
        }
        JsonNode cursorNode = request.get("cursor");
        if (cursorNode != null && !cursorNode.isNull() && !cursorNode.isTextual()) {
            throw invalidField("cursor must be a string");
        }
        String cursorText = cursorNode == null || cursorNode.isNull() ? "" : cursorNode.asText();
        ObjectNode result = json.createObjectNode();
        if (item.notReady()) {
            result.put("transactions_update_status", "NOT_READY");
            result.putArray("accounts");
            result.putArray("added");
            result.putArray("modified");
            result.putArray("removed");
            result.put("next_cursor", "");
            result.put("has_more", false);
            item.recordPage(0);
            return result;
        }
        int size = item.logSize();
        Cursor cursor = cursorText.isEmpty()
                ? new Cursor(0, 0, 0, 1)
                : cursorText.equals("now") ? new Cursor(size, size, 0, 1) : Cursor.decode(cursorText, item.itemId());
        if (cursor == null) {
            throw invalidField("cursor is not valid for this Item");
        }
        int from = cursor.from();
        int to;
        if (cursor.offset() == 0) {
            to = size;
        } else {
            to = cursor.to();
            if (size != to) {
                throw mutationDuringPagination();
            }
        }
        if (item.takeMutationOnPage(cursor.page())) {
            throw mutationDuringPagination();
        }
        List<FakeItem.NetChange> update = item.netChanges(from, to);
        int end = Math.min(update.size(), cursor.offset() + count);
        List<FakeItem.NetChange> page = update.subList(Math.min(cursor.offset(), end), end);
        boolean hasMore = end < update.size();
        Cursor next = hasMore ? new Cursor(from, to, end, cursor.page() + 1) : new Cursor(to, to, 0, 1);
        Set<String> accountIds = new LinkedHashSet<>();
        ArrayNode added = json.createArrayNode();
        ArrayNode modified = json.createArrayNode();
        ArrayNode removed = json.createArrayNode();
        for (FakeItem.NetChange change : page) {
            accountIds.add(change.accountId());
            switch (change.kind()) {
                case ADDED -> added.add(transaction(change.row()));
                case MODIFIED -> modified.add(transaction(change.row()));
                case REMOVED ->
                    removed.addObject()
                            .put("transaction_id", change.transactionId())
                            .put("account_id", change.accountId());
            }
        }
        result.put("transactions_update_status", "HISTORICAL_UPDATE_COMPLETE");
        ArrayNode accounts = result.putArray("accounts");
        for (String accountId : accountIds) {
            accounts.add(account(item.requireAccount(accountId), false));
        }
        result.set("added", added);
        result.set("modified", modified);
        result.set("removed", removed);
        result.put("next_cursor", next.encode(item.itemId()));
        result.put("has_more", hasMore);
        item.recordPage(page.size());
        return result;
    }

    private ObjectNode holdingsGet(ObjectNode request) {
        FakeItem item = requireItem(request, true);
        List<FakeAccount> accounts = selectedAccounts(item, request).stream()
                .filter(FakeAccount::investment)
                .toList();
        if (accounts.isEmpty()) {
            throw reject(
                    400,
                    "ITEM_ERROR",
                    "NO_INVESTMENT_ACCOUNTS",
                    "no investment accounts are associated with this item");
        }
        Set<String> accountIds = new LinkedHashSet<>();
        accounts.forEach(a -> accountIds.add(a.accountId()));
        ObjectNode result = json.createObjectNode();
        ArrayNode accountArray = result.putArray("accounts");
        accounts.forEach(a -> accountArray.add(account(a, true)));
        ArrayNode holdings = result.putArray("holdings");
        Set<String> securityIds = new LinkedHashSet<>();
        for (FakeHolding holding : item.holdings()) {
            if (!accountIds.contains(holding.accountId())) {
                continue;
            }
            securityIds.add(holding.securityId());
            ObjectNode node = holdings.addObject()
                    .put("account_id", holding.accountId())
                    .put("security_id", holding.securityId())
                    .put("institution_price", holding.institutionPrice());
            putDate(node, "institution_price_as_of", holding.institutionPriceAsOf());
            putInstant(node, "institution_price_datetime", holding.institutionPriceDateTime());
            node.put("institution_value", holding.institutionValue());
            putDecimal(node, "cost_basis", holding.costBasis());
            node.put("quantity", holding.quantity());
            putText(node, "iso_currency_code", holding.isoCurrencyCode());
            node.putNull("unofficial_currency_code");
            node.putNull("vested_quantity");
            node.putNull("vested_value");
        }
        ArrayNode securities = result.putArray("securities");
        for (FakeSecurity security : item.securities()) {
            if (securityIds.contains(security.securityId())) {
                securities.add(security(security));
            }
        }
        result.set("item", item(item, false));
        return result;
    }

    private ObjectNode itemGet(ObjectNode request) {
        FakeItem item = requireItem(request, false);
        ObjectNode result = json.createObjectNode();
        result.set("item", item(item, true));
        ObjectNode status = result.putObject("status");
        ObjectNode transactions = status.putObject("transactions");
        putInstant(transactions, "last_successful_update", item.createdAt());
        transactions.putNull("last_failed_update");
        status.putNull("investments");
        status.putNull("last_webhook");
        return result;
    }

    private ObjectNode itemRemove(ObjectNode request) {
        FakeItem item = requireItem(request, false);
        item.markRemoved();
        return json.createObjectNode();
    }

    // ---------------------------------------------------------------- checks

    private void checkCredentials(Map<String, List<String>> headers, ObjectNode request) {
        String clientId = first(headers, "PLAID-CLIENT-ID");
        String secret = first(headers, "PLAID-SECRET");
        if (clientId == null) {
            clientId = request.path("client_id").isTextual()
                    ? request.get("client_id").asText()
                    : null;
        }
        if (secret == null) {
            secret = request.path("secret").isTextual() ? request.get("secret").asText() : null;
        }
        if (!CLIENT_ID.equals(clientId) || !SECRET.equals(secret)) {
            throw reject(400, "INVALID_INPUT", "INVALID_API_KEYS", "invalid client_id or secret provided", null);
        }
    }

    private FakeItem requireItem(ObjectNode request, boolean mustBeHealthy) {
        String token = requiredText(request, "access_token");
        FakeItem item = token.startsWith("access-" + environment + "-") ? itemsByToken.get(token) : null;
        if (item == null) {
            throw reject(
                    400,
                    "INVALID_INPUT",
                    "INVALID_ACCESS_TOKEN",
                    "provided access token is in an invalid format, unknown, or from another environment");
        }
        if (item.removed()) {
            throw reject(
                    400,
                    "ITEM_ERROR",
                    "ITEM_NOT_FOUND",
                    "the Item you requested cannot be found. This Item does"
                            + " not exist, has been previously removed via /item/remove, or has had access removed by the user");
        }
        if (mustBeHealthy && item.error() != null) {
            throw new Rejection(item.error());
        }
        return item;
    }

    private List<FakeAccount> selectedAccounts(FakeItem item, ObjectNode request) {
        JsonNode wanted = request.path("options").path("account_ids");
        if (!wanted.isArray()) {
            return item.accounts();
        }
        List<FakeAccount> selected = new ArrayList<>();
        for (JsonNode id : wanted) {
            FakeAccount account = item.accounts().stream()
                    .filter(a -> a.accountId().equals(id.asText()))
                    .findFirst()
                    .orElseThrow(() -> reject(
                            400, "INVALID_INPUT", "INVALID_ACCOUNT_ID", "one or more of the account IDs is invalid"));
            selected.add(account);
        }
        return selected;
    }

    private ObjectNode parseBody(String body) {
        try {
            JsonNode node = json.readTree(body);
            if (node != null && node.isObject()) {
                return (ObjectNode) node;
            }
        } catch (IOException e) {
            // answered below
        }
        throw reject(400, "INVALID_REQUEST", "INVALID_BODY", "body could not be parsed as JSON");
    }

    private String requiredText(ObjectNode request, String field) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            throw reject(
                    400, "INVALID_REQUEST", "MISSING_FIELDS", "the following required fields are missing: " + field);
        }
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw invalidField(field + " must be a non-empty string");
        }
        return value.asText();
    }

    private List<String> requiredProducts(ObjectNode request, String field) {
        JsonNode value = request.get(field);
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw invalidField(field + " must be a non-empty array of products");
        }
        List<String> products = new ArrayList<>();
        value.forEach(p -> products.add(p.asText()));
        if (products.contains("balance")) {
            throw invalidField("balance cannot be requested as a product");
        }
        return products;
    }

    private FakeFailure nextFailure(String path) {
        for (String key : new String[] {path, "*"}) {
            Deque<FakeFailure> queue = failures.get(key);
            if (queue != null && !queue.isEmpty()) {
                return queue.poll();
            }
        }
        return null;
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }

    private static Rejection reject(int status, String type, String code, String message) {
        return reject(status, type, code, message, null);
    }

    private static Rejection reject(int status, String type, String code, String message, String display) {
        return new Rejection(new FakeFailure.PlaidError(status, type, code, message, display));
    }

    private static Rejection invalidField(String message) {
        return reject(400, "INVALID_REQUEST", "INVALID_FIELD", message);
    }

    private static Rejection mutationDuringPagination() {
        return reject(
                400,
                "TRANSACTIONS_ERROR",
                "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION",
                "underlying transaction data changed since last page was fetched. please restart pagination from last"
                        + " update");
    }

    // ---------------------------------------------------------------- state helpers

    private FakeItem newItem(String institutionId, List<String> products) {
        return new FakeItem(
                this,
                ids.opaque(),
                ids.token("access", environment),
                institutionId,
                INSTITUTIONS.getOrDefault(institutionId, "Sandbox Institution " + institutionId),
                products,
                clock.instant());
    }

    private String issuePublicToken(FakeItem item) {
        String token = ids.token("public", environment);
        publicTokens.put(token, new PublicTokenState(item, clock.instant().plus(Duration.ofMinutes(30))));
        return token;
    }

    private LinkTokenState requireLinkToken(String linkToken) {
        LinkTokenState state = linkTokens.get(linkToken);
        if (state == null) {
            throw new IllegalArgumentException("no such link token");
        }
        return state;
    }

    /** The session the user has open for this token, or a new one. */
    private LinkSession openSession(LinkTokenState state) {
        if (!state.sessions.isEmpty() && state.sessions.getLast().finishedAt == null) {
            return state.sessions.getLast();
        }
        LinkSession session = new LinkSession(ids.token("session", environment).substring(16), clock.instant());
        state.sessions.add(session);
        return session;
    }

    private List<String> products(JsonNode linkRequest) {
        List<String> products = new ArrayList<>();
        linkRequest.path("products").forEach(p -> products.add(p.asText()));
        linkRequest.path("optional_products").forEach(p -> products.add(p.asText()));
        return products;
    }

    private MockResponse hostedLinkPage(String rest) {
        boolean complete = rest.endsWith("/complete");
        String key = complete ? rest.substring(0, rest.length() - "/complete".length()) : rest;
        String token;
        synchronized (lock) {
            token = linkTokens.values().stream()
                    .filter(s -> s.key.equals(key))
                    .map(s -> s.token)
                    .findFirst()
                    .orElse(null);
            if (token != null && !complete) {
                openSession(linkTokens.get(token));
            }
        }
        if (token == null) {
            return new MockResponse.Builder()
                    .code(404)
                    .setHeader("Content-Type", "text/html")
                    .body("<html><body>No such Link session</body></html>")
                    .build();
        }
        if (complete) {
            completeHostedLink(token);
        }
        String page = complete
                ? "<html><body><h1>Fake Plaid</h1><p>Bank linked. You can close this window.</p></body></html>"
                : "<html><body><h1>Fake Plaid Hosted Link</h1><p><a href=\"" + HOSTED_LINK_PATH + key
                        + "/complete\">Link First Platypus Bank</a></p></body></html>";
        return new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/html; charset=utf-8")
                .body(page)
                .build();
    }

    /** Plaid's sandbox accounts (as user_good sees them), a few transactions and three holdings. */
    private void seedSandboxData(FakeItem item) {
        LocalDate today = today();
        FakeAccount checking = item.addAccount(
                "Plaid Checking", "depository", "checking", "0000", money("110.00"), money("100.00"), null);
        item.addAccount("Plaid Saving", "depository", "savings", "1111", money("210.00"), money("200.00"), null);
        FakeAccount card = item.addAccount(
                "Plaid Credit Card",
                "credit",
                "credit card",
                "3333",
                money("410.00"),
                money("1590.00"),
                money("2000.00"));
        item.addAccount("Plaid Student Loan", "loan", "student", "7777", money("65262.00"), null, null);
        item.addAccount("Plaid Mortgage", "loan", "mortgage", "8888", money("56302.06"), null, null);
        FakeAccount ira =
                item.addAccount("Plaid IRA", "investment", "ira", "5555", money("320.76"), money("12.34"), null);

        item.addTransaction(
                checking.accountId(),
                today.minusDays(9),
                money("5850.00").negate(),
                "ACH Electronic" + " CreditGUSTO PAY 123456");
        item.addTransaction(checking.accountId(), today.minusDays(7), money("500.00"), "United Airlines");
        item.addTransaction(checking.accountId(), today.minusDays(5), money("5.40"), "Uber 063015 SF**POOL**");
        item.addTransaction(
                checking.accountId(), today.minusDays(3), money("4.22").negate(), "INTRST PYMNT");
        item.addPending(checking.accountId(), today.minusDays(1), money("89.40"), "SparkFun");
        item.addTransaction(card.accountId(), today.minusDays(6), money("4.33"), "Starbucks");
        item.addTransaction(card.accountId(), today.minusDays(4), money("12.00"), "McDonald's");
        item.addTransaction(card.accountId(), today.minusDays(2), money("25.00").negate(), "CREDIT CARD 3333 PAYMENT");

        FakeSecurity etf = item.addSecurity(
                "Example Total Market Index ETF", "EXTM", "etf", false, money("271.48"), today.minusDays(1));
        FakeSecurity fund = item.addSecurity("Nest Egg Growth Fund", null, "mutual fund", false, money("10.25"), null);
        FakeSecurity cash = item.addSecurity("U S Dollar", "CUR:USD", "cash", true, money("1.00"), null);
        item.addHolding(new FakeHolding(
                ira.accountId(),
                etf.securityId(),
                new BigDecimal("1.5"),
                money("271.48"),
                today.minusDays(1),
                null,
                money("300.00"),
                "USD"));
        item.addHolding(new FakeHolding(
                ira.accountId(),
                fund.securityId(),
                new BigDecimal("0.75"),
                money("10.25"),
                null,
                today.minusDays(2).atTime(16, 0).toInstant(ZoneOffset.UTC),
                null,
                "USD"));
        item.addHolding(new FakeHolding(
                ira.accountId(), cash.securityId(), money("12.34"), money("1.00"), null, null, money("12.34"), "USD"));
    }

    private static BigDecimal money(String text) {
        return FakeItem.money(text);
    }

    // ---------------------------------------------------------------- JSON

    private String write(ObjectNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode errorBody(FakeFailure.PlaidError error) {
        ObjectNode node = json.createObjectNode();
        putText(node, "display_message", error.displayMessage());
        node.put("documentation_url", "https://plaid.com/docs/errors/");
        node.put("error_code", error.errorCode());
        node.put("error_message", error.errorMessage());
        node.put("error_type", error.errorType());
        node.put("request_id", ids.requestId());
        node.putNull("suggested_action");
        return node;
    }

    private ObjectNode account(FakeAccount account, boolean investmentShape) {
        ObjectNode node = json.createObjectNode().put("account_id", account.accountId());
        ObjectNode balances = node.putObject("balances");
        putDecimal(balances, "available", account.available());
        putDecimal(balances, "current", account.current());
        putDecimal(balances, "limit", account.limit());
        putText(balances, "iso_currency_code", account.isoCurrencyCode());
        balances.putNull("unofficial_currency_code");
        if (investmentShape) {
            balances.putNull("margin_loan_amount");
        }
        putText(node, "mask", account.mask());
        node.put("name", account.name());
        putText(node, "official_name", account.officialName());
        node.put("type", account.type());
        putText(node, "subtype", account.subtype());
        return node;
    }

    private ObjectNode item(FakeItem item, boolean withConsentFields) {
        ObjectNode node = json.createObjectNode().put("item_id", item.itemId());
        node.put("institution_id", item.institutionId());
        node.put("institution_name", item.institutionName());
        node.putNull("webhook");
        node.putNull("auth_method");
        FakeFailure.PlaidError error = item.error();
        if (error == null) {
            node.putNull("error");
        } else {
            ObjectNode errorNode = node.putObject("error")
                    .put("error_type", error.errorType())
                    .put("error_code", error.errorCode())
                    .put("error_message", error.errorMessage());
            putText(errorNode, "display_message", error.displayMessage());
        }
        ArrayNode available = node.putArray("available_products");
        for (String product : List.of("balance", "identity", "investments", "transactions")) {
            if (!item.products().contains(product)) {
                available.add(product);
            }
        }
        ArrayNode billed = node.putArray("billed_products");
        item.products().forEach(billed::add);
        ArrayNode products = node.putArray("products");
        item.products().forEach(products::add);
        ArrayNode consented = node.putArray("consented_products");
        item.products().forEach(consented::add);
        node.putNull("consent_expiration_time");
        node.put("update_type", "background");
        if (withConsentFields) {
            node.put("created_at", instant(item.createdAt()));
        }
        return node;
    }

    private ObjectNode transaction(FakeTransaction row) {
        ObjectNode node = json.createObjectNode()
                .put("account_id", row.accountId())
                .putNull("account_owner")
                .put("amount", row.amount());
        putText(node, "iso_currency_code", row.isoCurrencyCode());
        node.putNull("unofficial_currency_code");
        node.putNull("check_number");
        node.putArray("counterparties");
        node.put("date", row.date().toString());
        node.putNull("datetime");
        putDate(node, "authorized_date", row.authorizedDate());
        node.putNull("authorized_datetime");
        ObjectNode location = node.putObject("location");
        for (String field :
                List.of("address", "city", "region", "postal_code", "country", "lat", "lon", "store_number")) {
            location.putNull(field);
        }
        node.put("name", row.name());
        putText(node, "merchant_name", row.merchantName());
        node.putNull("merchant_entity_id");
        node.putNull("logo_url");
        node.putNull("website");
        ObjectNode meta = node.putObject("payment_meta");
        for (String field : List.of(
                "by_order_of",
                "payee",
                "payer",
                "payment_method",
                "payment_processor",
                "ppd_id",
                "reason",
                "reference_number")) {
            meta.putNull(field);
        }
        node.put("payment_channel", row.paymentChannel());
        node.put("pending", row.pending());
        putText(node, "pending_transaction_id", row.pendingTransactionId());
        if (row.categoryPrimary() == null) {
            node.putNull("personal_finance_category");
        } else {
            node.putObject("personal_finance_category")
                    .put("primary", row.categoryPrimary())
                    .put("detailed", row.categoryDetailed() == null ? row.categoryPrimary() : row.categoryDetailed())
                    .put("confidence_level", "HIGH");
        }
        node.put("transaction_id", row.transactionId());
        node.putNull("transaction_code");
        node.put(
                "transaction_type",
                switch (row.paymentChannel()) {
                    case "online" -> "digital";
                    case "in store" -> "place";
                    default -> "special";
                });
        return node;
    }

    private ObjectNode security(FakeSecurity security) {
        ObjectNode node = json.createObjectNode().put("security_id", security.securityId());
        for (String field :
                List.of("isin", "cusip", "sedol", "institution_security_id", "institution_id", "proxy_security_id")) {
            node.putNull(field);
        }
        putText(node, "name", security.name());
        putText(node, "ticker_symbol", security.tickerSymbol());
        node.put("is_cash_equivalent", security.cashEquivalent());
        putText(node, "type", security.type());
        putText(node, "subtype", security.type());
        putDecimal(node, "close_price", security.closePrice());
        putDate(node, "close_price_as_of", security.closePriceAsOf());
        node.putNull("update_datetime");
        putText(node, "iso_currency_code", security.isoCurrencyCode());
        node.putNull("unofficial_currency_code");
        node.putNull("market_identifier_code");
        node.putNull("sector");
        node.putNull("industry");
        node.putNull("cfi_code");
        node.putNull("option_contract");
        node.putNull("fixed_income");
        return node;
    }

    private static String instant(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static void putDecimal(ObjectNode node, String field, BigDecimal value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static void putDate(ObjectNode node, String field, LocalDate value) {
        putText(node, field, value == null ? null : value.toString());
    }

    private static void putInstant(ObjectNode node, String field, Instant value) {
        putText(node, field, value == null ? null : instant(value));
    }

    /**
     * A position in an Item's change log: a settled position ({@code offset} 0: the next update starts at {@code
     * from}), or a page within the update from {@code from} to {@code to}, {@code offset} entries in. Opaque to
     * clients.
     */
    private record Cursor(int from, int to, int offset, int page) {

        String encode(String itemId) {
            String text = "v1|" + itemId + "|" + from + "|" + to + "|" + offset + "|" + page;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor, String itemId) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                String[] parts = text.split("\\|");
                if (parts.length != 6 || !parts[0].equals("v1") || !parts[1].equals(itemId)) {
                    return null;
                }
                return new Cursor(
                        Integer.parseInt(parts[2]),
                        Integer.parseInt(parts[3]),
                        Integer.parseInt(parts[4]),
                        Integer.parseInt(parts[5]));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}

package app.nestegg.sync.plaid;

import app.nestegg.sync.provider.AccessToken;
import app.nestegg.sync.provider.AnswerBodies;
import app.nestegg.sync.provider.BankProvider;
import app.nestegg.sync.provider.ProviderAccount;
import app.nestegg.sync.provider.ProviderAccountKind;
import app.nestegg.sync.provider.ProviderBalance;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderHolding;
import app.nestegg.sync.provider.ProviderKind;
import app.nestegg.sync.provider.ProviderTransaction;
import app.nestegg.sync.provider.RemovedTransaction;
import app.nestegg.sync.provider.SyncCursor;
import app.nestegg.sync.provider.TransactionChanges;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plaid over HTTPS with OkHttp and Jackson, API version 2020-09-14. Every call is a {@code POST} of a JSON body with the
 * app's credentials in the {@code PLAID-CLIENT-ID} and {@code PLAID-SECRET} headers and {@code Plaid-Version:
 * 2020-09-14}; every call has the connect, read, write and whole-call limits of {@link PlaidTimeouts}. Calls block, so
 * run them off the JavaFX thread. Money is read as {@link BigDecimal}, never as a double. Thread-safe.
 *
 * <p>Besides {@link BankProvider}, the Link calls: {@link #createLinkToken} (Hosted Link), {@link #linkTokenStatus},
 * {@link #exchangePublicToken}, {@link #createSandboxPublicToken} and {@link #item}. Sign rules are in {@link
 * PlaidAmounts}, error rules in {@link PlaidErrors}.
 */
public final class PlaidClient implements BankProvider {

    /** The API version every request asks for. */
    public static final String API_VERSION = "2020-09-14";
    /** The most {@code /transactions/sync} allows in one page. */
    public static final int SYNC_PAGE_SIZE = 500;
    /** Plaid's sandbox bank, First Platypus Bank. */
    public static final String SANDBOX_INSTITUTION = "ins_109508";

    private static final Logger LOG = LoggerFactory.getLogger(PlaidClient.class);
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Set<String> NO_HOLDINGS_CODES = Set.of("NO_INVESTMENT_ACCOUNTS", "PRODUCTS_NOT_SUPPORTED");

    private final PlaidSettings settings;
    private final OkHttpClient http;
    private final ObjectMapper json;

    /** A client with its own OkHttp client, trusting the system's certificate authorities. */
    public PlaidClient(PlaidSettings settings, PlaidTimeouts timeouts) {
        this(settings, new OkHttpClient(), timeouts);
    }

    /**
     * A client on {@code base}'s connection pool and TLS settings (tests inject one that trusts a test authority), with
     * {@code timeouts} applied on top. Certificate checks stay whatever {@code base} has; this class never turns them
     * off.
     */
    public PlaidClient(PlaidSettings settings, OkHttpClient base, PlaidTimeouts timeouts) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(timeouts, "timeouts");
        this.http = base.newBuilder()
                .connectTimeout(timeouts.connect().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeouts.read().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(timeouts.write().toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(timeouts.call().toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
        this.json = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.PLAID;
    }

    public PlaidSettings settings() {
        return settings;
    }

    // ---------------------------------------------------------------- BankProvider

    /** {@code /accounts/get}: the Item's accounts, with the bank's name when Plaid knows it. */
    @Override
    public List<ProviderAccount> accounts(AccessToken token) {
        PlaidResponse response = call("/accounts/get", withAccessToken(token), token.value());
        JsonNode item = response.optionalObject(response.root(), "item");
        String institutionName = response.optionalText(item, "institution_name");
        List<ProviderAccount> accounts = new ArrayList<>();
        for (JsonNode account : response.array(response.root(), "accounts")) {
            JsonNode balances = response.object(account, "balances");
            accounts.add(new ProviderAccount(
                    response.text(account, "account_id"),
                    response.text(account, "name"),
                    response.optionalText(account, "mask"),
                    PlaidAmounts.kind(response.text(account, "type")),
                    response.optionalText(account, "subtype"),
                    response.currency(balances),
                    institutionName));
        }
        return List.copyOf(accounts);
    }

    /**
     * {@code /accounts/balance/get}: balances fetched from the bank now, in the ledger's sign ({@link PlaidAmounts}). An
     * account for which Plaid sent neither a current nor an available amount is left out.
     */
    @Override
    public List<ProviderBalance> balances(AccessToken token) {
        PlaidResponse response = call("/accounts/balance/get", withAccessToken(token), token.value());
        List<ProviderBalance> balances = new ArrayList<>();
        for (JsonNode account : response.array(response.root(), "accounts")) {
            String accountId = response.text(account, "account_id");
            ProviderAccountKind kind = PlaidAmounts.kind(response.text(account, "type"));
            JsonNode plaid = response.object(account, "balances");
            BigDecimal current = PlaidAmounts.current(kind, response.optionalDecimal(plaid, "current"));
            BigDecimal available = response.optionalDecimal(plaid, "available");
            if (current == null && available == null) {
                LOG.debug("Plaid sent no balance for one account; left out");
                continue;
            }
            balances.add(new ProviderBalance(
                    accountId, current, available, response.optionalDecimal(plaid, "limit"), response.currency(plaid)));
        }
        return List.copyOf(balances);
    }

    /**
     * One {@code /transactions/sync} page of up to {@value #SYNC_PAGE_SIZE} changes after {@code cursor} ({@link
     * SyncCursor#START} sends no cursor, asking for the whole history). A new Item whose transactions are not ready
     * yet answers an empty page whose next cursor is {@link SyncCursor#START} again.
     */
    @Override
    public TransactionChanges transactionChanges(AccessToken token, SyncCursor cursor) {
        Objects.requireNonNull(cursor, "cursor");
        ObjectNode body = withAccessToken(token);
        if (!cursor.isStart()) {
            body.put("cursor", cursor.value());
        }
        body.put("count", SYNC_PAGE_SIZE);
        PlaidResponse response = call("/transactions/sync", body, token.value());
        JsonNode root = response.root();
        List<ProviderTransaction> added = new ArrayList<>();
        for (JsonNode row : response.array(root, "added")) {
            added.add(transaction(response, row));
        }
        List<ProviderTransaction> modified = new ArrayList<>();
        for (JsonNode row : response.array(root, "modified")) {
            modified.add(transaction(response, row));
        }
        List<RemovedTransaction> removed = new ArrayList<>();
        for (JsonNode row : response.array(root, "removed")) {
            removed.add(new RemovedTransaction(
                    response.text(row, "transaction_id"), response.optionalText(row, "account_id")));
        }
        String nextCursor = response.text(root, "next_cursor");
        boolean hasMore = response.bool(root, "has_more");
        LOG.debug(
                "Plaid sync page: {} added, {} modified, {} removed, more: {}, status {}",
                added.size(),
                modified.size(),
                removed.size(),
                hasMore,
                response.optionalText(root, "transactions_update_status"));
        return new TransactionChanges(added, modified, removed, new SyncCursor(nextCursor), hasMore);
    }

    /**
     * {@code /investments/holdings/get}, each holding joined with its security for the name and ticker. The price is the
     * institution's, dated by {@code institution_price_as_of} (or its date-time), else by the security's close-price
     * date when that close price is the same figure. Empty when the Item has no investment accounts.
     */
    @Override
    public List<ProviderHolding> holdings(AccessToken token) {
        PlaidResponse response;
        try {
            response = call("/investments/holdings/get", withAccessToken(token), token.value());
        } catch (ProviderException e) {
            if (e.errorCode() != null && NO_HOLDINGS_CODES.contains(e.errorCode())) {
                return List.of();
            }
            throw e;
        }
        Map<String, JsonNode> securities = new HashMap<>();
        for (JsonNode security : response.array(response.root(), "securities")) {
            securities.put(response.text(security, "security_id"), security);
        }
        List<ProviderHolding> holdings = new ArrayList<>();
        for (JsonNode holding : response.array(response.root(), "holdings")) {
            String securityId = response.text(holding, "security_id");
            JsonNode security = securities.get(securityId);
            BigDecimal price = response.decimal(holding, "institution_price");
            LocalDate priceDate = response.optionalDate(holding, "institution_price_as_of");
            if (priceDate == null) {
                var priceTime = response.optionalInstant(holding, "institution_price_datetime");
                priceDate = priceTime == null ? null : LocalDate.ofInstant(priceTime, java.time.ZoneOffset.UTC);
            }
            if (priceDate == null && security != null) {
                BigDecimal close = response.optionalDecimal(security, "close_price");
                if (close != null && close.compareTo(price) == 0) {
                    priceDate = response.optionalDate(security, "close_price_as_of");
                }
            }
            String currency = response.currency(holding);
            holdings.add(new ProviderHolding(
                    response.text(holding, "account_id"),
                    securityId,
                    security == null ? null : response.optionalText(security, "name"),
                    security == null ? null : response.optionalText(security, "ticker_symbol"),
                    response.decimal(holding, "quantity"),
                    price,
                    priceDate,
                    response.optionalDecimal(holding, "cost_basis"),
                    currency != null ? currency : response.currency(security),
                    security == null ? null : response.optionalText(security, "type"),
                    security != null && security.path("is_cash_equivalent").asBoolean(false)));
        }
        return List.copyOf(holdings);
    }

    /** {@code /item/remove}: the access token stops working; Plaid answers ITEM_NOT_FOUND for it afterwards. */
    @Override
    public void disconnect(AccessToken token) {
        call("/item/remove", withAccessToken(token), token.value());
    }

    // ---------------------------------------------------------------- Link

    /**
     * {@code /link/token/create} with Hosted Link on ({@code hosted_link: {}}, or with the completion redirect), for a
     * new Item or, with {@link PlaidLinkRequest#update}, in update mode (the access token, no products).
     */
    public LinkToken createLinkToken(PlaidLinkRequest request) {
        ObjectNode body = json.createObjectNode();
        body.put("client_name", request.clientName());
        body.put("language", request.language());
        ArrayNode countries = body.putArray("country_codes");
        request.countryCodes().forEach(countries::add);
        body.putObject("user").put("client_user_id", request.clientUserId());
        if (request.updateMode()) {
            body.put("access_token", request.updateAccessToken().value());
        } else {
            ArrayNode products = body.putArray("products");
            request.products().forEach(products::add);
            if (!request.optionalProducts().isEmpty()) {
                ArrayNode optional = body.putArray("optional_products");
                request.optionalProducts().forEach(optional::add);
            }
        }
        ObjectNode hostedLink = body.putObject("hosted_link");
        if (request.completionRedirectUri() != null) {
            hostedLink.put("completion_redirect_uri", request.completionRedirectUri());
        }
        String secret = request.updateMode() ? request.updateAccessToken().value() : null;
        PlaidResponse response = call("/link/token/create", body, secret);
        JsonNode root = response.root();
        return new LinkToken(
                response.text(root, "link_token"),
                response.optionalText(root, "hosted_link_url"),
                response.instant(root, "expiration"));
    }

    /**
     * {@code /link/token/get}: the public tokens of the sessions that linked an Item ({@code
     * link_sessions[].results.item_add_results[].public_token}, or the older {@code on_success.public_token}).
     */
    public LinkTokenStatus linkTokenStatus(LinkToken linkToken) {
        ObjectNode body = json.createObjectNode().put("link_token", linkToken.value());
        PlaidResponse response = call("/link/token/get", body, linkToken.value());
        List<PublicToken> tokens = new ArrayList<>();
        int finished = 0;
        boolean exited = false;
        for (JsonNode session : response.optionalArray(response.root(), "link_sessions")) {
            List<PublicToken> sessionTokens = new ArrayList<>();
            JsonNode results = response.optionalObject(session, "results");
            if (results != null) {
                for (JsonNode added : response.optionalArray(results, "item_add_results")) {
                    sessionTokens.add(new PublicToken(response.text(added, "public_token")));
                }
            }
            JsonNode onSuccess = response.optionalObject(session, "on_success");
            if (sessionTokens.isEmpty() && onSuccess != null) {
                sessionTokens.add(new PublicToken(response.text(onSuccess, "public_token")));
            }
            boolean sessionFinished = response.optionalText(session, "finished_at") != null;
            if (sessionFinished) {
                finished++;
            }
            boolean sessionExited = response.optionalObject(session, "exit") != null
                    || response.optionalObject(session, "on_exit") != null;
            if (sessionTokens.isEmpty() && sessionExited) {
                exited = true;
            }
            tokens.addAll(sessionTokens);
        }
        return new LinkTokenStatus(tokens, finished, exited);
    }

    /** {@code /item/public_token/exchange}: the Item's permanent access token and its id. */
    public PlaidItemAccess exchangePublicToken(PublicToken publicToken) {
        ObjectNode body = json.createObjectNode().put("public_token", publicToken.value());
        PlaidResponse response = call("/item/public_token/exchange", body, publicToken.value());
        String accessToken = response.text(response.root(), "access_token");
        return new PlaidItemAccess(new AccessToken(accessToken), response.text(response.root(), "item_id"));
    }

    /** {@code /sandbox/public_token/create} at First Platypus Bank with transactions: linking without Link. */
    public PublicToken createSandboxPublicToken() {
        return createSandboxPublicToken(SANDBOX_INSTITUTION, List.of("transactions"));
    }

    /**
     * {@code /sandbox/public_token/create}: a public token for a sandbox Item, without Link.
     *
     * @throws IllegalStateException outside the sandbox environment
     */
    public PublicToken createSandboxPublicToken(String institutionId, List<String> initialProducts) {
        if (settings.environment() != PlaidEnvironment.SANDBOX) {
            throw new IllegalStateException("sandbox public tokens exist only in the sandbox environment");
        }
        ObjectNode body = json.createObjectNode().put("institution_id", institutionId);
        ArrayNode products = body.putArray("initial_products");
        initialProducts.forEach(products::add);
        PlaidResponse response = call("/sandbox/public_token/create", body, null);
        return new PublicToken(response.text(response.root(), "public_token"));
    }

    /** {@code /item/get}: the Item's id, institution and current error, if any (ITEM_LOGIN_REQUIRED, for one). */
    public PlaidItem item(AccessToken token) {
        PlaidResponse response = call("/item/get", withAccessToken(token), token.value());
        JsonNode item = response.object(response.root(), "item");
        JsonNode error = response.optionalObject(item, "error");
        return new PlaidItem(
                response.text(item, "item_id"),
                response.optionalText(item, "institution_id"),
                response.optionalText(item, "institution_name"),
                error == null ? null : response.optionalText(error, "error_type"),
                error == null ? null : response.optionalText(error, "error_code"),
                error == null
                        ? null
                        : PlaidErrors.redact(response.optionalText(error, "display_message"), secrets(token.value())));
    }

    // ---------------------------------------------------------------- transport

    private ObjectNode withAccessToken(AccessToken token) {
        Objects.requireNonNull(token, "token");
        return json.createObjectNode().put("access_token", token.value());
    }

    private ProviderTransaction transaction(PlaidResponse response, JsonNode row) {
        String name = response.optionalText(row, "name");
        String merchant = response.optionalText(row, "merchant_name");
        JsonNode category = response.optionalObject(row, "personal_finance_category");
        return new ProviderTransaction(
                response.text(row, "transaction_id"),
                response.text(row, "account_id"),
                response.date(row, "date"),
                PlaidAmounts.transaction(response.decimal(row, "amount")),
                response.currency(row),
                name != null ? name : merchant != null ? merchant : "",
                merchant,
                response.bool(row, "pending"),
                response.optionalText(row, "pending_transaction_id"),
                category == null ? null : response.optionalText(category, "primary"));
    }

    private Set<String> secrets(String callSecret) {
        return callSecret == null
                ? Set.of(settings.secret().reveal())
                : Set.of(settings.secret().reveal(), callSecret);
    }

    /**
     * POSTs {@code body} to {@code endpoint} and returns the JSON answer, or throws the {@link ProviderException}
     * {@link PlaidErrors} makes of the failure.
     *
     * @param callSecret the token this call carries, hidden wherever Plaid's texts might repeat it; or null
     */
    private PlaidResponse call(String endpoint, ObjectNode body, String callSecret) {
        byte[] payload;
        try {
            payload = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a Plaid request", e);
        }
        Request request = new Request.Builder()
                .url(settings.baseUrl() + endpoint)
                .header("PLAID-CLIENT-ID", settings.clientId())
                .header("PLAID-SECRET", settings.secret().reveal())
                .header("Plaid-Version", API_VERSION)
                .header("User-Agent", "Nest Egg")
                .post(RequestBody.create(payload, JSON))
                .build();
        long started = System.nanoTime();
        int status;
        String contentType;
        byte[] answer;
        try (Response response = http.newCall(request).execute()) {
            status = response.code();
            ResponseBody responseBody = response.body();
            contentType = response.header("Content-Type");
            try {
                answer = AnswerBodies.read(responseBody);
            } catch (AnswerBodies.TooLargeException e) {
                throw PlaidErrors.malformed(endpoint, status, e.getMessage());
            }
        } catch (IOException e) {
            LOG.debug(
                    "Plaid {} failed without an answer: {}",
                    endpoint,
                    e.getClass().getSimpleName());
            throw PlaidErrors.network(endpoint, e);
        }
        LOG.debug(
                "Plaid {} answered HTTP {} ({} bytes) in {} ms",
                endpoint,
                status,
                answer.length,
                (System.nanoTime() - started) / 1_000_000);
        if (status < 200 || status >= 300) {
            throw PlaidErrors.fromErrorResponse(endpoint, status, contentType, answer, json, secrets(callSecret));
        }
        JsonNode root;
        try {
            root = json.readTree(answer);
        } catch (IOException e) {
            throw PlaidErrors.malformed(endpoint, status, PlaidErrors.describe(contentType, answer));
        }
        if (root == null || !root.isObject()) {
            throw PlaidErrors.malformed(endpoint, status, PlaidErrors.describe(contentType, answer));
        }
        return new PlaidResponse(endpoint, status, root);
    }
}

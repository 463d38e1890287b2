package app.nestegg.sync.provider;

import app.nestegg.sync.plaid.LinkToken;
import app.nestegg.sync.plaid.PlaidClient;
import app.nestegg.sync.plaid.PlaidEnvironment;
import app.nestegg.sync.plaid.PlaidSettings;
import app.nestegg.sync.plaid.PlaidTimeouts;
import app.nestegg.sync.plaid.PublicToken;
import app.nestegg.sync.teller.TellerClient;
import app.nestegg.sync.teller.TellerEnvironment;
import app.nestegg.sync.teller.TellerSettings;
import app.nestegg.sync.teller.TellerTls;
import app.nestegg.vault.fuzz.SeedDamage;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Whatever a bank provider answers (any status, any body) our Plaid and Teller clients turn into a value or a
 * {@link ProviderException}; no other exception, hang or runaway allocation (ADR 0038). The answer comes from an
 * OkHttp interceptor, so the real client code reads it without a socket; after {@link #ANSWERS} calls it answers
 * HTTP 500, so a fuzzed "there is more" cannot page forever.
 *
 * <p>Input layout: the last byte picks the status, the one before it the call, the rest is the body.
 */
class ProviderAnswersFuzzTest {

    private static final int ANSWERS = 6;
    private static final int[] STATUSES = {200, 200, 200, 400, 401, 404, 429, 500, 503};
    private static final MediaType JSON = MediaType.get("application/json");
    private static final AccessToken TOKEN = new AccessToken("access-sandbox-fuzz");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private static final SeedDamage PLAID =
            SeedDamage.of(ProviderAnswersFuzzTest.class, "plaidAnswersAreReadOrRefused");
    private static final SeedDamage TELLER =
            SeedDamage.of(ProviderAnswersFuzzTest.class, "tellerAnswersAreReadOrRefused");
    private static final TellerTls TELLER_TLS = TellerTls.create(null);

    private static final List<Consumer<PlaidClient>> PLAID_CALLS = List.of(
            plaid -> plaid.accounts(TOKEN),
            plaid -> plaid.balances(TOKEN),
            plaid -> plaid.transactionChanges(TOKEN, SyncCursor.START),
            plaid -> plaid.holdings(TOKEN),
            plaid -> plaid.linkTokenStatus(new LinkToken("link-sandbox-fuzz", null, Instant.EPOCH)),
            plaid -> plaid.exchangePublicToken(new PublicToken("public-sandbox-fuzz")));

    private static final List<Consumer<TellerClient>> TELLER_CALLS = List.of(
            teller -> teller.accounts(TOKEN),
            teller -> teller.balances(TOKEN),
            teller -> teller.transactionChanges(TOKEN, SyncCursor.START),
            teller -> teller.holdings(TOKEN));

    @FuzzTest(maxDuration = "10s")
    void plaidAnswersAreReadOrRefused(byte[] raw) {
        byte[] data = PLAID.input(raw);
        Consumer<PlaidClient> call = PLAID_CALLS.get(pick(data, 2, PLAID_CALLS.size()));
        OkHttpClient http = answering(STATUSES[pick(data, 1, STATUSES.length)], body(data));
        PlaidSettings settings = new PlaidSettings(PlaidEnvironment.SANDBOX, "client-fuzz", "secret-fuzz");
        PLAID.keepIfItFails(
                data,
                () -> expectOnlyProviderException(
                        () -> call.accept(new PlaidClient(settings, http, PlaidTimeouts.all(Duration.ofSeconds(5))))));
    }

    @FuzzTest(maxDuration = "10s")
    void tellerAnswersAreReadOrRefused(byte[] raw) {
        byte[] data = TELLER.input(raw);
        Consumer<TellerClient> call = TELLER_CALLS.get(pick(data, 2, TELLER_CALLS.size()));
        OkHttpClient http = answering(STATUSES[pick(data, 1, STATUSES.length)], body(data));
        TellerSettings settings = new TellerSettings(null, null, null, TellerEnvironment.SANDBOX);
        TELLER.keepIfItFails(
                data,
                () -> expectOnlyProviderException(() -> call.accept(
                        new TellerClient(settings, TELLER_TLS, http, CLOCK, TellerClient.DEFAULT_PAGE_SIZE))));
    }

    /** The choice that the byte {@code fromEnd} places before the end makes among {@code choices}. */
    private static int pick(byte[] data, int fromEnd, int choices) {
        return data.length < fromEnd ? 0 : Byte.toUnsignedInt(data[data.length - fromEnd]) % choices;
    }

    private static byte[] body(byte[] data) {
        return Arrays.copyOf(data, Math.max(0, data.length - 2));
    }

    /** A client whose every call gets {@code body} with {@code status}, up to {@link #ANSWERS} calls. */
    private static OkHttpClient answering(int status, byte[] body) {
        int[] calls = {0};
        Interceptor answer = chain -> {
            boolean fuzzed = calls[0]++ < ANSWERS;
            return new Response.Builder()
                    .request(chain.request())
                    .protocol(Protocol.HTTP_1_1)
                    .code(fuzzed ? status : 500)
                    .message("fuzzed")
                    .body(ResponseBody.create(fuzzed ? body : new byte[0], JSON))
                    .build();
        };
        return new OkHttpClient.Builder().addInterceptor(answer).build();
    }

    private static void expectOnlyProviderException(Runnable call) {
        try {
            call.run();
        } catch (ProviderException expected) {
            // Refusing the answer with a message is the correct outcome.
        }
    }
}

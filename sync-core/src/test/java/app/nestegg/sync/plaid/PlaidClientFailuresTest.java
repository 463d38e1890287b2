package app.nestegg.sync.plaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.sync.fake.plaid.FakeFailure;
import app.nestegg.sync.fake.plaid.FakeItem;
import app.nestegg.sync.fake.plaid.FakePlaidExtension;
import app.nestegg.sync.fake.plaid.FakePlaidServer;
import app.nestegg.sync.provider.AccessToken;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderFailure;
import app.nestegg.sync.provider.SyncCursor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each scripted failure becomes the right ProviderFailure, with Plaid's codes kept and no secret in any message. */
class PlaidClientFailuresTest {

    @RegisterExtension
    final FakePlaidExtension plaid = new FakePlaidExtension();

    static Stream<Arguments> scriptedFailures() {
        return Stream.of(
                Arguments.of(
                        FakeFailure.transactionsSyncLimit(),
                        ProviderFailure.RATE_LIMITED,
                        429,
                        "TRANSACTIONS_SYNC_LIMIT"),
                Arguments.of(
                        FakeFailure.itemLoginRequired(), ProviderFailure.LOGIN_REQUIRED, 400, "ITEM_LOGIN_REQUIRED"),
                Arguments.of(FakeFailure.internalServerError(), ProviderFailure.OUTAGE, 500, "INTERNAL_SERVER_ERROR"),
                Arguments.of(FakeFailure.institutionDown(), ProviderFailure.OUTAGE, 400, "INSTITUTION_DOWN"));
    }

    @ParameterizedTest
    @MethodSource("scriptedFailures")
    void aScriptedPlaidErrorIsMappedWithItsCodesAndRequestId(
            FakeFailure failure, ProviderFailure expected, int status, String code) {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createItem();
        fake.failNext("/transactions/sync", failure);
        PlaidClient client = PlaidTestClients.client(fake);
        var plaidError = (FakeFailure.PlaidError) failure;

        assertThatThrownBy(() -> client.transactionChanges(new AccessToken(item.accessToken()), SyncCursor.START))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(expected);
                    assertThat(e.httpStatus()).isEqualTo(status);
                    assertThat(e.errorCode()).isEqualTo(code);
                    assertThat(e.errorType()).isEqualTo(plaidError.errorType());
                    assertThat(e.displayMessage())
                            .isEqualTo(plaidError.displayMessage())
                            .isNotBlank();
                    assertThat(e.userMessage()).isEqualTo(plaidError.displayMessage());
                    assertThat(e.requestId()).hasSize(15);
                    assertThat(e.getMessage())
                            .contains("/transactions/sync", code, e.requestId(), String.valueOf(status));
                });
        assertThat(client.transactionChanges(new AccessToken(item.accessToken()), SyncCursor.START)
                        .size())
                .as("the failure was scripted once")
                .isPositive();
    }

    @Test
    void anItemWhoseLoginBrokeAnswersLoginRequiredOnEveryDataCall() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createItem();
        item.breakLogin();
        PlaidClient client = PlaidTestClients.client(fake);
        AccessToken token = new AccessToken(item.accessToken());

        for (Runnable call : List.<Runnable>of(
                () -> client.accounts(token), () -> client.balances(token), () -> client.holdings(token))) {
            assertThatThrownBy(call::run)
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure()).isEqualTo(ProviderFailure.LOGIN_REQUIRED));
        }
    }

    @Test
    void malformedJsonIsAMalformedResponseWithTheStatus() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createItem();
        fake.failNext("/accounts/get", FakeFailure.malformedJson());

        assertThatThrownBy(() -> PlaidTestClients.client(fake).accounts(new AccessToken(item.accessToken())))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ProviderFailure.MALFORMED_RESPONSE);
                    assertThat(e.httpStatus()).isEqualTo(200);
                    assertThat(e.errorCode()).isNull();
                    assertThat(e.getMessage()).contains("unreadable body").doesNotContain("A1");
                });
    }

    @Test
    void anHtmlErrorPageIsAMalformedResponseWithItsStatus() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createItem();
        fake.failNext("/transactions/sync", FakeFailure.htmlPage(502));

        assertThatThrownBy(() -> PlaidTestClients.client(fake)
                        .transactionChanges(new AccessToken(item.accessToken()), SyncCursor.START))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ProviderFailure.MALFORMED_RESPONSE);
                    assertThat(e.httpStatus()).isEqualTo(502);
                    assertThat(e.getMessage()).contains("HTTP 502", "text/html").doesNotContain("<html>");
                });
    }

    @Test
    void anAnswerSlowerThanTheTimeoutIsANetworkFailure() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createItem();
        fake.failNext("/accounts/get", FakeFailure.slow(Duration.ofSeconds(5)));
        PlaidClient client = PlaidTestClients.client(fake, PlaidTimeouts.all(Duration.ofMillis(400)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> client.accounts(new AccessToken(item.accessToken())))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ProviderFailure.NETWORK);
                    assertThat(e.httpStatus()).isZero();
                    assertThat(e.getMessage()).contains("timed out");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void wrongAppCredentialsAreBadCredentials() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createItem();
        PlaidClient client = new PlaidClient(
                new PlaidSettings(PlaidEnvironment.SANDBOX, FakePlaidServer.CLIENT_ID, "wrong-secret", fake.baseUrl()),
                PlaidTestClients.TIMEOUTS);

        assertThatThrownBy(() -> client.accounts(new AccessToken(item.accessToken())))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ProviderFailure.BAD_CREDENTIALS);
                    assertThat(e.errorCode()).isEqualTo("INVALID_API_KEYS");
                    assertThat(e.getMessage()).doesNotContain("wrong-secret");
                });
    }

    @Test
    void anUnknownOrOtherEnvironmentTokenIsAccessRevoked() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createItem();
        PlaidClient client = PlaidTestClients.client(fake);
        String production = item.accessToken().replace("access-sandbox-", "access-production-");

        for (String token : List.of(production, "access-sandbox-00000000-0000-0000-0000-000000000000")) {
            assertThatThrownBy(() -> client.accounts(new AccessToken(token)))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.failure()).isEqualTo(ProviderFailure.ACCESS_REVOKED);
                        assertThat(e.errorCode()).isEqualTo("INVALID_ACCESS_TOKEN");
                    });
        }
    }

    @Test
    void noFailureMessageEverHoldsTheAccessTokenOrTheSecret() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createItem();
        AccessToken token = new AccessToken(item.accessToken());
        PlaidClient client = PlaidTestClients.client(fake);
        List<FakeFailure> failures = new ArrayList<>(List.of(
                FakeFailure.transactionsSyncLimit(),
                FakeFailure.itemLoginRequired(),
                FakeFailure.internalServerError(),
                FakeFailure.institutionDown(),
                FakeFailure.malformedJson(),
                FakeFailure.htmlPage(502),
                // A misbehaving server that quotes the credentials back: the client hides them.
                new FakeFailure.PlaidError(
                        400,
                        "INVALID_REQUEST",
                        "INVALID_FIELD",
                        "bad token " + item.accessToken() + " with secret " + FakePlaidServer.SECRET,
                        "Token " + item.accessToken() + " refused"),
                FakeFailure.slow(Duration.ofSeconds(3))));
        List<ProviderException> caught = new ArrayList<>();
        PlaidClient impatient = PlaidTestClients.client(fake, PlaidTimeouts.all(Duration.ofMillis(300)));
        for (FakeFailure failure : failures) {
            fake.failNext("*", failure);
            PlaidClient used = failure instanceof FakeFailure.Slow ? impatient : client;
            caught.add(catchProvider(() -> used.transactionChanges(token, SyncCursor.START)));
        }
        item.breakLogin();
        caught.add(catchProvider(() -> client.accounts(token)));
        client.disconnect(token);
        caught.add(catchProvider(() -> client.balances(token)));
        caught.add(catchProvider(() -> new PlaidClient(
                        new PlaidSettings(
                                PlaidEnvironment.SANDBOX, "x", FakePlaidServer.SECRET + "-old", fake.baseUrl()),
                        PlaidTestClients.TIMEOUTS)
                .accounts(token)));

        assertThat(caught).hasSize(failures.size() + 3).allSatisfy(e -> {
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage()))
                        .doesNotContain(item.accessToken())
                        .doesNotContain(FakePlaidServer.SECRET);
                assertThat(t.toString()).doesNotContain(item.accessToken()).doesNotContain(FakePlaidServer.SECRET);
            }
            assertThat(String.valueOf(e.displayMessage())).doesNotContain(item.accessToken());
            assertThat(e.userMessage()).doesNotContain(item.accessToken());
        });
        assertThat(caught.get(6).getMessage()).contains("bad token [hidden] with secret [hidden]");
    }

    @Test
    void credentialsTravelAsHeadersWithThePlaidVersionAndNeverInTheBody() {
        FakePlaidServer fake = plaid.server();
        FakeItem item = fake.createItem();
        PlaidClient client = PlaidTestClients.client(fake);
        AccessToken token = new AccessToken(item.accessToken());
        client.accounts(token);
        client.balances(token);
        client.transactionChanges(token, SyncCursor.START);
        client.holdings(token);
        client.item(token);
        client.createLinkToken(PlaidLinkRequest.newItem("Nest Egg", "u1"));
        client.disconnect(token);

        assertThat(fake.exchanges()).hasSize(7).allSatisfy(exchange -> {
            assertThat(exchange.method()).isEqualTo("POST");
            assertThat(exchange.header("PLAID-CLIENT-ID")).isEqualTo(FakePlaidServer.CLIENT_ID);
            assertThat(exchange.header("PLAID-SECRET")).isEqualTo(FakePlaidServer.SECRET);
            assertThat(exchange.header("Plaid-Version")).isEqualTo("2020-09-14");
            assertThat(exchange.header("Content-Type")).isEqualTo("application/json");
            assertThat(exchange.body()).doesNotContain("client_id").doesNotContain("\"secret\"");
        });
        assertThat(fake.validatedExchanges()).isEqualTo(7);
    }

    private static ProviderException catchProvider(Runnable call) {
        try {
            call.run();
        } catch (ProviderException e) {
            return e;
        }
        throw new AssertionError("expected a ProviderException");
    }

    /** Plain-http fakes are the tests' convenience; over TLS the client trusts what its OkHttp client trusts. */
    static final class Tls {
        static final HeldCertificate CA = new HeldCertificate.Builder()
                .certificateAuthority(0)
                .commonName("Nest Egg test CA")
                .build();
        static final HeldCertificate SERVER = new HeldCertificate.Builder()
                .signedBy(CA)
                .addSubjectAlternativeName("localhost")
                .addSubjectAlternativeName("127.0.0.1")
                .build();
        static final HandshakeCertificates SERVER_CERTIFICATES =
                new HandshakeCertificates.Builder().heldCertificate(SERVER).build();
    }

    @RegisterExtension
    final FakePlaidExtension tlsPlaid =
            new FakePlaidExtension(builder -> builder.https(Tls.SERVER_CERTIFICATES.sslSocketFactory()));

    @Test
    void overTlsTheInjectedClientTrustsTheTestAuthorityAndTheDefaultOneDoesNot() {
        FakePlaidServer fake = tlsPlaid.server();
        FakeItem item = fake.createItem();
        assertThat(fake.baseUrl()).startsWith("https://");
        HandshakeCertificates trust = new HandshakeCertificates.Builder()
                .addTrustedCertificate(Tls.CA.certificate())
                .build();
        OkHttpClient trusting = new OkHttpClient.Builder()
                .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager())
                .build();
        PlaidSettings settings = PlaidTestClients.settings(fake);

        assertThat(new PlaidClient(settings, trusting, PlaidTestClients.TIMEOUTS)
                        .accounts(new AccessToken(item.accessToken())))
                .hasSize(6);
        assertThatThrownBy(() -> new PlaidClient(settings, PlaidTestClients.TIMEOUTS)
                        .accounts(new AccessToken(item.accessToken())))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.failure()).isEqualTo(ProviderFailure.NETWORK));
    }
}

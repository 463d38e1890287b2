package app.nestegg.sync.teller;

import static app.nestegg.sync.teller.TellerTestClients.SANDBOX_TOKEN;
import static app.nestegg.sync.teller.TellerTestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.sync.fake.teller.FakeTellerAccount;
import app.nestegg.sync.fake.teller.FakeTellerCertificates;
import app.nestegg.sync.fake.teller.FakeTellerServer;
import app.nestegg.sync.provider.AccessToken;
import app.nestegg.sync.provider.ProviderAccount;
import app.nestegg.sync.provider.ProviderAccountKind;
import app.nestegg.sync.provider.ProviderBalance;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderFailure;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TellerClientTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @TempDir
    static Path dir;

    private static FakeTellerCertificates certificates;
    private static TellerIdentity.PemFiles pem;
    private static TellerIdentity.Pkcs12File pkcs12;

    private FakeTellerServer fake;

    @BeforeAll
    static void writeClientCertificateFiles() throws Exception {
        certificates = FakeTellerCertificates.create();
        pem = new TellerIdentity.PemFiles(dir.resolve("certificate.pem"), dir.resolve("private_key.pem"));
        FakeTellerCertificates.writePem(certificates.client(), pem.certificate(), pem.privateKey());
        pkcs12 = new TellerIdentity.Pkcs12File(dir.resolve("teller.p12"), "p12-pass".toCharArray());
        FakeTellerCertificates.writePkcs12(certificates.client(), pkcs12.file(), "p12-pass".toCharArray());
    }

    @BeforeEach
    void startFake() throws Exception {
        fake = FakeTellerServer.start(certificates);
        FakeTellerAccount checking = FakeTellerAccount.checking("acc_check", "Everyday Checking", "3390")
                .balances("2417.80", "2392.80");
        FakeTellerAccount card = FakeTellerAccount.creditCard("acc_card", "Cashback Card", "8812")
                .balances("120.00", "4880.00");
        FakeTellerAccount savings = FakeTellerAccount.withoutBalances("acc_save", "Rainy Day", "1001");
        fake.enroll(TOKEN, checking, card, savings);
        fake.enroll(SANDBOX_TOKEN, FakeTellerAccount.checking("acc_sandbox", "Sandbox Checking", "0000"));
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    static Stream<TellerIdentity> identities() {
        return Stream.of(pem, pkcs12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identities")
    void accountsAreReadOverMutualTls(TellerIdentity identity) {
        List<ProviderAccount> accounts = client(identity).accounts(new AccessToken(TOKEN));

        assertThat(accounts)
                .containsExactly(
                        new ProviderAccount(
                                "acc_check",
                                "Everyday Checking",
                                "3390",
                                ProviderAccountKind.DEPOSITORY,
                                "checking",
                                "USD",
                                "Maple Credit Union"),
                        new ProviderAccount(
                                "acc_card",
                                "Cashback Card",
                                "8812",
                                ProviderAccountKind.CREDIT,
                                "credit_card",
                                "USD",
                                "Maple Credit Union"),
                        new ProviderAccount(
                                "acc_save",
                                "Rainy Day",
                                "1001",
                                ProviderAccountKind.DEPOSITORY,
                                "savings",
                                "USD",
                                "Maple Credit Union"));
        RecordedRequest request = fake.requests().getFirst();
        assertThat(request.getHandshake().peerCertificates())
                .containsExactly(certificates.client().certificate());
        assertThat(request.getHeaders().get("Authorization")).isEqualTo(Credentials.basic(TOKEN, ""));
        assertThat(request.getHeaders().get("Teller-Version")).isEqualTo("2020-10-12");
    }

    @Test
    void withoutClientCertificateALiveTokenIsRefusedAsBadCredentials() {
        assertThatThrownBy(() -> client(null).accounts(new AccessToken(TOKEN)))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ProviderFailure.BAD_CREDENTIALS);
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.errorCode()).isEqualTo("bad_request");
                });
    }

    @Test
    void sandboxTokenNeedsNoClientCertificate() {
        assertThat(client(null).accounts(new AccessToken(SANDBOX_TOKEN)))
                .extracting(ProviderAccount::id)
                .containsExactly("acc_sandbox");
    }

    @Test
    void serverOutsideTheTrustedAuthoritiesIsRefused() {
        TellerSettings settings = new TellerSettings(fake.baseUrl(), pem, null, TellerEnvironment.DEVELOPMENT);
        TellerClient systemTrustOnly = new TellerClient(
                settings, TellerTls.create(pem), new OkHttpClient(), Clock.systemUTC(), TellerClient.DEFAULT_PAGE_SIZE);

        assertThatThrownBy(() -> systemTrustOnly.accounts(new AccessToken(TOKEN)))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.failure()).isEqualTo(ProviderFailure.NETWORK))
                .hasMessageContaining("TLS handshake");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void balancesAreInTheLedgersSignPerAccountType() {
        List<ProviderBalance> balances = client(pem).balances(new AccessToken(TOKEN));

        assertThat(balances)
                .usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                        .build())
                .containsExactly(
                        new ProviderBalance(
                                "acc_check", new BigDecimal("2417.80"), new BigDecimal("2392.80"), null, "USD"),
                        new ProviderBalance(
                                "acc_card", new BigDecimal("-120.00"), new BigDecimal("4880.00"), null, "USD"));
        assertThat(fake.requestsTo("/acc_save/balances")).isEmpty();
    }

    @Test
    void unknownTokenMeansAccessRevoked() {
        assertThatThrownBy(() -> client(pem).accounts(new AccessToken("token_unknown")))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ProviderFailure.ACCESS_REVOKED);
                    assertThat(e.httpStatus()).isEqualTo(403);
                });
    }

    @Test
    void disconnectDeletesTheEnrollmentSoTheTokenStopsWorking() {
        TellerClient client = client(pem);

        client.disconnect(new AccessToken(TOKEN));

        assertThat(fake.requests().getLast().getMethod()).isEqualTo("DELETE");
        assertThat(fake.requests().getLast().getUrl().encodedPath()).isEqualTo("/accounts");
        assertThatThrownBy(() -> client.accounts(new AccessToken(TOKEN)))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isEqualTo(ProviderFailure.ACCESS_REVOKED));
    }

    @Test
    void tellerHasNoHoldings() {
        assertThat(client(pem).holdings(new AccessToken(TOKEN))).isEmpty();
        assertThat(fake.requests()).isEmpty();
    }

    private TellerClient client(TellerIdentity identity) {
        return TellerTestClients.client(fake, certificates, identity, TODAY);
    }
}

package app.nestegg.sync.teller;

import static app.nestegg.sync.teller.TellerTestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.sync.fake.teller.FakeTellerAccount;
import app.nestegg.sync.fake.teller.FakeTellerCertificates;
import app.nestegg.sync.fake.teller.FakeTellerFailure;
import app.nestegg.sync.fake.teller.FakeTellerServer;
import app.nestegg.sync.provider.AccessToken;
import app.nestegg.sync.provider.ProviderBalance;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderFailure;
import app.nestegg.sync.provider.SyncCursor;
import app.nestegg.sync.provider.TransactionChanges;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/** Every failure the fake can script, as the client reports it; and the token in none of it. */
class TellerFailuresTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @TempDir
    static Path dir;

    private static FakeTellerCertificates certificates;
    private static TellerIdentity.PemFiles pem;

    private FakeTellerServer fake;
    private ListAppender<ILoggingEvent> logs;

    @BeforeAll
    static void writeClientCertificateFiles() throws Exception {
        certificates = FakeTellerCertificates.create();
        pem = new TellerIdentity.PemFiles(dir.resolve("certificate.pem"), dir.resolve("private_key.pem"));
        FakeTellerCertificates.writePem(certificates.client(), pem.certificate(), pem.privateKey());
    }

    @BeforeEach
    void startFake() throws Exception {
        fake = FakeTellerServer.start(certificates);
        fake.enroll(
                TOKEN,
                FakeTellerAccount.checking("acc_check", "Checking", "3390")
                        .balances("10.00", "10.00")
                        .generate(3, TODAY, "txn_c"),
                FakeTellerAccount.creditCard("acc_card", "Card", "8812")
                        .balances("5.00", "95.00")
                        .generate(2, TODAY, "txn_k"));
        logs = new ListAppender<>();
        logs.start();
        Logger logger = (Logger) LoggerFactory.getLogger("app.nestegg");
        logger.setLevel(Level.DEBUG);
        logger.addAppender(logs);
    }

    @AfterEach
    void stopFake() {
        ((Logger) LoggerFactory.getLogger("app.nestegg")).detachAppender(logs);
        fake.close();
    }

    static Stream<Arguments> scriptedFailures() {
        return Stream.of(
                Arguments.of(
                        FakeTellerFailure.error(
                                404,
                                "enrollment.disconnected.user_action.mfa_required",
                                "Complete a new MFA challenge."),
                        ProviderFailure.LOGIN_REQUIRED),
                Arguments.of(
                        FakeTellerFailure.error(
                                403, "enrollment.disconnected.credentials_invalid", "The password has changed."),
                        ProviderFailure.LOGIN_REQUIRED),
                Arguments.of(
                        FakeTellerFailure.error(429, "rate_limited", "Too many requests."),
                        ProviderFailure.RATE_LIMITED),
                Arguments.of(
                        FakeTellerFailure.error(502, "bank_unavailable", "The bank is unavailable."),
                        ProviderFailure.OUTAGE),
                Arguments.of(
                        FakeTellerFailure.error(410, "account.closed", "The account is closed."),
                        ProviderFailure.OTHER));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("scriptedFailures")
    void scriptedErrorOnAccountsKeepsTellersWords(FakeTellerFailure failure, ProviderFailure expected) {
        fake.script("GET /accounts", failure);

        assertThatThrownBy(() -> client().accounts(new AccessToken(TOKEN)))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(expected);
                    assertThat(e.httpStatus()).isEqualTo(failure.status());
                    assertThat(e.displayMessage()).isNotBlank();
                    assertThat(failure.body()).contains(e.errorCode(), e.displayMessage());
                });
    }

    @Test
    void malformedBodyIsReportedAsSuch() {
        fake.script("GET /accounts", FakeTellerFailure.malformed());

        assertThatThrownBy(() -> client().accounts(new AccessToken(TOKEN)))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isEqualTo(ProviderFailure.MALFORMED_RESPONSE))
                .hasMessageContaining("GET /accounts");
    }

    @Test
    void closedAccountsBalanceIsSkippedAndTheOthersAreRead() {
        fake.script("GET /accounts/acc_check/balances", FakeTellerFailure.error(410, "account.closed", "Closed."));

        List<ProviderBalance> balances = client().balances(new AccessToken(TOKEN));

        assertThat(balances).extracting(ProviderBalance::accountId).containsExactly("acc_card");
    }

    @Test
    void accountClosedDuringASyncIsSkippedAndTheOthersAreRead() {
        fake.script("GET /accounts/acc_check/transactions", FakeTellerFailure.error(410, "account.closed", "Closed."));

        List<String> ids = new ArrayList<>();
        SyncCursor cursor = SyncCursor.START;
        TransactionChanges page;
        do {
            page = client().transactionChanges(new AccessToken(TOKEN), cursor);
            page.added().forEach(t -> ids.add(t.id()));
            cursor = page.nextCursor();
        } while (page.hasMore());

        assertThat(ids).containsExactlyInAnyOrder("txn_k_0", "txn_k_1");
    }

    @Test
    void slowFirstTransactionsCallIsTriedOnceMore() {
        fake.script("GET /accounts/acc_check/transactions", FakeTellerFailure.slow(Duration.ofMillis(1500)));
        TellerClient client = TellerTestClients.client(fake, certificates, pem, TODAY, 100, Duration.ofMillis(400));

        TransactionChanges page = client.transactionChanges(new AccessToken(TOKEN), SyncCursor.START);

        assertThat(page.added()).hasSize(3);
        assertThat(fake.requestsTo("/acc_check/transactions")).hasSize(2);
    }

    @Test
    void secondTimeoutInARowIsANetworkFailure() {
        fake.script("GET /accounts/acc_check/transactions", FakeTellerFailure.slow(Duration.ofMillis(1500)));
        fake.script("GET /accounts/acc_check/transactions", FakeTellerFailure.slow(Duration.ofMillis(1500)));
        TellerClient client = TellerTestClients.client(fake, certificates, pem, TODAY, 100, Duration.ofMillis(400));

        assertThatThrownBy(() -> client.transactionChanges(new AccessToken(TOKEN), SyncCursor.START))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.failure()).isEqualTo(ProviderFailure.NETWORK))
                .hasMessageContaining("timed out");
    }

    @Test
    void tokenAppearsInNoMessageAndNoLogLine() {
        List<Throwable> failures = new ArrayList<>();
        scriptedFailures().forEach(arguments -> {
            fake.script("GET /accounts", (FakeTellerFailure) arguments.get()[0]);
            failures.add(catchFailure(() -> client().accounts(new AccessToken(TOKEN))));
        });
        fake.script("GET /accounts", FakeTellerFailure.malformed());
        failures.add(catchFailure(() -> client().accounts(new AccessToken(TOKEN))));
        failures.add(catchFailure(
                () -> TellerTestClients.client(fake, certificates, null, TODAY).accounts(new AccessToken(TOKEN))));
        failures.add(catchFailure(() -> client().accounts(new AccessToken(TOKEN + "x"))));

        assertThat(failures).hasSize(8).doesNotContainNull();
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(TOKEN);
                assertThat(t.toString()).doesNotContain(TOKEN);
            }
        }
        assertThat(logs.list).isNotEmpty();
        assertThat(logs.list)
                .allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain(TOKEN));
    }

    private static Throwable catchFailure(Runnable call) {
        try {
            call.run();
            return null;
        } catch (ProviderException e) {
            return e;
        }
    }

    private TellerClient client() {
        return TellerTestClients.client(fake, certificates, pem, TODAY);
    }
}

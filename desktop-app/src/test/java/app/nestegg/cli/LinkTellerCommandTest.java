package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import app.nestegg.sync.fake.teller.FakeTellerAccount;
import app.nestegg.sync.fake.teller.FakeTellerCertificates;
import app.nestegg.sync.fake.teller.FakeTellerConnect;
import app.nestegg.sync.fake.teller.FakeTellerServer;
import app.nestegg.sync.fake.teller.FakeTellerTransaction;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code link teller}: the test plays the browser, posting to the command's loopback page what Teller Connect hands
 * back; the first sync then reads the fake Teller over HTTPS, trusting the fake's test authority.
 */
class LinkTellerCommandTest {

    private static final String TOKEN = "test_token_ky6igyqi3qxa4";

    private static FakeTellerCertificates certificates;

    @TempDir
    Path root;

    CliRunner cli;
    FakeTellerServer teller;

    @BeforeAll
    static void createCertificates() {
        certificates = FakeTellerCertificates.create();
    }

    @BeforeEach
    void setUp() throws IOException {
        teller = FakeTellerServer.start(certificates);
        FakeTellerAccount checking = FakeTellerAccount.checking("acc_check", "Checking", "3390");
        checking.balances("987.50", "950.00");
        checking.add(FakeTellerTransaction.posted("txn_1", LocalDate.of(2030, 1, 10), "-12.50", "Coffee"));
        teller.enroll(TOKEN, checking);
        cli = new CliRunner(root);
        cli.init();
        cli.environment.put("TELLER_BASE_URL", teller.baseUrl());
        cli.environment.put("TELLER_APPLICATION_ID", "app_pq72test");
        cli.environment.put("TELLER_ENV", "sandbox");
        cli.bankAuthorities = List.of(certificates.authorityCertificate());
    }

    @AfterEach
    void stop() {
        teller.close();
    }

    @Test
    void theEnrollmentThePagePostsIsStoredAndSynced() {
        cli.browser = page -> {
            FakeTellerConnect.enroll(page, TOKEN, "enr_pq72gz0t6nq1", "Maple Credit Union");
            return false;
        };

        Result link = cli.runUnlocked("link", "teller");

        assertThat(link.code()).as(link.toString()).isZero();
        assertThat(link.out())
                .contains("Open this page to link your bank: http://127.0.0.1:")
                .contains("Linked Maple Credit Union")
                .contains("Checking: 1 added, 0 modified, 0 removed, 0 matched")
                .contains("Status: active");
        Result connections = cli.runUnlocked("connections", "--json");
        JsonNode connection = BankFixture.parse(connections.out()).get(0);
        assertThat(connection.get("provider").asText()).isEqualTo("TELLER");
        assertThat(connection.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(connection.get("accounts")).extracting(JsonNode::asText).containsExactly("Checking");
        assertThat(teller.requestsTo("/accounts")).isNotEmpty();
        assertNoToken(link, connections);
    }

    @Test
    void closingTellerConnectExits6AndAddsNothing() {
        cli.browser = page -> {
            FakeTellerConnect.exit(page);
            return false;
        };

        Result link = cli.runUnlocked("link", "teller");

        assertThat(link.code()).as(link.toString()).isEqualTo(6);
        assertThat(link.err()).contains("Teller Connect was closed without linking a bank.");
        Result connections = cli.runUnlocked("connections", "--json");
        assertThat(BankFixture.parse(connections.out())).isEmpty();
        assertNoToken(link, connections);
    }

    @Test
    void withoutTheApplicationIdNothingIsServed() {
        cli.environment.remove("TELLER_APPLICATION_ID");
        cli.browser = page -> {
            throw new AssertionError("no page should be opened");
        };

        Result link = cli.runUnlocked("link", "teller");

        assertThat(link.code()).as(link.toString()).isEqualTo(2);
        assertThat(link.err()).contains("Teller: Teller Connect needs the application id (TELLER_APPLICATION_ID)");
        assertThat(link.out()).isEmpty();
    }

    private static void assertNoToken(Result... results) {
        for (Result result : results) {
            assertThat(result.out() + result.err()).doesNotContain(TOKEN);
        }
    }
}

package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import app.nestegg.sync.fake.plaid.FakeFailure;
import app.nestegg.sync.fake.plaid.FakeItem;
import app.nestegg.sync.fake.plaid.FakePlaidExtension;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code link plaid} against the fake Plaid over HTTP: the sandbox shortcut, Hosted Link, and what is refused. */
class LinkPlaidCommandTest {

    @RegisterExtension
    final FakePlaidExtension fake = new FakePlaidExtension();

    @TempDir
    Path root;

    CliRunner cli;
    BankFixture bank;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
        bank = new BankFixture(cli, fake.server());
    }

    @AfterEach
    void noSecretShown() {
        bank.assertNoSecretShown();
    }

    @Test
    void sandboxLinkAddsAnActiveConnectionWithItsAccountsAndRows() {
        Result link = bank.ok("link", "plaid", "--sandbox");

        assertThat(link.out())
                .contains("Linked First Platypus Bank (connection ")
                .contains("Plaid Checking: 5 added, 0 modified, 0 removed, 0 matched")
                .contains("Status: active");
        JsonNode connections = bank.json("connections");
        assertThat(connections).hasSize(1);
        JsonNode connection = connections.get(0);
        assertThat(connection.get("provider").asText()).isEqualTo("PLAID");
        assertThat(connection.get("institution").asText()).isEqualTo("First Platypus Bank");
        assertThat(connection.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(connection.get("error").isNull()).isTrue();
        assertThat(connection.get("last_synced_at").asText()).isEqualTo(CliRunner.START.toString());
        assertThat(connection.get("accounts")).extracting(JsonNode::asText).contains("Plaid Checking");
        assertThat(fake.server()
                        .exchanges("/sandbox/public_token/create")
                        .getFirst()
                        .body())
                .contains("\"institution_id\":\"ins_109508\"")
                .contains("\"transactions\"");
    }

    @Test
    void hostedLinkPrintsThePageWaitsForTheSessionAndLinksTheBank() {
        List<URI> opened = new ArrayList<>();
        List<CompletableFuture<FakeItem>> people = new ArrayList<>();
        cli.browser = page -> {
            opened.add(page);
            people.add(CompletableFuture.supplyAsync(() -> fake.server().completeHostedLink(polledLinkToken())));
            return true;
        };

        Result link = bank.ok("link", "plaid", "--timeout", "5");

        FakeItem item = people.getFirst().join();
        assertThat(opened).hasSize(1);
        assertThat(opened.getFirst().toString()).startsWith(fake.server().baseUrl() + "/hosted-link/");
        assertThat(link.out())
                .contains("Open this page to link your bank: " + opened.getFirst())
                .contains("Opened it in your browser.")
                .contains("Waiting up to 5 minutes")
                .contains("Linked First Platypus Bank")
                .contains("Plaid Checking: 5 added");
        assertThat(fake.server().exchanges("/link/token/get")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(bank.lastAccessToken()).isEqualTo(item.accessToken());
        assertThat(bank.json("connections").get(0).get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void hostedLinkClosedWithoutABankExits6AndAddsNothing() {
        List<CompletableFuture<Void>> people = new ArrayList<>();
        cli.browser = page -> {
            people.add(CompletableFuture.runAsync(() -> fake.server().exitHostedLink(polledLinkToken())));
            return false;
        };

        Result link = bank.run("link", "plaid");

        people.getFirst().join();
        assertThat(link.code()).as(link.toString()).isEqualTo(6);
        assertThat(link.err()).contains("Plaid Link was closed without linking a bank");
        assertThat(link.out()).contains("Open this page").doesNotContain("Opened it in your browser.");
        assertThat(bank.json("connections")).isEmpty();
    }

    @Test
    void aFailedFirstSyncKeepsTheConnectionWithItsStatusAndMessage() {
        fake.server().failNext("/transactions/sync", FakeFailure.institutionDown());

        Result link = bank.run("link", "plaid", "--sandbox");

        assertThat(link.code()).as(link.toString()).isEqualTo(6);
        assertThat(link.out())
                .contains("Linked First Platypus Bank")
                .contains("Status: failed for now; will try again later")
                .contains("Error: This bank is not responding. Try again later.");
        JsonNode connection = bank.json("connections").get(0);
        assertThat(connection.get("status").asText()).isEqualTo("RETRY_LATER");
        assertThat(connection.get("error").get("message").asText())
                .isEqualTo("This bank is not responding. Try again later.");
        assertThat(bank.ok("connections").out()).contains("Last error: This bank is not responding.");
    }

    @Test
    void sandboxIsRefusedOutsideThePlaidSandbox() {
        cli.environment.put("PLAID_ENV", "production");

        Result link = bank.run("link", "plaid", "--sandbox");

        assertRefused(link, "works only in Plaid's sandbox, but PLAID_ENV is production");
    }

    @Test
    void missingCredentialsAreRefusedNamingTheVariable() {
        cli.environment.remove("PLAID_CLIENT_ID");

        Result link = bank.run("link", "plaid", "--sandbox");

        assertRefused(link, "Plaid settings: PLAID_CLIENT_ID is not set");
    }

    @Test
    void plainHttpToAnotherComputerIsRefusedNamingTheVariable() {
        cli.environment.put("PLAID_BASE_URL", "http://plaid.example.com");

        Result link = bank.run("link", "plaid", "--sandbox");

        assertRefused(link, "PLAID_BASE_URL must start with https://");
    }

    @Test
    void aTimeoutOutOfRangeIsRefused() {
        assertRefused(bank.run("link", "plaid", "--timeout", "0"), "--timeout: 0 is not between 1 and 240 minutes");
    }

    private void assertRefused(Result result, String message) {
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains(message);
        assertThat(result.out()).isEmpty();
        assertThat(fake.server().exchanges()).isEmpty();
        assertThat(bank.json("connections")).isEmpty();
    }

    /** The link token the command polls with, once it has started polling (as the person opens the page). */
    private String polledLinkToken() {
        long until = System.nanoTime() + 10_000_000_000L;
        while (fake.server().exchanges("/link/token/get").isEmpty()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the command never polled /link/token/get");
            }
            Thread.onSpinWait();
        }
        String body = fake.server().exchanges("/link/token/get").getFirst().body();
        return BankFixture.parse(body).get("link_token").asText();
    }
}

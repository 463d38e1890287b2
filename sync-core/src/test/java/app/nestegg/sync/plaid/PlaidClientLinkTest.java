package app.nestegg.sync.plaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.sync.fake.plaid.FakeItem;
import app.nestegg.sync.fake.plaid.FakePlaidExtension;
import app.nestegg.sync.fake.plaid.FakePlaidServer;
import app.nestegg.sync.provider.ProviderAccount;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderFailure;
import app.nestegg.vault.MutableClock;
import app.nestegg.vault.security.Pacer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Linking: the sandbox shortcut, Hosted Link with polling on a moved clock, update mode. */
class PlaidClientLinkTest {

    @RegisterExtension
    final FakePlaidExtension plaid = new FakePlaidExtension();

    /** A pacer that moves the fake's clock to the moment instead of sleeping, and runs a step at each pause. */
    private static final class StepPacer implements Pacer {
        final MutableClock clock;
        final List<Instant> pauses = new ArrayList<>();
        Runnable atPause = () -> {};
        int completeAfterPauses = -1;

        StepPacer(MutableClock clock) {
            this.clock = clock;
        }

        @Override
        public void pauseUntil(Instant moment) {
            pauses.add(moment);
            clock.set(moment);
            if (pauses.size() == completeAfterPauses) {
                atPause.run();
            }
        }
    }

    @Test
    void sandboxPublicTokenExchangesForAnAccessTokenThatReadsTheAccounts() {
        FakePlaidServer fake = plaid.server();
        PlaidClient client = PlaidTestClients.client(fake);

        PublicToken publicToken = client.createSandboxPublicToken();
        PlaidItemAccess access = client.exchangePublicToken(publicToken);
        List<ProviderAccount> accounts = client.accounts(access.accessToken());

        assertThat(publicToken.value()).startsWith("public-sandbox-");
        assertThat(access.accessToken().value()).startsWith("access-sandbox-");
        assertThat(access.itemId()).hasSize(37);
        assertThat(accounts)
                .extracting(ProviderAccount::name)
                .containsExactly(
                        "Plaid Checking",
                        "Plaid Saving",
                        "Plaid Credit Card",
                        "Plaid Student Loan",
                        "Plaid Mortgage",
                        "Plaid IRA");
        assertThat(accounts).allSatisfy(a -> assertThat(a.institutionName()).isEqualTo("First Platypus Bank"));
        var sandboxRequest = fake.exchanges("/sandbox/public_token/create").getFirst();
        assertThat(sandboxRequest.body())
                .contains("\"institution_id\":\"ins_109508\"")
                .contains("\"initial_products\":[\"transactions\"]");
    }

    @Test
    void aPublicTokenIsExchangedOnceOnly() {
        PlaidClient client = PlaidTestClients.client(plaid.server());
        PublicToken publicToken = client.createSandboxPublicToken();
        client.exchangePublicToken(publicToken);

        assertThatThrownBy(() -> client.exchangePublicToken(publicToken))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("INVALID_PUBLIC_TOKEN");
                    assertThat(e.failure()).isEqualTo(ProviderFailure.OTHER);
                    assertThat(e.getMessage()).doesNotContain(publicToken.value());
                });
    }

    @Test
    void hostedLinkIsCreatedCompletedPolledAndExchanged() {
        FakePlaidServer fake = plaid.server();
        PlaidClient client = PlaidTestClients.client(fake);
        StepPacer pacer = new StepPacer(fake.clock());
        PlaidLinkPoller poller = new PlaidLinkPoller(client, fake.clock(), pacer, Duration.ofSeconds(3));

        LinkToken link = client.createLinkToken(PlaidLinkRequest.newItem("Nest Egg", "user-42"));
        pacer.completeAfterPauses = 3;
        pacer.atPause = () -> fake.completeHostedLink(link.value());
        List<PublicToken> tokens = poller.awaitPublicTokens(link, Duration.ofMinutes(10));
        PlaidItemAccess access = client.exchangePublicToken(tokens.getFirst());

        assertThat(link.value()).startsWith("link-sandbox-");
        assertThat(link.hostedLinkUrl()).startsWith(fake.baseUrl() + "/hosted-link/");
        assertThat(link.expiration()).isEqualTo(FakePlaidServer.DEFAULT_NOW.plus(Duration.ofHours(4)));
        assertThat(tokens).hasSize(1);
        assertThat(pacer.pauses)
                .as("one pause of the interval between polls, on the injected clock")
                .containsExactly(
                        FakePlaidServer.DEFAULT_NOW.plusSeconds(3),
                        FakePlaidServer.DEFAULT_NOW.plusSeconds(6),
                        FakePlaidServer.DEFAULT_NOW.plusSeconds(9));
        assertThat(fake.exchanges("/link/token/get")).hasSize(4);
        assertThat(client.accounts(access.accessToken())).hasSize(6);
        String createBody = fake.exchanges("/link/token/create").getFirst().body();
        assertThat(createBody)
                .contains("\"hosted_link\":{}")
                .contains("\"products\":[\"transactions\"]")
                .contains("\"client_user_id\":\"user-42\"")
                .doesNotContain("access_token");
    }

    @Test
    void theHostedLinkPageOnTheFakeCompletesTheSessionLikeABrowserWould() throws Exception {
        FakePlaidServer fake = plaid.server();
        PlaidClient client = PlaidTestClients.client(fake);
        LinkToken link = client.createLinkToken(PlaidLinkRequest.newItem("Nest Egg", "user-42"));

        OkHttpClient browser = new OkHttpClient();
        try (Response page = browser.newCall(
                        new Request.Builder().url(link.hostedLinkUrl()).build())
                .execute()) {
            assertThat(page.code()).isEqualTo(200);
            assertThat(page.body().string()).contains("Fake Plaid Hosted Link");
        }
        assertThat(client.linkTokenStatus(link).linked()).isFalse();
        try (Response done = browser.newCall(new Request.Builder()
                        .url(link.hostedLinkUrl() + "/complete")
                        .build())
                .execute()) {
            assertThat(done.code()).isEqualTo(200);
        }

        LinkTokenStatus status = client.linkTokenStatus(link);
        assertThat(status.linked()).isTrue();
        assertThat(status.finishedSessions()).isEqualTo(1);
    }

    @Test
    void pollingGivesUpAtTheDeadlineWithoutSleeping() {
        FakePlaidServer fake = plaid.server();
        PlaidClient client = PlaidTestClients.client(fake);
        StepPacer pacer = new StepPacer(fake.clock());
        PlaidLinkPoller poller = new PlaidLinkPoller(client, fake.clock(), pacer, Duration.ofSeconds(5));
        LinkToken link = client.createLinkToken(PlaidLinkRequest.newItem("Nest Egg", "user-42"));

        long started = System.nanoTime();
        assertThatThrownBy(() -> poller.awaitPublicTokens(link, Duration.ofSeconds(12)))
                .isInstanceOfSatisfying(PlaidLinkException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PlaidLinkException.Reason.TIMED_OUT);
                    assertThat(e.getMessage()).contains("not finished in time");
                });

        assertThat(pacer.pauses)
                .as("the last pause ends at the deadline, not past it")
                .containsExactly(
                        FakePlaidServer.DEFAULT_NOW.plusSeconds(5),
                        FakePlaidServer.DEFAULT_NOW.plusSeconds(10),
                        FakePlaidServer.DEFAULT_NOW.plusSeconds(12));
        assertThat(fake.exchanges("/link/token/get")).hasSize(4);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theLinkTokensExpiryEndsTheWaitBeforeALongerDeadline() {
        FakePlaidServer fake = plaid.server();
        PlaidClient client = PlaidTestClients.client(fake);
        StepPacer pacer = new StepPacer(fake.clock());
        PlaidLinkPoller poller = new PlaidLinkPoller(client, fake.clock(), pacer, Duration.ofMinutes(20));
        LinkToken link = client.createLinkToken(PlaidLinkRequest.newItem("Nest Egg", "user-42"));

        assertThatThrownBy(() -> poller.awaitPublicTokens(link, Duration.ofDays(1)))
                .isInstanceOfSatisfying(
                        PlaidLinkException.class,
                        e -> assertThat(e.reason()).isEqualTo(PlaidLinkException.Reason.TIMED_OUT));
        assertThat(pacer.pauses.getLast()).isEqualTo(link.expiration());
    }

    @Test
    void closingHostedLinkEndsTheWaitAtOnce() {
        FakePlaidServer fake = plaid.server();
        PlaidClient client = PlaidTestClients.client(fake);
        StepPacer pacer = new StepPacer(fake.clock());
        PlaidLinkPoller poller = new PlaidLinkPoller(client, fake.clock(), pacer, Duration.ofSeconds(2));
        LinkToken link = client.createLinkToken(PlaidLinkRequest.newItem("Nest Egg", "user-42"));
        pacer.completeAfterPauses = 1;
        pacer.atPause = () -> fake.exitHostedLink(link.value());

        assertThatThrownBy(() -> poller.awaitPublicTokens(link, Duration.ofMinutes(10)))
                .isInstanceOfSatisfying(
                        PlaidLinkException.class,
                        e -> assertThat(e.reason()).isEqualTo(PlaidLinkException.Reason.EXITED));
        assertThat(pacer.pauses).hasSize(1);
    }

    @Test
    void transientFailuresWhilePollingAreWaitedOut() {
        FakePlaidServer fake = plaid.server();
        PlaidClient client = PlaidTestClients.client(fake);
        StepPacer pacer = new StepPacer(fake.clock());
        PlaidLinkPoller poller = new PlaidLinkPoller(client, fake.clock(), pacer, Duration.ofSeconds(2));
        LinkToken link = client.createLinkToken(PlaidLinkRequest.newItem("Nest Egg", "user-42"));
        fake.failNext("/link/token/get", app.nestegg.sync.fake.plaid.FakeFailure.internalServerError());
        pacer.completeAfterPauses = 1;
        pacer.atPause = () -> fake.completeHostedLink(link.value());

        assertThat(poller.awaitPublicTokens(link, Duration.ofMinutes(1))).hasSize(1);
    }

    @Test
    void updateModeSendsTheAccessTokenAndNoProductsAndRepairsTheLogin() {
        FakePlaidServer fake = plaid.server();
        PlaidClient client = PlaidTestClients.client(fake);
        FakeItem item = fake.createItem();
        item.breakLogin();
        var token = new app.nestegg.sync.provider.AccessToken(item.accessToken());
        assertThat(client.item(token).failure()).isEqualTo(ProviderFailure.LOGIN_REQUIRED);

        LinkToken link = client.createLinkToken(PlaidLinkRequest.update("Nest Egg", "user-42", token));
        StepPacer pacer = new StepPacer(fake.clock());
        pacer.completeAfterPauses = 1;
        pacer.atPause = () -> fake.completeHostedLink(link.value());
        LinkTokenStatus status = new PlaidLinkPoller(client, fake.clock(), pacer, Duration.ofSeconds(2))
                .awaitFinished(link, Duration.ofMinutes(5));

        assertThat(status.finishedSessions()).isEqualTo(1);
        assertThat(status.linked()).isFalse();
        assertThat(status.exited()).isFalse();
        assertThat(link.expiration()).isEqualTo(FakePlaidServer.DEFAULT_NOW.plus(Duration.ofMinutes(30)));
        String body = fake.exchanges("/link/token/create").getFirst().body();
        assertThat(body)
                .contains("\"access_token\":\"" + item.accessToken() + "\"")
                .doesNotContain("products");
        PlaidItem repaired = client.item(token);
        assertThat(repaired.healthy()).isTrue();
        assertThat(repaired.institutionName()).isEqualTo("First Platypus Bank");
        assertThat(repaired.institutionId()).isEqualTo("ins_109508");
        assertThat(repaired.itemId()).isEqualTo(item.itemId());
    }

    @Test
    void itemGetReportsTheItemsErrorCode() {
        FakePlaidServer fake = plaid.server();
        PlaidClient client = PlaidTestClients.client(fake);
        FakeItem item = fake.createItem();
        var token = new app.nestegg.sync.provider.AccessToken(item.accessToken());
        assertThat(client.item(token).errorCode()).isNull();

        item.breakLogin();
        PlaidItem broken = client.item(token);

        assertThat(broken.errorCode()).isEqualTo("ITEM_LOGIN_REQUIRED");
        assertThat(broken.errorType()).isEqualTo("ITEM_ERROR");
        assertThat(broken.errorDisplayMessage()).isNotBlank();
        assertThat(broken.healthy()).isFalse();
    }

    @Test
    void sandboxTokensAreRefusedOutsideTheSandbox() {
        PlaidSettings production =
                new PlaidSettings(PlaidEnvironment.PRODUCTION, "id", "secret", "https://127.0.0.1:1");
        PlaidClient client = new PlaidClient(production, PlaidTestClients.TIMEOUTS);

        assertThatThrownBy(client::createSandboxPublicToken).isInstanceOf(IllegalStateException.class);
    }
}

package app.nestegg.cli;

import app.nestegg.sync.plaid.LinkToken;
import app.nestegg.sync.plaid.PlaidClient;
import app.nestegg.sync.plaid.PlaidLinkPoller;
import app.nestegg.sync.plaid.PlaidLinkRequest;
import app.nestegg.sync.plaid.PublicToken;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Plaid's Hosted Link from the command line: asks for a link token, shows the page (and opens it when a desktop can),
 * then polls {@code /link/token/get} until the person has linked a bank, closed the page, or the time is up.
 */
final class PlaidHostedLink {

    static final String CLIENT_NAME = "Nest Egg";
    static final Duration POLL_INTERVAL = Duration.ofSeconds(3);

    private final Cli cli;
    private final PlaidClient client;
    private final Clock clock;

    PlaidHostedLink(Cli cli, PlaidClient client, Clock clock) {
        this.cli = cli;
        this.client = client;
        this.clock = clock;
    }

    /** The public tokens of the banks linked on the page. */
    List<PublicToken> awaitPublicTokens(Duration timeout, Path vaultFolder) {
        LinkToken linkToken = client.createLinkToken(PlaidLinkRequest.newItem(CLIENT_NAME, clientUserId(vaultFolder)));
        if (linkToken.hostedLinkUrl() == null) {
            throw CliFailure.failure(cli.text("link.noHostedUrl"));
        }
        LinkPage.show(cli, URI.create(linkToken.hostedLinkUrl()), timeout);
        PlaidLinkPoller poller = new PlaidLinkPoller(
                client, clock, cli.context().vaultEnvironment().pacer(), POLL_INTERVAL);
        return poller.awaitPublicTokens(linkToken, timeout);
    }

    /** Stable per vault and free of personal data: a name-based UUID of the vault's folder. */
    private static String clientUserId(Path vaultFolder) {
        return UUID.nameUUIDFromBytes(vaultFolder.toString().getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}

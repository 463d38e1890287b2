package app.nestegg.cli;

import app.nestegg.sync.plaid.PlaidClient;
import app.nestegg.sync.plaid.PlaidEnvironment;
import app.nestegg.sync.plaid.PlaidItem;
import app.nestegg.sync.plaid.PlaidItemAccess;
import app.nestegg.sync.plaid.PlaidSettings;
import app.nestegg.sync.plaid.PublicToken;
import app.nestegg.vault.bank.BankProviderKind;
import app.nestegg.vault.ledger.Ledger;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code link plaid}: links a bank through Plaid's Hosted Link page (or, with {@code --sandbox}, straight to the
 * sandbox's First Platypus Bank), exchanges the public token, stores the connection and syncs it once.
 */
@Command(name = "plaid", sortOptions = false)
final class LinkPlaidCommand implements Callable<Integer> {

    static final int MAX_TIMEOUT_MINUTES = 240;

    private final Cli cli;

    @Option(names = "--sandbox", order = 1)
    boolean sandbox;

    @Option(names = "--timeout", paramLabel = "MINUTES", defaultValue = "30", order = 2)
    int timeoutMinutes;

    LinkPlaidCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (timeoutMinutes < 1 || timeoutMinutes > MAX_TIMEOUT_MINUTES) {
            throw CliFailure.usage(cli.text("link.badTimeout", timeoutMinutes, MAX_TIMEOUT_MINUTES));
        }
        try (OpenVault vault = cli.openVault();
                BankAccess bank = new BankAccess(cli, vault.session().ledger())) {
            Ledger ledger = vault.session().ledger();
            PlaidClient client = bank.plaid();
            List<PublicToken> tokens;
            if (sandbox) {
                if (client.settings().environment() != PlaidEnvironment.SANDBOX) {
                    throw CliFailure.usage(cli.text(
                            "link.sandboxOnly",
                            PlaidSettings.ENVIRONMENT_VARIABLE,
                            client.settings().environment().code()));
                }
                tokens = List.of(client.createSandboxPublicToken());
            } else {
                tokens = new PlaidHostedLink(cli, client, bank.clock())
                        .awaitPublicTokens(Duration.ofMinutes(timeoutMinutes), vault.folder());
            }
            int code = ExitCodes.OK;
            for (PublicToken token : tokens) {
                code = Math.max(code, link(ledger, bank, client, token));
            }
            return code;
        }
    }

    private int link(Ledger ledger, BankAccess bank, PlaidClient client, PublicToken publicToken) {
        PlaidItemAccess access = client.exchangePublicToken(publicToken);
        PlaidItem item = client.item(access.accessToken());
        String institution =
                item.institutionName() != null && !item.institutionName().isBlank()
                        ? item.institutionName()
                        : cli.text("link.unknownInstitution");
        return new LinkedBank(cli, ledger, bank)
                .addAndSync(
                        BankProviderKind.PLAID,
                        institution,
                        access.itemId(),
                        access.accessToken().value());
    }
}

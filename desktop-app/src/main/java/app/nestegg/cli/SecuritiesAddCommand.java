package app.nestegg.cli;

import app.nestegg.vault.ledger.Currencies;
import app.nestegg.vault.ledger.invest.Security;
import app.nestegg.vault.ledger.invest.SecurityDraft;
import app.nestegg.vault.ledger.invest.SecurityType;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code securities add}: a new security; its symbol must not be taken, whatever its case. */
@Command(name = "add", sortOptions = false)
final class SecuritiesAddCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--symbol", paramLabel = "SYMBOL", required = true, order = 1)
    String symbol;

    @Option(names = "--name", paramLabel = "NAME", required = true, order = 2)
    String name;

    @Option(names = "--type", paramLabel = "TYPE", required = true, order = 3)
    String type;

    @Option(names = "--currency", paramLabel = "CODE", required = true, order = 4)
    String currency;

    SecuritiesAddCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        SecurityDraft draft =
                new SecurityDraft(symbol, name, SecurityType.fromText(type), Currencies.of(currency, "--currency"));
        Security security;
        try (OpenVault vault = cli.openVault()) {
            security = vault.session().ledger().investments().securities().add(draft);
        }
        if (cli.options().json) {
            cli.printJson(InvestJson.security(cli, security));
        } else {
            cli.out().println(cli.text("securities.added", security.symbol(), security.name(), security.id()));
        }
        return ExitCodes.OK;
    }
}

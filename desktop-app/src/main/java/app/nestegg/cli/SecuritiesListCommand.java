package app.nestegg.cli;

import app.nestegg.vault.ledger.invest.Security;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code securities list}: every security by symbol. */
@Command(name = "list", sortOptions = false)
final class SecuritiesListCommand implements Callable<Integer> {

    private final Cli cli;

    SecuritiesListCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        List<Security> securities;
        try (OpenVault vault = cli.openVault()) {
            securities = vault.session().ledger().investments().securities().list();
        }
        if (cli.options().json) {
            ArrayNode array = cli.jsonArray();
            securities.forEach(s -> array.add(InvestJson.security(cli, s)));
            cli.printJson(array);
            return ExitCodes.OK;
        }
        if (securities.isEmpty()) {
            cli.out().println(cli.text("securities.none"));
            return ExitCodes.OK;
        }
        TextTable table = new TextTable(false, false, false, false);
        table.row(
                cli.text("securities.header.symbol"),
                cli.text("securities.header.name"),
                cli.text("securities.header.type"),
                cli.text("securities.header.currency"));
        for (Security security : securities) {
            table.row(
                    security.symbol(),
                    security.name(),
                    security.type().cliName(),
                    security.currency().getCurrencyCode());
        }
        table.print(cli.out(), "");
        return ExitCodes.OK;
    }
}

package app.nestegg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code securities}: the stocks, funds, bonds and coins trades can name; on its own it lists them. */
@Command(
        name = "securities",
        sortOptions = false,
        subcommands = {SecuritiesListCommand.class, SecuritiesAddCommand.class})
final class SecuritiesCommand implements Callable<Integer> {

    private final Cli cli;

    SecuritiesCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        return new SecuritiesListCommand(cli).call();
    }
}

package app.nestegg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code rates}: the vault's base currency and its dated exchange rates. */
@Command(
        name = "rates",
        sortOptions = false,
        subcommands = {RatesBaseCommand.class, RatesSetCommand.class})
final class RatesCommand implements Callable<Integer> {

    private final Cli cli;

    RatesCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        throw CliFailure.usage(cli.text("rates.missingCommand"));
    }
}

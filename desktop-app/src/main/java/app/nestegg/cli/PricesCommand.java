package app.nestegg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code prices}: security prices, typed one at a time or imported from a CSV file; their age and quote source. */
@Command(
        name = "prices",
        sortOptions = false,
        subcommands = {
            PricesImportCommand.class,
            PricesSetCommand.class,
            PricesStatusCommand.class,
            PricesSourceCommand.class
        })
final class PricesCommand implements Callable<Integer> {

    private final Cli cli;

    PricesCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        throw CliFailure.usage(cli.text("prices.missingCommand"));
    }
}

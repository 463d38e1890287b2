package app.nestegg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code tx}: list, add, edit and delete transactions. */
@Command(
        name = "tx",
        sortOptions = false,
        subcommands = {TxListCommand.class, TxAddCommand.class, TxEditCommand.class, TxDeleteCommand.class})
final class TxCommand implements Callable<Integer> {

    private final Cli cli;

    TxCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        throw CliFailure.usage(cli.text("tx.missingCommand"));
    }
}

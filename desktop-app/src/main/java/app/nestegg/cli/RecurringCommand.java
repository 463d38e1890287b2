package app.nestegg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code recurring}: detected bills and subscriptions, the scheduled transactions they become, what is due. */
@Command(
        name = "recurring",
        sortOptions = false,
        subcommands = {
            RecurringListCommand.class,
            RecurringConfirmCommand.class,
            RecurringDismissCommand.class,
            RecurringEnterCommand.class,
            RecurringSkipCommand.class
        })
final class RecurringCommand implements Callable<Integer> {

    private final Cli cli;

    RecurringCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        throw CliFailure.usage(cli.text("recurring.missingCommand"));
    }
}

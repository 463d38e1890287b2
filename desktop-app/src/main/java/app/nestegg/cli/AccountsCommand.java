package app.nestegg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code accounts}: list, open and close accounts. */
@Command(
        name = "accounts",
        sortOptions = false,
        subcommands = {AccountsListCommand.class, AccountsAddCommand.class, AccountsCloseCommand.class})
final class AccountsCommand implements Callable<Integer> {

    private final Cli cli;

    AccountsCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        throw CliFailure.usage(cli.text("accounts.missingCommand"));
    }
}

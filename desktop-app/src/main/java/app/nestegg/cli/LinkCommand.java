package app.nestegg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code link}: links a bank login through Plaid or Teller and syncs it once. */
@Command(
        name = "link",
        sortOptions = false,
        subcommands = {LinkPlaidCommand.class, LinkTellerCommand.class})
final class LinkCommand implements Callable<Integer> {

    private final Cli cli;

    LinkCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        throw CliFailure.usage(cli.text("link.missingCommand"));
    }
}

package app.nestegg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code household share ACCOUNT}: lets a private account's later changes into household bundles again. */
@Command(name = "share", sortOptions = false)
final class HouseholdShareCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "ACCOUNT", descriptionKey = "arg.household.account")
    String account;

    HouseholdShareCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        return HouseholdPrivateCommand.choose(cli, account, false);
    }
}

package app.nestegg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code household leave --yes}: leaves the household for this vault only: every other member is removed and the
 * vault's own keys are destroyed; new ones are made on next use, so a later card differs.
 */
@Command(name = "leave", sortOptions = false)
final class HouseholdLeaveCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--yes", order = 1)
    boolean yes;

    HouseholdLeaveCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (!yes) {
            throw CliFailure.usage(cli.text("household.leave.confirmRequired"));
        }
        int removed;
        try (OpenVault vault = cli.openVault()) {
            removed = vault.session().ledger().members().leave();
        }
        cli.out().println(cli.text("household.leave.done", removed));
        return ExitCodes.OK;
    }
}

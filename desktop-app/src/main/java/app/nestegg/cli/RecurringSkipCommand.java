package app.nestegg.cli;

import app.nestegg.vault.ledger.recurring.ScheduledTransactions;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code recurring skip ID}: lets a scheduled transaction's next due day pass without a transaction. */
@Command(name = "skip", sortOptions = false)
final class RecurringSkipCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "arg.recurring.scheduled")
    String id;

    RecurringSkipCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        UUID scheduledId = new LedgerArgs(cli).id("scheduled transaction", id);
        try (OpenVault vault = cli.openVault()) {
            ScheduledTransactions scheduled =
                    vault.session().ledger().recurring().scheduled();
            LocalDate day = scheduled.skip(scheduledId);
            cli.out()
                    .println(cli.text(
                            "recurring.skipped", scheduled.get(scheduledId).payee(), day));
        }
        return ExitCodes.OK;
    }
}

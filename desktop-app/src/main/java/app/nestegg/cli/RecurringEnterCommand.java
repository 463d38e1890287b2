package app.nestegg.cli;

import app.nestegg.vault.ledger.recurring.ScheduledTransactions;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code recurring enter ID}: enters a scheduled transaction's next due day now, as approving it does. */
@Command(name = "enter", sortOptions = false)
final class RecurringEnterCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "arg.recurring.scheduled")
    String id;

    RecurringEnterCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        UUID scheduledId = new LedgerArgs(cli).id("scheduled transaction", id);
        try (OpenVault vault = cli.openVault()) {
            ScheduledTransactions scheduled =
                    vault.session().ledger().recurring().scheduled();
            LocalDate day = scheduled.enter(scheduledId);
            cli.out()
                    .println(cli.text(
                            "recurring.entered", scheduled.get(scheduledId).payee(), day));
        }
        return ExitCodes.OK;
    }
}

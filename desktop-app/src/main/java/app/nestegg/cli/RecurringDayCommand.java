package app.nestegg.cli;

import app.nestegg.vault.ledger.recurring.ScheduledTransactions;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Parameters;

/** What {@code recurring enter} and {@code recurring skip} share: settle a scheduled transaction's next due day. */
abstract class RecurringDayCommand implements Callable<Integer> {

    private final Cli cli;
    private final String doneKey;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "arg.recurring.scheduled")
    String id;

    RecurringDayCommand(Cli cli, String doneKey) {
        this.cli = cli;
        this.doneKey = doneKey;
    }

    /** Settles the next due day; returns that day. */
    abstract LocalDate settle(ScheduledTransactions scheduled, UUID id);

    @Override
    public Integer call() {
        UUID scheduledId = new LedgerArgs(cli).id("scheduled transaction", id);
        try (OpenVault vault = cli.openVault()) {
            ScheduledTransactions scheduled =
                    vault.session().ledger().recurring().scheduled();
            LocalDate day = settle(scheduled, scheduledId);
            cli.out().println(cli.text(doneKey, scheduled.get(scheduledId).payee(), day));
        }
        return ExitCodes.OK;
    }
}

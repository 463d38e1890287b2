package app.nestegg.cli;

import app.nestegg.vault.ledger.recurring.ScheduledTransactions;
import java.time.LocalDate;
import java.util.UUID;
import picocli.CommandLine.Command;

/** {@code recurring skip ID}: lets a scheduled transaction's next due day pass without a transaction. */
@Command(name = "skip", sortOptions = false)
final class RecurringSkipCommand extends RecurringDayCommand {

    RecurringSkipCommand(Cli cli) {
        super(cli, "recurring.skipped");
    }

    @Override
    LocalDate settle(ScheduledTransactions scheduled, UUID id) {
        return scheduled.skip(id);
    }
}

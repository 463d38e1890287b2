package app.nestegg.cli;

import app.nestegg.vault.ledger.recurring.ScheduledTransactions;
import java.time.LocalDate;
import java.util.UUID;
import picocli.CommandLine.Command;

/** {@code recurring enter ID}: enters a scheduled transaction's next due day now, as approving it does. */
@Command(name = "enter", sortOptions = false)
final class RecurringEnterCommand extends RecurringDayCommand {

    RecurringEnterCommand(Cli cli) {
        super(cli, "recurring.entered");
    }

    @Override
    LocalDate settle(ScheduledTransactions scheduled, UUID id) {
        return scheduled.enter(id);
    }
}

package app.nestegg.cli;

import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.recurring.ExpectedItem;
import app.nestegg.vault.ledger.recurring.Recurring;
import app.nestegg.vault.ledger.recurring.RecurringSeries;
import app.nestegg.vault.ledger.recurring.ScheduledTransaction;
import app.nestegg.vault.ledger.recurring.SeriesState;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code recurring list}: detected series to decide on, scheduled transactions, and what is due in 30 days. */
@Command(name = "list", sortOptions = false)
final class RecurringListCommand implements Callable<Integer> {

    static final int UPCOMING_DAYS = 30;

    private final Cli cli;

    @Option(names = "--all", order = 1)
    boolean all;

    RecurringListCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            Recurring recurring = ledger.recurring();
            List<RecurringSeries> series = recurring.series(all).stream()
                    .filter(s -> s.state() != SeriesState.CONFIRMED)
                    .toList();
            List<ScheduledTransaction> scheduled = recurring.scheduled().list();
            List<ExpectedItem> upcoming = recurring.scheduled().dueWithin(UPCOMING_DAYS);
            LedgerNames names = LedgerNames.of(ledger);
            if (cli.options().json) {
                ObjectNode root = cli.jsonObject();
                ArrayNode detected = root.putArray("detected");
                series.forEach(s -> detected.add(RecurringJson.series(cli, s, names)));
                ArrayNode confirmed = root.putArray("scheduled");
                scheduled.forEach(s -> confirmed.add(RecurringJson.scheduled(cli, s, names)));
                ArrayNode due = root.putArray("upcoming");
                upcoming.forEach(item -> due.add(RecurringJson.upcoming(cli, item, names)));
                cli.printJson(root);
            } else {
                printText(series, scheduled, upcoming, names);
            }
        }
        return ExitCodes.OK;
    }

    private void printText(
            List<RecurringSeries> series,
            List<ScheduledTransaction> scheduled,
            List<ExpectedItem> upcoming,
            LedgerNames names) {
        cli.out().println(cli.text("recurring.detectedHeading"));
        if (series.isEmpty()) {
            cli.out().println(cli.text("recurring.noneDetected"));
        } else {
            TextTable table = new TextTable(false, false, false, true, false, false);
            for (RecurringSeries s : series) {
                table.row(
                        s.id().toString(),
                        s.payee(),
                        names.account(s.accountId()),
                        s.nextAmount().toPlainString(),
                        RecurringJson.cadence(s.cadence()),
                        cli.text("recurring.nextOn", s.nextDate(), s.occurrences())
                                + (s.state() == SeriesState.DISMISSED
                                        ? " " + cli.text("recurring.dismissedMark")
                                        : ""));
            }
            table.print(cli.out(), "  ");
        }
        cli.out().println(cli.text("recurring.scheduledHeading"));
        if (scheduled.isEmpty()) {
            cli.out().println(cli.text("recurring.noneScheduled"));
        } else {
            TextTable table = new TextTable(false, false, false, true, false, false);
            for (ScheduledTransaction s : scheduled) {
                table.row(
                        s.id().toString(),
                        s.payee(),
                        names.account(s.accountId()),
                        s.amount().toPlainString(),
                        RecurringJson.cadence(s.cadence()),
                        cli.text("recurring.dueOn", s.nextDue(), RecurringJson.mode(s.mode())));
            }
            table.print(cli.out(), "  ");
        }
        cli.out().println(cli.text("recurring.upcomingHeading", UPCOMING_DAYS));
        if (upcoming.isEmpty()) {
            cli.out().println(cli.text("recurring.noneUpcoming"));
        } else {
            TextTable table = new TextTable(false, false, false, true);
            for (ExpectedItem item : upcoming) {
                table.row(
                        item.date().toString(),
                        item.payee(),
                        names.account(item.accountId()),
                        item.amount().toPlainString());
            }
            table.print(cli.out(), "  ");
        }
    }
}

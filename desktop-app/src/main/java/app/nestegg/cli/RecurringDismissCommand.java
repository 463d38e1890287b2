package app.nestegg.cli;

import app.nestegg.vault.ledger.recurring.RecurringSeries;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code recurring dismiss ID}: sets a detected series aside; detection never offers it again. */
@Command(name = "dismiss", sortOptions = false)
final class RecurringDismissCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "arg.recurring.series")
    String id;

    RecurringDismissCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        UUID seriesId = new LedgerArgs(cli).id("series", id);
        try (OpenVault vault = cli.openVault()) {
            RecurringSeries dismissed = vault.session().ledger().recurring().dismiss(seriesId);
            cli.out().println(cli.text("recurring.dismissed", dismissed.payee()));
        }
        return ExitCodes.OK;
    }
}

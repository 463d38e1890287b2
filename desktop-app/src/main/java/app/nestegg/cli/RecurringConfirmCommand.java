package app.nestegg.cli;

import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.recurring.Cadence;
import app.nestegg.vault.ledger.recurring.Confirmation;
import app.nestegg.vault.ledger.recurring.EntryMode;
import app.nestegg.vault.ledger.recurring.ScheduledTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recurring confirm ID}: makes a detected series a scheduled transaction, with what the person changes. */
@Command(name = "confirm", sortOptions = false)
final class RecurringConfirmCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "arg.recurring.series")
    String id;

    @Option(names = "--amount", paramLabel = "AMOUNT", order = 1)
    String amount;

    @Option(names = "--first-due", paramLabel = "YYYY-MM-DD", order = 2)
    String firstDue;

    @Option(names = "--cadence", paramLabel = "CADENCE", order = 3)
    String cadence;

    @Option(names = "--category", paramLabel = "NAME", order = 4)
    String category;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Mode mode = new Mode();

    static final class Mode {
        @Option(names = "--auto", order = 5)
        boolean auto;

        @Option(names = "--approve", order = 6)
        boolean approve;
    }

    RecurringConfirmCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        LedgerArgs args = new LedgerArgs(cli);
        UUID seriesId = args.id("series", id);
        BigDecimal size = args.amount("--amount", amount);
        LocalDate first = args.date("--first-due", firstDue);
        Cadence chosen = cadence(cadence);
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            UUID categoryId =
                    category == null ? null : ledger.categories().find(category).id();
            ScheduledTransaction scheduled = ledger.recurring()
                    .confirm(
                            seriesId,
                            new Confirmation(
                                    size,
                                    first,
                                    chosen,
                                    categoryId,
                                    mode != null && mode.auto ? EntryMode.AUTO : EntryMode.APPROVE));
            cli.out()
                    .println(cli.text(
                            "recurring.confirmed",
                            scheduled.payee(),
                            scheduled.amount().toPlainString(),
                            RecurringJson.cadence(scheduled.cadence()),
                            scheduled.nextDue(),
                            RecurringJson.mode(scheduled.mode()),
                            scheduled.id()));
        }
        return ExitCodes.OK;
    }

    private Cadence cadence(String value) {
        if (value == null) {
            return null;
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Cadence candidate : Cadence.values()) {
            if (candidate.name().equals(wanted)) {
                return candidate;
            }
        }
        String known =
                Arrays.stream(Cadence.values()).map(RecurringJson::cadence).collect(Collectors.joining(", "));
        throw CliFailure.usage(cli.text("recurring.badCadence", value, known));
    }
}

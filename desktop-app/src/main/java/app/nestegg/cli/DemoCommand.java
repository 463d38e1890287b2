package app.nestegg.cli;

import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.SampleHousehold;
import app.nestegg.vault.ledger.SampleProgress;
import app.nestegg.vault.ledger.SampleSpec;
import app.nestegg.vault.ledger.SampleSummary;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo}: fills an empty vault with a sample household ({@link SampleHousehold}); the same transactions, seed,
 * years and end date always give the same household.
 */
@Command(name = "demo", sortOptions = false)
final class DemoCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--transactions", paramLabel = "N", required = true, order = 1)
    int transactions;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", order = 2)
    long seed;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "2", order = 3)
    int years;

    @Option(names = "--end", paramLabel = "DATE", order = 4)
    String end;

    DemoCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        LocalDate endDate = end == null ? cli.today() : new LedgerArgs(cli).date("--end", end);
        SampleSpec spec = new SampleSpec(seed, transactions, years, endDate);
        SampleSummary summary;
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            if (!ledger.accounts().list().isEmpty()) {
                throw CliFailure.failure(cli.text("demo.notEmpty"));
            }
            SampleProgress progress = cli.options().json
                    ? SampleProgress.NONE
                    : (rows, total) -> cli.err().println(cli.text("demo.progress", rows, total));
            summary = SampleHousehold.generate(ledger, spec, progress);
        }
        if (cli.options().json) {
            cli.printJson(cli.jsonObject()
                    .put("accounts", summary.accounts())
                    .put("transactions", summary.transactions())
                    .put("from", summary.from().toString())
                    .put("to", summary.to().toString()));
        } else {
            cli.out()
                    .println(cli.text(
                            "demo.done", summary.accounts(), summary.transactions(), summary.from(), summary.to()));
        }
        return ExitCodes.OK;
    }
}

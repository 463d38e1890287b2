package app.nestegg.cli;

import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.goals.Contribution;
import app.nestegg.vault.ledger.goals.Goal;
import app.nestegg.vault.ledger.goals.GoalProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code goals contribute GOAL AMOUNT}: money put toward a goal funded by contributions (negative takes it out). */
@Command(name = "contribute", sortOptions = false)
final class GoalsContributeCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "GOAL", descriptionKey = "arg.goals.goal")
    String goal;

    @Parameters(index = "1", paramLabel = "AMOUNT", descriptionKey = "arg.goals.contribute.amount")
    String amount;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", order = 1)
    String date;

    @Option(names = "--note", paramLabel = "TEXT", order = 2)
    String note;

    GoalsContributeCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        LedgerArgs args = new LedgerArgs(cli);
        BigDecimal value = args.amount("AMOUNT", amount);
        LocalDate day = args.date("--date", date);
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            Goal found = ledger.goals().find(goal);
            Contribution contribution = ledger.goals().contribute(found.id(), day, value, note);
            GoalProgress progress = ledger.goals().progress(found.id());
            if (cli.options().json) {
                cli.printJson(GoalJson.of(cli, progress, LedgerNames.of(ledger)));
            } else {
                cli.out()
                        .println(cli.text(
                                "goals.contributed",
                                contribution.amount(),
                                found.name(),
                                progress.saved().toPlainString(),
                                found.target().toPlainString(),
                                progress.percent()));
            }
        }
        return ExitCodes.OK;
    }
}

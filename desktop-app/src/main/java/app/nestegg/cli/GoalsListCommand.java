package app.nestegg.cli;

import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.goals.GoalProgress;
import app.nestegg.vault.ledger.goals.GoalStatus;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code goals list}: each goal with saved and target, the amount needed per month and the projected date. */
@Command(name = "list", sortOptions = false)
final class GoalsListCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--all", order = 1)
    boolean all;

    GoalsListCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            List<GoalProgress> goals = ledger.goals().progress(all);
            if (cli.options().json) {
                LedgerNames names = LedgerNames.of(ledger);
                ArrayNode array = cli.jsonArray();
                goals.forEach(progress -> array.add(GoalJson.of(cli, progress, names)));
                cli.printJson(array);
            } else if (goals.isEmpty()) {
                cli.out().println(cli.text("goals.none"));
            } else {
                TextTable table = new TextTable(false, true, true, false, false, false);
                for (GoalProgress progress : goals) {
                    table.row(
                            progress.goal().name(),
                            cli.text(
                                    "goals.savedOfTarget",
                                    progress.saved().toPlainString(),
                                    progress.goal().target().toPlainString(),
                                    progress.goal().target().currency().getCurrencyCode()),
                            cli.text("goals.percent", progress.percent()),
                            needed(progress),
                            projection(progress),
                            status(progress));
                }
                table.print(cli.out(), "");
            }
        }
        return ExitCodes.OK;
    }

    private String needed(GoalProgress progress) {
        if (progress.goal().targetDate() == null) {
            return cli.text("goals.noDate");
        }
        if (progress.reached()) {
            return cli.text("goals.by", progress.goal().targetDate());
        }
        return cli.text(
                "goals.neededBy",
                progress.neededPerMonth().orElseThrow().toPlainString(),
                progress.goal().targetDate());
    }

    private String projection(GoalProgress progress) {
        if (progress.reached()) {
            return cli.text("goals.reached");
        }
        return progress.projectedCompletion()
                .map(day -> cli.text("goals.projected", day))
                .orElse(cli.text("goals.noPace"));
    }

    private String status(GoalProgress progress) {
        if (progress.goal().status() != GoalStatus.ACTIVE) {
            return cli.text(
                    "goals.status." + progress.goal().status().name().toLowerCase(Locale.ROOT),
                    progress.goal().statusOn());
        }
        return progress.overdue() ? cli.text("goals.overdue") : "";
    }
}

package app.nestegg.cli;

import app.nestegg.vault.ledger.Currencies;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.goals.Goal;
import app.nestegg.vault.ledger.goals.GoalDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code goals add NAME --target AMOUNT}: a goal funded by contributions, or, with {@code --account}, one that counts
 * the balances of those accounts.
 */
@Command(name = "add", sortOptions = false)
final class GoalsAddCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "arg.goals.add.name")
    String name;

    @Option(names = "--target", paramLabel = "AMOUNT", required = true, order = 1)
    String target;

    @Option(names = "--currency", paramLabel = "CODE", order = 2)
    String currency;

    @Option(names = "--by", paramLabel = "YYYY-MM-DD", order = 3)
    String by;

    @Option(names = "--account", paramLabel = "NAME|ID", order = 4)
    List<String> accounts = new ArrayList<>();

    GoalsAddCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        LedgerArgs args = new LedgerArgs(cli);
        BigDecimal amount = args.amount("--target", target);
        LocalDate date = args.date("--by", by);
        Currency code = currency == null ? null : Currencies.of(currency, "currency");
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            List<UUID> ids = new ArrayList<>();
            for (String account : accounts) {
                ids.add(ledger.accounts().find(account).id());
            }
            Goal goal = ledger.goals()
                    .add(
                            ids.isEmpty()
                                    ? GoalDraft.contributions(name, amount, code, date)
                                    : GoalDraft.linked(name, amount, code, date, ids));
            if (cli.options().json) {
                cli.printJson(GoalJson.of(cli, ledger.goals().progress(goal.id()), LedgerNames.of(ledger)));
            } else {
                cli.out().println(cli.text("goals.added", goal.name(), goal.target(), goal.id()));
            }
        }
        return ExitCodes.OK;
    }
}

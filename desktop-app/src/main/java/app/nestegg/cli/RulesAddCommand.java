package app.nestegg.cli;

import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.PayeeMatch;
import app.nestegg.vault.ledger.Rule;
import app.nestegg.vault.ledger.RuleDraft;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rules add}: a rule at the end of the order; the ledger refuses one without a condition or an action. */
@Command(name = "add", sortOptions = false)
final class RulesAddCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--name", paramLabel = "NAME", required = true, order = 1)
    String name;

    @Option(names = "--payee-equals", paramLabel = "TEXT", order = 2)
    String payeeEquals;

    @Option(names = "--payee-contains", paramLabel = "TEXT", order = 3)
    String payeeContains;

    @Option(names = "--payee-regex", paramLabel = "TEXT", order = 4)
    String payeeRegex;

    @Option(names = "--min-amount", paramLabel = "AMOUNT", order = 5)
    String minAmount;

    @Option(names = "--max-amount", paramLabel = "AMOUNT", order = 6)
    String maxAmount;

    @Option(names = "--account", paramLabel = "NAME|ID", order = 7)
    String account;

    @Option(names = "--set-category", paramLabel = "NAME", order = 8)
    String setCategory;

    @Option(names = "--rename-payee", paramLabel = "TEXT", order = 9)
    String renamePayee;

    @Option(names = "--add-tag", paramLabel = "TAG", order = 10)
    String addTag;

    RulesAddCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        int payeeOptions =
                (payeeEquals == null ? 0 : 1) + (payeeContains == null ? 0 : 1) + (payeeRegex == null ? 0 : 1);
        if (payeeOptions > 1) {
            throw CliFailure.usage(cli.text("rules.payeeOnce"));
        }
        LedgerArgs args = new LedgerArgs(cli);
        BigDecimal min = args.amount("--min-amount", minAmount);
        BigDecimal max = args.amount("--max-amount", maxAmount);
        PayeeMatch match = payeeEquals != null
                ? PayeeMatch.EQUALS
                : payeeContains != null ? PayeeMatch.CONTAINS : payeeRegex != null ? PayeeMatch.REGEX : null;
        String pattern = payeeEquals != null ? payeeEquals : payeeContains != null ? payeeContains : payeeRegex;
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            UUID accountId =
                    account == null ? null : ledger.accounts().find(account).id();
            UUID categoryId = setCategory == null
                    ? null
                    : ledger.categories().find(setCategory).id();
            Rule rule = ledger.rules()
                    .add(new RuleDraft(
                            name, match, pattern, min, max, accountId, categoryId, renamePayee, addTag, true));
            if (cli.options().json) {
                cli.printJson(new RuleText(cli, LedgerNames.of(ledger)).json(rule));
            } else {
                cli.out().println(cli.text("rules.added", rule.name(), rule.id()));
            }
        }
        return ExitCodes.OK;
    }
}

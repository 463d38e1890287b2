package app.nestegg.cli;

import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.Rule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code rules list}: the rules in the order they run, with what they match and what they do. */
@Command(name = "list", sortOptions = false)
final class RulesListCommand implements Callable<Integer> {

    private final Cli cli;

    RulesListCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            List<Rule> rules = ledger.rules().list();
            RuleText text = new RuleText(cli, LedgerNames.of(ledger));
            if (cli.options().json) {
                ArrayNode array = cli.jsonArray();
                rules.forEach(rule -> array.add(text.json(rule)));
                cli.printJson(array);
            } else if (rules.isEmpty()) {
                cli.out().println(cli.text("rules.none"));
            } else {
                TextTable table = new TextTable(true, false, false, false, false);
                for (Rule rule : rules) {
                    table.row(
                            Integer.toString(rule.position() + 1),
                            rule.name(),
                            text.conditions(rule),
                            "-> " + text.actions(rule),
                            rule.enabled() ? "" : cli.text("rules.disabled"));
                }
                table.print(cli.out(), "");
            }
        }
        return ExitCodes.OK;
    }
}

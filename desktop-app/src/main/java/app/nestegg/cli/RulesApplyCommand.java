package app.nestegg.cli;

import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.RuleChange;
import app.nestegg.vault.ledger.RuleScope;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rules apply [--dry-run]}: runs the enabled rules over every transaction; a dry run only shows the changes. */
@Command(name = "apply", sortOptions = false)
final class RulesApplyCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--dry-run", order = 1)
    boolean dryRun;

    RulesApplyCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            if (dryRun) {
                preview(ledger.rules().preview(RuleScope.all()), LedgerNames.of(ledger));
            } else {
                int changed = ledger.rules().apply(RuleScope.all());
                if (cli.options().json) {
                    cli.printJson(cli.jsonObject().put("changed", changed));
                } else {
                    cli.out().println(cli.text("rules.applied", changed));
                }
            }
        }
        return ExitCodes.OK;
    }

    private void preview(List<RuleChange> changes, LedgerNames names) {
        if (cli.options().json) {
            ArrayNode array = cli.jsonArray();
            for (RuleChange change : changes) {
                ObjectNode node = array.addObject()
                        .put("id", change.transactionId().toString())
                        .put("date", change.date().toString())
                        .put("payee_before", change.payeeBefore())
                        .put("payee_after", change.payeeAfter())
                        .put("category_before", names.category(change.categoryBefore()))
                        .put("category_after", names.category(change.categoryAfter()));
                change.tagsBefore().forEach(node.putArray("tags_before")::add);
                change.tagsAfter().forEach(node.putArray("tags_after")::add);
            }
            cli.printJson(array);
            return;
        }
        if (changes.isEmpty()) {
            cli.out().println(cli.text("rules.preview.none"));
            return;
        }
        TextTable table = new TextTable(false, false, false, false);
        table.row(
                cli.text("rules.header.date"),
                cli.text("rules.header.payee"),
                cli.text("rules.header.category"),
                cli.text("rules.header.tags"));
        for (RuleChange change : changes) {
            table.row(
                    change.date().toString(),
                    arrow(change.payeeBefore(), change.payeeAfter(), change.changesPayee()),
                    arrow(
                            names.category(change.categoryBefore()),
                            names.category(change.categoryAfter()),
                            change.changesCategory()),
                    arrow(tags(change.tagsBefore()), tags(change.tagsAfter()), change.changesTags()));
        }
        table.print(cli.out(), "");
        cli.out().println(cli.text("rules.preview.count", changes.size()));
    }

    private static String arrow(String before, String after, boolean changed) {
        String was = before == null ? "-" : before;
        return changed ? was + " -> " + (after == null ? "-" : after) : was;
    }

    private static String tags(Set<String> tags) {
        return tags.isEmpty() ? null : String.join(",", tags);
    }
}

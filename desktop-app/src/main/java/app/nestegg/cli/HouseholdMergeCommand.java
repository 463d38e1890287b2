package app.nestegg.cli;

import app.nestegg.vault.household.merge.MergeConflict;
import app.nestegg.vault.household.merge.MergeResult;
import app.nestegg.vault.household.sync.MergedBundle;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code household merge FILE [--json]}: checks another member's bundle (author, signature, recipient, schema, clock)
 * and merges it in one transaction, or refuses it whole.
 */
@Command(name = "merge", sortOptions = false)
final class HouseholdMergeCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "arg.household.bundle")
    Path file;

    HouseholdMergeCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        MergedBundle merged;
        String author;
        try (OpenVault vault = cli.openVault()) {
            merged = vault.session().household().merge(file.toAbsolutePath().normalize());
            author = vault.session()
                    .ledger()
                    .members()
                    .member(merged.header().authorId())
                    .map(m -> m.keys().name())
                    .orElse("?");
        }
        if (cli.options().json) {
            cli.printJson(json(merged, author));
            return ExitCodes.OK;
        }
        if (merged.own()) {
            cli.out().println(cli.text("household.merge.own"));
            return ExitCodes.OK;
        }
        MergeResult result = merged.result().orElseThrow();
        cli.out()
                .println(cli.text(
                        "household.merge.done",
                        author,
                        result.applied(),
                        result.alreadySeen(),
                        result.conflicts().size()));
        for (MergeConflict conflict : result.conflicts()) {
            cli.out()
                    .println(
                            cli.text("household.merge.conflict", conflict.kind().name(), conflict.detail()));
        }
        return ExitCodes.OK;
    }

    private ObjectNode json(MergedBundle merged, String author) {
        ObjectNode node = cli.jsonObject();
        node.put("bundle_id", merged.header().bundleId().toString());
        node.put("author_id", merged.header().authorId().toString());
        node.put("author_name", author);
        node.put("own", merged.own());
        MergeResult result = merged.result().orElse(null);
        node.put("applied", result == null ? 0 : result.applied());
        node.put("already_seen", result == null ? 0 : result.alreadySeen());
        ArrayNode conflicts = node.putArray("conflicts");
        if (result != null) {
            for (MergeConflict conflict : result.conflicts()) {
                ObjectNode c = conflicts.addObject();
                c.put("kind", conflict.kind().name());
                c.put("table", conflict.table());
                c.put("row_id", conflict.rowId().toString());
                c.put("detail", conflict.detail());
            }
        }
        return node;
    }
}

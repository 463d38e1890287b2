package app.nestegg.cli;

import app.nestegg.vault.household.merge.MergeRecord;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code household history [--json]}: the bundles this vault merged, newest first. */
@Command(name = "history", sortOptions = false)
final class HouseholdHistoryCommand implements Callable<Integer> {

    private final Cli cli;

    HouseholdHistoryCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        List<MergeRecord> merges;
        try (OpenVault vault = cli.openVault()) {
            merges = vault.session().household().history().list();
        }
        if (cli.options().json) {
            ArrayNode array = cli.jsonArray();
            merges.forEach(merge -> array.add(json(merge)));
            cli.printJson(array);
            return ExitCodes.OK;
        }
        if (merges.isEmpty()) {
            cli.out().println(cli.text("household.history.none"));
            return ExitCodes.OK;
        }
        TextTable table = new TextTable(false, false, true, true, true);
        table.row(
                cli.text("household.header.merged"),
                cli.text("household.header.author"),
                cli.text("household.header.applied"),
                cli.text("household.header.seen"),
                cli.text("household.header.conflicts"));
        for (MergeRecord merge : merges) {
            table.row(
                    cli.time(merge.mergedAt()),
                    merge.authorName(),
                    Integer.toString(merge.applied()),
                    Integer.toString(merge.alreadySeen()),
                    Integer.toString(merge.conflicts()));
        }
        table.print(cli.out(), "");
        return ExitCodes.OK;
    }

    private ObjectNode json(MergeRecord merge) {
        ObjectNode node = cli.jsonObject();
        node.put("bundle_id", merge.bundleId().toString());
        node.put("author_id", merge.authorId().toString());
        node.put("author_name", merge.authorName());
        node.put("merged_at", merge.mergedAt().toString());
        node.put("applied", merge.applied());
        node.put("already_seen", merge.alreadySeen());
        node.put("conflicts", merge.conflicts());
        return node;
    }
}

package app.nestegg.cli;

import app.nestegg.vault.household.merge.MergeRecord;
import app.nestegg.vault.household.sync.FolderRound;
import app.nestegg.vault.household.sync.FolderStatus;
import app.nestegg.vault.household.sync.RefusedFile;
import app.nestegg.vault.household.sync.SharedFolder;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code household folder [DIR] [--off] [--sync] [--json]}: sets the shared folder (and runs a first round there),
 * turns it off, runs a round now, or shows where shared-folder sync stands.
 */
@Command(name = "folder", sortOptions = false)
final class HouseholdFolderCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", descriptionKey = "arg.household.folder")
    Path folder;

    @Option(names = "--off", order = 1)
    boolean off;

    @Option(names = "--sync", order = 2)
    boolean sync;

    HouseholdFolderCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (off && (folder != null || sync)) {
            throw CliFailure.usage(cli.text("household.folder.offAlone"));
        }
        try (OpenVault vault = cli.openVault()) {
            SharedFolder shared = new SharedFolder(
                    vault.session().household(), vault.session().ledger().clock());
            if (off) {
                shared.stop();
                cli.out().println(cli.text("household.folder.stopped"));
                return ExitCodes.OK;
            }
            Optional<FolderRound> round = Optional.empty();
            if (folder != null) {
                shared.use(folder);
                cli.out()
                        .println(
                                cli.text("household.folder.set", shared.folder().orElseThrow()));
            }
            if (folder != null || sync) {
                if (shared.folder().isEmpty()) {
                    throw CliFailure.usage(cli.text("household.folder.none"));
                }
                round = Optional.of(shared.run());
            }
            FolderStatus status = shared.status();
            if (cli.options().json) {
                cli.printJson(json(status, round));
                return ExitCodes.OK;
            }
            round.ifPresent(this::print);
            print(status);
            return round.map(r -> r.refused().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT_FILE)
                    .orElse(ExitCodes.OK);
        }
    }

    private void print(FolderRound round) {
        cli.out()
                .println(cli.text(
                        "household.folder.round",
                        round.written().map(w -> w.entries()).orElse(0),
                        round.merged().size(),
                        round.mergedEntries()));
        round.waiting().forEach(path -> cli.out().println(cli.text("household.folder.waiting", path.getFileName())));
    }

    private void print(FolderStatus status) {
        if (status.folder().isEmpty()) {
            cli.out().println(cli.text("household.folder.none"));
            return;
        }
        cli.out().println(cli.text("household.folder.is", status.folder().get()));
        cli.out()
                .println(status.lastWrittenAt()
                        .map(at -> cli.text(
                                "household.folder.lastWritten",
                                cli.time(at),
                                status.lastWrittenFile().orElse("")))
                        .orElse(cli.text("household.folder.neverWritten")));
        for (MergeRecord merge : status.lastMergedPerMember().values()) {
            cli.out().println(cli.text("household.folder.lastMerged", merge.authorName(), cli.time(merge.mergedAt())));
        }
        for (RefusedFile refused : status.refused()) {
            cli.out().println(cli.text("household.folder.refused", refused.name(), refused.message()));
        }
    }

    private ObjectNode json(FolderStatus status, Optional<FolderRound> round) {
        ObjectNode node = cli.jsonObject();
        node.put("folder", status.folder().map(Path::toString).orElse(null));
        node.put("last_written_file", status.lastWrittenFile().orElse(null));
        node.put("last_written_at", status.lastWrittenAt().map(Object::toString).orElse(null));
        ArrayNode merged = node.putArray("last_merged");
        for (MergeRecord merge : status.lastMergedPerMember().values()) {
            ObjectNode m = merged.addObject();
            m.put("member_id", merge.authorId().toString());
            m.put("member_name", merge.authorName());
            m.put("merged_at", merge.mergedAt().toString());
            m.put("bundle_id", merge.bundleId().toString());
        }
        ArrayNode refused = node.putArray("refused");
        for (RefusedFile file : status.refused()) {
            ObjectNode r = refused.addObject();
            r.put("file", file.name());
            r.put("reason", file.reason());
            r.put("message", file.message());
        }
        round.ifPresent(r -> {
            ObjectNode ran = node.putObject("round");
            ran.put("written_entries", r.written().map(w -> w.entries()).orElse(0));
            ran.put("merged_bundles", r.merged().size());
            ran.put("merged_entries", r.mergedEntries());
            ArrayNode waiting = ran.putArray("waiting");
            r.waiting().forEach(path -> waiting.add(path.getFileName().toString()));
        });
        return node;
    }
}

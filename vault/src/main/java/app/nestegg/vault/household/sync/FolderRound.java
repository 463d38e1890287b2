package app.nestegg.vault.household.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One round of shared-folder sync: the bundle this vault wrote (if it had anything new), the other members' bundles it
 * merged, the files it will try again later because they are still being written, and those it refused.
 */
public record FolderRound(
        Optional<ExportedBundle> written, List<MergedBundle> merged, List<Path> waiting, List<RefusedFile> refused) {

    public FolderRound {
        merged = List.copyOf(merged);
        waiting = List.copyOf(waiting);
        refused = List.copyOf(refused);
    }

    public int mergedEntries() {
        return merged.stream()
                .mapToInt(m -> m.result().map(r -> r.applied()).orElse(0))
                .sum();
    }
}

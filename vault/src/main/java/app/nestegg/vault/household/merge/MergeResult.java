package app.nestegg.vault.household.merge;

import java.util.List;
import java.util.UUID;

/** What merging one bundle did: entries new to this vault, entries it already had, and the repairs it made. */
public record MergeResult(UUID mergeId, int applied, int alreadySeen, List<MergeConflict> conflicts) {

    public MergeResult {
        conflicts = List.copyOf(conflicts);
    }
}

package app.nestegg.vault.household.merge;

import java.util.List;
import java.util.UUID;

/**
 * What merging one bundle did: entries new to this vault, entries it already had, the repairs it made, and how many
 * rows it recomputed from the change log.
 */
public record MergeResult(
        UUID mergeId, int applied, int alreadySeen, List<MergeConflict> conflicts, int recomputedRows) {

    public MergeResult {
        conflicts = List.copyOf(conflicts);
    }
}

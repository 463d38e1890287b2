package app.nestegg.vault.household.merge;

import java.util.Objects;
import java.util.UUID;

/** One repair a merge made, naming the row it concerns and, in plain words, what was done. */
public record MergeConflict(ConflictKind kind, String table, UUID rowId, String detail) {

    public MergeConflict {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(table);
        Objects.requireNonNull(rowId);
        Objects.requireNonNull(detail);
    }
}

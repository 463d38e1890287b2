package app.nestegg.sync.provider;

import java.util.List;
import java.util.Objects;

/**
 * One page of changes since a cursor. {@code added} and {@code modified} may name a row the ledger already holds or
 * does not hold yet (a provider without a change feed reports a re-read window as added), so the engine treats both as
 * upserts by provider id.
 *
 * @param nextCursor where the page after this one starts; store it together with this page's rows
 * @param hasMore whether another page follows at once
 */
public record TransactionChanges(
        List<ProviderTransaction> added,
        List<ProviderTransaction> modified,
        List<RemovedTransaction> removed,
        SyncCursor nextCursor,
        boolean hasMore) {

    public TransactionChanges {
        added = List.copyOf(added);
        modified = List.copyOf(modified);
        removed = List.copyOf(removed);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }

    public int size() {
        return added.size() + modified.size() + removed.size();
    }
}

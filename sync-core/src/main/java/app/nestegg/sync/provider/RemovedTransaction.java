package app.nestegg.sync.provider;

import java.util.Objects;

/** A transaction the provider no longer reports: a pending hold that lapsed or was replaced by its posted row. */
public record RemovedTransaction(String id, String accountId) {

    public RemovedTransaction {
        Objects.requireNonNull(id, "id");
    }
}

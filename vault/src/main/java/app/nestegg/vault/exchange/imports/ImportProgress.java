package app.nestegg.vault.exchange.imports;

/** Told how far a commit has come, between batches; called on the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> {};

    void update(long done, long total);
}

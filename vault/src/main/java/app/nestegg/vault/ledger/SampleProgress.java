package app.nestegg.vault.ledger;

/** Told after every committed batch of sample rows. */
@FunctionalInterface
public interface SampleProgress {

    SampleProgress NONE = (written, total) -> {};

    void written(long rows, long total);
}

package app.nestegg.vault.diagnostics;

/** The figures people ask about, each kept for the last time it happened. */
public enum CounterName {
    /** The last bank sync: how long it took and how many rows it wrote. */
    LAST_SYNC,
    /** The last statement import: how long its commit took and how many rows it imported. */
    LAST_IMPORT,
    /** The last unlock: from the passphrase check to the open, migrated database (not the time spent typing). */
    LAST_UNLOCK
}

package app.nestegg.desktop.household;

import java.util.UUID;

/** A merged bundle in the history table. */
public record HistoryRow(UUID mergeId, String merged, String author, int applied, int alreadySeen, int conflicts) {}

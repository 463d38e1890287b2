package app.nestegg.vault.household.merge;

import java.time.Instant;
import java.util.UUID;

/**
 * One merged bundle: who wrote it, when it was merged, how many entries were new and already known, how many repairs it
 * needed, and the author's newest clock time in it.
 */
public record MergeRecord(
        UUID id,
        UUID bundleId,
        UUID authorId,
        String authorName,
        Instant mergedAt,
        int applied,
        int alreadySeen,
        int conflicts,
        long lastAuthorHlc) {}

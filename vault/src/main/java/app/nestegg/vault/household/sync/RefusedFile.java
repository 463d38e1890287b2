package app.nestegg.vault.household.sync;

import java.time.Instant;

/** A file in the shared folder that was refused as it is now, with the reason and the message the reader gave. */
public record RefusedFile(String name, String reason, String message, Instant checkedAt) {}

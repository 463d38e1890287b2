package app.nestegg.vault.household.merge;

import app.nestegg.vault.store.ChangeOperation;
import java.time.Instant;
import java.util.UUID;

/** One change to a row: who made it (member id and name), when by their clock, and whether it added, edited or deleted. */
public record RowChange(UUID memberId, String memberName, Instant at, ChangeOperation operation) {}

package app.nestegg.vault.ledger.goals;

import app.nestegg.vault.ledger.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A savings goal as stored.
 *
 * @param targetDate the day the target should be reached by, or null when the goal has no date
 * @param statusOn the day of the last status change (the creation day for a goal never changed)
 * @param accountIds the linked accounts of a {@link GoalFunding#LINKED_ACCOUNTS} goal, empty otherwise
 */
public record Goal(
        UUID id,
        String name,
        Money target,
        LocalDate targetDate,
        GoalFunding funding,
        GoalStatus status,
        LocalDate statusOn,
        List<UUID> accountIds,
        Instant createdAt) {

    public Goal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(funding, "funding");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusOn, "statusOn");
        Objects.requireNonNull(createdAt, "createdAt");
        accountIds = List.copyOf(accountIds);
    }

    public Optional<LocalDate> targetDateIfAny() {
        return Optional.ofNullable(targetDate);
    }
}

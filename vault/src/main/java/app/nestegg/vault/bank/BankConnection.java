package app.nestegg.vault.bank;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A linked bank login as the app shows it; the access token and the provider's cursor are read through {@link
 * BankConnections} only.
 *
 * @param providerItemId the provider's id for the login (a Plaid Item, a Teller enrollment)
 * @param lastSyncedAt when a sync last finished, or null before the first
 * @param nextRetryAt when the scheduler may try again after a failure, or null when it may at once
 * @param failureCount failed syncs since the last one that succeeded
 * @param lastError why the last sync failed, or null when it succeeded
 */
public record BankConnection(
        UUID id,
        BankProviderKind provider,
        String institutionName,
        String providerItemId,
        ConnectionStatus status,
        Instant lastSyncedAt,
        Instant nextRetryAt,
        int failureCount,
        ConnectionError lastError,
        Instant createdAt) {

    public BankConnection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(institutionName, "institutionName");
        Objects.requireNonNull(providerItemId, "providerItemId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (failureCount < 0) {
            throw new IllegalArgumentException("a failure count is never negative");
        }
    }

    /** Whether a scheduled sync may run now: no retry time, or one that has come. */
    public boolean isDue(Instant now) {
        return nextRetryAt == null || !nextRetryAt.isAfter(now);
    }
}

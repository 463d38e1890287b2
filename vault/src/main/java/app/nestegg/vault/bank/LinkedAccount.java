package app.nestegg.vault.bank;

import java.util.Objects;
import java.util.UUID;

/**
 * A provider account feeding a ledger account.
 *
 * @param balance what the provider reported last, or null before the first balance arrived
 */
public record LinkedAccount(
        UUID id, UUID connectionId, String providerAccountId, UUID accountId, ReportedBalance balance) {

    public LinkedAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(providerAccountId, "providerAccountId");
        Objects.requireNonNull(accountId, "accountId");
    }
}

package app.nestegg.vault.bank;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A ledger row no provider owns yet (typed or imported from a statement) that a synced row may turn out to be.
 *
 * @param amount in minor units of the account's currency
 */
public record MatchCandidate(UUID id, UUID accountId, long amount, LocalDate date, String payee) {

    public MatchCandidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(date, "date");
    }
}

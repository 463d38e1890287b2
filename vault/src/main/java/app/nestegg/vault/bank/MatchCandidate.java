package app.nestegg.vault.bank;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A ledger row no provider owns yet (typed or imported from a statement) that a synced row may turn out to be. */
public record MatchCandidate(UUID id, LocalDate date, String payee) {

    public MatchCandidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
    }
}

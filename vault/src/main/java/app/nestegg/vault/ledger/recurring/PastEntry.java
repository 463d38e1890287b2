package app.nestegg.vault.ledger.recurring;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** One ledger row as the detector sees it: its day, payee, signed amount in the account's minor units, account. */
public record PastEntry(LocalDate date, String payee, long amount, UUID accountId) {

    public PastEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(accountId, "accountId");
    }
}

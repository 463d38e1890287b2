package app.nestegg.vault.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A draft that passed every check: amounts in minor units, accounts resolved, and the transfer's other amount. */
record CheckedDraft(
        Account account,
        LocalDate date,
        Money amount,
        String payee,
        String memo,
        UUID categoryId,
        List<Split> splits,
        Account transferAccount,
        Money transferAmount,
        Set<String> tags,
        String notes,
        TransactionStatus status,
        TransactionOrigin origin,
        String externalId) {

    boolean isTransfer() {
        return transferAccount != null;
    }
}

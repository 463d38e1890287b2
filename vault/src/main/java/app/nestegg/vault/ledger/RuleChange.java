package app.nestegg.vault.ledger;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** What running rules would change on one existing transaction: its payee, category and tags before and after. */
public record RuleChange(
        UUID transactionId,
        LocalDate date,
        String payeeBefore,
        String payeeAfter,
        UUID categoryBefore,
        UUID categoryAfter,
        Set<String> tagsBefore,
        Set<String> tagsAfter) {

    public RuleChange {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(date, "date");
        tagsBefore = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(tagsBefore));
        tagsAfter = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(tagsAfter));
    }

    public boolean changesPayee() {
        return !Objects.equals(payeeBefore, payeeAfter);
    }

    public boolean changesCategory() {
        return !Objects.equals(categoryBefore, categoryAfter);
    }

    public boolean changesTags() {
        return !tagsBefore.equals(tagsAfter);
    }
}

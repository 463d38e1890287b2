package app.nestegg.vault.ledger;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The parts of a transaction rules read and change. {@code categoryFixed} is true when rules may not set the category:
 * the transaction is split or a transfer, it was given a category explicitly, or an earlier rule already set one.
 */
record RuleSubject(
        String payee, BigDecimal amount, UUID accountId, UUID categoryId, Set<String> tags, boolean categoryFixed) {

    RuleSubject {
        payee = payee == null ? "" : payee;
        tags = Collections.unmodifiableSet(new LinkedHashSet<>(tags));
    }

    RuleSubject after(Rule rule) {
        String newPayee = rule.renamePayee() == null ? payee : rule.renamePayee();
        UUID newCategory = categoryId;
        boolean fixed = categoryFixed;
        if (rule.setCategoryId() != null && !categoryFixed) {
            newCategory = rule.setCategoryId();
            fixed = true;
        }
        Set<String> newTags = new LinkedHashSet<>(tags);
        if (rule.addTag() != null) {
            newTags.add(rule.addTag());
        }
        return new RuleSubject(newPayee, amount, accountId, newCategory, newTags, fixed);
    }
}

package app.nestegg.vault.ledger;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which existing transactions rules run over, and which rules: one rule (even a disabled one) when {@code ruleId} is
 * set, else every enabled rule; only one account's transactions when {@code accountId} is set; only those dated in
 * the inclusive range when {@code from} or {@code to} is set.
 */
public record RuleScope(UUID ruleId, UUID accountId, LocalDate from, LocalDate to) {

    public RuleScope {
        if (from != null) {
            LedgerText.date(from, "from");
        }
        if (to != null) {
            LedgerText.date(to, "to");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new LedgerInputException("from", "The range starts " + from + ", after it ends " + to);
        }
    }

    /** Every enabled rule over every transaction. */
    public static RuleScope all() {
        return new RuleScope(null, null, null, null);
    }

    public RuleScope onlyRule(UUID id) {
        return new RuleScope(id, accountId, from, to);
    }

    public RuleScope inAccount(UUID id) {
        return new RuleScope(ruleId, id, from, to);
    }

    public RuleScope between(LocalDate start, LocalDate end) {
        return new RuleScope(ruleId, accountId, start, end);
    }
}

package app.nestegg.vault.ledger;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Rules in order, compiled, ready to run over many transactions (an import) without reading them again. Every
 * matching rule applies in order; each sees the payee as earlier rules left it. Rename and tag always apply; the
 * category is set only by the first matching rule that sets one, and only when the transaction may take one.
 */
public final class RuleSet {

    private final List<Compiled> rules;

    private RuleSet(List<Compiled> rules) {
        this.rules = List.copyOf(rules);
    }

    static RuleSet of(List<Rule> rules, PatternCache cache) {
        return new RuleSet(
                rules.stream().map(r -> new Compiled(r, cache.patternOf(r))).toList());
    }

    public List<Rule> rules() {
        return rules.stream().map(Compiled::rule).toList();
    }

    /**
     * The draft with the actions of every matching rule applied. The category is set only when the draft has none,
     * no splits and is not a transfer.
     *
     * @param currency the account's currency; the draft's amount is in its major units, as the rule's bounds are
     */
    public TransactionDraft apply(TransactionDraft draft, Currency currency) {
        Objects.requireNonNull(currency, "currency");
        boolean fixed = draft.categoryId() != null || !draft.splits().isEmpty() || draft.transferAccountId() != null;
        RuleSubject after = run(new RuleSubject(
                draft.payee(), draft.amount(), draft.accountId(), draft.categoryId(), draft.tags(), fixed));
        TransactionDraft result = draft.withCategory(after.categoryId()).withTags(after.tags());
        return after.payee().equals(draft.payee() == null ? "" : draft.payee())
                ? result
                : result.withPayee(after.payee());
    }

    RuleSubject run(RuleSubject subject) {
        RuleSubject current = subject;
        for (Compiled rule : rules) {
            if (rule.matches(current)) {
                current = current.after(rule.rule());
            }
        }
        return current;
    }

    private record Compiled(Rule rule, Pattern pattern) {

        boolean matches(RuleSubject subject) {
            return payeeMatches(subject.payee())
                    && (rule.minAmount() == null
                            || (subject.amount() != null && subject.amount().compareTo(rule.minAmount()) >= 0))
                    && (rule.maxAmount() == null
                            || (subject.amount() != null && subject.amount().compareTo(rule.maxAmount()) <= 0))
                    && (rule.accountId() == null || rule.accountId().equals(subject.accountId()));
        }

        private boolean payeeMatches(String payee) {
            if (rule.payeePattern() == null) {
                return true;
            }
            return switch (rule.payeeMatch()) {
                case EQUALS -> payee.strip().equalsIgnoreCase(rule.payeePattern());
                case CONTAINS ->
                    payee.toLowerCase(Locale.ROOT).contains(rule.payeePattern().toLowerCase(Locale.ROOT));
                case REGEX -> pattern.matcher(payee).find();
            };
        }
    }

    /** Compiled regular expressions per rule, reused while the rule's pattern stays the same. */
    static final class PatternCache {

        private final Map<UUID, Pattern> patterns = new ConcurrentHashMap<>();

        Pattern patternOf(Rule rule) {
            if (rule.payeeMatch() != PayeeMatch.REGEX || rule.payeePattern() == null) {
                return null;
            }
            return patterns.compute(
                    rule.id(),
                    (id, cached) -> cached != null && cached.pattern().equals(rule.payeePattern())
                            ? cached
                            : Pattern.compile(rule.payeePattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }

        void forget(UUID ruleId) {
            patterns.remove(ruleId);
        }
    }
}

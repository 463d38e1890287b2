package app.nestegg.vault.ledger;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A rule as typed. Refused unless it has at least one condition (payee pattern, amount bound or account) and at
 * least one action (category, new payee name or tag), a pattern that compiles when it is a regular expression, and a
 * minimum no greater than the maximum. Whether the category and account exist is checked by {@link Rules}.
 */
public record RuleDraft(
        String name,
        PayeeMatch payeeMatch,
        String payeePattern,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        UUID accountId,
        UUID setCategoryId,
        String renamePayee,
        String addTag,
        boolean enabled) {

    private static final BigDecimal LIMIT = new BigDecimal("1E16");

    public RuleDraft {
        name = LedgerText.required(name, "name", 100);
        payeePattern = pattern(payeeMatch, payeePattern);
        payeeMatch = payeePattern == null ? null : payeeMatch;
        minAmount = amount(minAmount, "minimum");
        maxAmount = amount(maxAmount, "maximum");
        if (minAmount != null && maxAmount != null && minAmount.compareTo(maxAmount) > 0) {
            throw new LedgerInputException(
                    "amount",
                    "The minimum amount " + minAmount.toPlainString() + " is above the maximum "
                            + maxAmount.toPlainString());
        }
        renamePayee = LedgerText.optional(renamePayee, "rename", 200);
        addTag = addTag == null || addTag.isBlank()
                ? null
                : LedgerText.tags(Set.of(addTag)).iterator().next();
        if (payeePattern == null && minAmount == null && maxAmount == null && accountId == null) {
            throw new LedgerInputException(
                    "conditions", "Rule '" + name + "' needs a condition: a payee pattern, an amount or an account");
        }
        if (setCategoryId == null && renamePayee == null && addTag == null) {
            throw new LedgerInputException(
                    "actions", "Rule '" + name + "' needs an action: set a category, rename the payee or add a tag");
        }
    }

    private static String pattern(PayeeMatch match, String text) {
        String pattern = LedgerText.optional(text, "pattern", 500);
        if (pattern == null) {
            return null;
        }
        if (match == null) {
            throw new LedgerInputException(
                    "pattern", "Say how the pattern '" + pattern + "' is matched: EQUALS, CONTAINS or REGEX");
        }
        if (match == PayeeMatch.REGEX) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new LedgerInputException(
                        "pattern",
                        "Pattern '" + pattern + "' is not a valid regular expression: " + e.getDescription()
                                + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
            }
        }
        return pattern;
    }

    private static BigDecimal amount(BigDecimal value, String which) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > 4 || value.abs().compareTo(LIMIT) >= 0) {
            throw new LedgerInputException(
                    "amount",
                    "The " + which + " amount " + value.toPlainString()
                            + " must have at most 4 decimals and 16 digits before the point");
        }
        return value;
    }
}

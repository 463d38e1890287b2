package app.nestegg.vault.ledger.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * What a user asks for when adding or editing a goal; {@link Goals} checks it.
 *
 * @param currency the goal's currency, or null for the linked accounts' one when they share it, else the base currency
 * @param targetDate null for a goal without a date
 * @param accountIds the linked accounts: required for {@link GoalFunding#LINKED_ACCOUNTS}, refused otherwise
 */
public record GoalDraft(
        String name,
        BigDecimal target,
        Currency currency,
        LocalDate targetDate,
        GoalFunding funding,
        List<UUID> accountIds) {

    public GoalDraft {
        accountIds = accountIds == null ? List.of() : List.copyOf(accountIds);
    }

    /** A goal funded by contributions, in the given currency (null for the base currency). */
    public static GoalDraft contributions(String name, BigDecimal target, Currency currency, LocalDate targetDate) {
        return new GoalDraft(name, target, currency, targetDate, GoalFunding.CONTRIBUTIONS, List.of());
    }

    /** A goal whose saved amount is the linked accounts' balance. */
    public static GoalDraft linked(
            String name, BigDecimal target, Currency currency, LocalDate targetDate, List<UUID> accountIds) {
        return new GoalDraft(name, target, currency, targetDate, GoalFunding.LINKED_ACCOUNTS, accountIds);
    }
}

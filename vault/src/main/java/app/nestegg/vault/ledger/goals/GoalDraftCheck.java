package app.nestegg.vault.ledger.goals;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Accounts;
import app.nestegg.vault.ledger.ExchangeRates;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.LedgerText;
import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a {@link GoalDraft} against the ledger before anything is written; each refusal names its field. Accounts
 * already linked to the goal being edited may stay linked after they were closed; new links need open asset accounts.
 */
final class GoalDraftCheck {

    static final int MAX_NAME = 100;

    private final Accounts accounts;
    private final ExchangeRates rates;

    GoalDraftCheck(Accounts accounts, ExchangeRates rates) {
        this.accounts = accounts;
        this.rates = rates;
    }

    /** A draft that passed: the name stripped, the target in minor units, the accounts without repeats. */
    record Checked(String name, Money target, LocalDate targetDate, GoalFunding funding, List<UUID> accountIds) {}

    /**
     * @param before the goal being edited, or null for a new one
     */
    Checked check(GoalDraft draft, Goal before, LocalDate today) {
        String name = LedgerText.required(draft.name(), "name", MAX_NAME);
        if (draft.funding() == null) {
            throw new LedgerInputException("funding", "A goal needs a funding kind: LINKED_ACCOUNTS or CONTRIBUTIONS");
        }
        List<Account> linked = linkedAccounts(draft, before);
        Currency currency = currency(draft, linked);
        Money target = target(draft.target(), currency);
        LocalDate targetDate = targetDate(draft.targetDate(), before, today);
        for (Account account : linked) {
            if (!account.currency().equals(currency)
                    && rates.rate(account.currency(), currency, today).isEmpty()) {
                throw new LedgerInputException(
                        "currency",
                        "Account '" + account.name() + "' is in "
                                + account.currency().getCurrencyCode()
                                + " and no exchange rate to " + currency.getCurrencyCode() + " is known on or before "
                                + today + "; add one first");
            }
        }
        return new Checked(
                name,
                target,
                targetDate,
                draft.funding(),
                linked.stream().map(Account::id).toList());
    }

    private List<Account> linkedAccounts(GoalDraft draft, Goal before) {
        Set<UUID> ids = new LinkedHashSet<>(draft.accountIds());
        if (draft.funding() == GoalFunding.CONTRIBUTIONS) {
            if (!ids.isEmpty()) {
                throw new LedgerInputException(
                        "account",
                        "A goal funded by contributions has no linked accounts; choose linked accounts as its funding"
                                + " instead");
            }
            return List.of();
        }
        if (ids.isEmpty()) {
            throw new LedgerInputException("account", "A goal funded by linked accounts needs at least one account");
        }
        List<Account> linked = new ArrayList<>();
        for (UUID id : ids) {
            if (id == null) {
                throw new LedgerInputException("account", "A linked account is missing");
            }
            Account account = accounts.get(id);
            boolean alreadyLinked = before != null && before.accountIds().contains(id);
            if (account.closed() && !alreadyLinked) {
                throw new LedgerInputException(
                        "account", "Account '" + account.name() + "' is closed; link an open account");
            }
            if (account.type().isLiability()) {
                throw new LedgerInputException(
                        "account",
                        "Account '" + account.name() + "' is a "
                                + account.type().cliName()
                                + " account, which holds a debt; a goal counts savings in asset accounts");
            }
            linked.add(account);
        }
        return linked;
    }

    /** The draft's currency; else the linked accounts' one when they share it; else the vault's base currency. */
    private Currency currency(GoalDraft draft, List<Account> linked) {
        if (draft.currency() != null) {
            return draft.currency();
        }
        Set<Currency> theirs = new LinkedHashSet<>();
        linked.forEach(a -> theirs.add(a.currency()));
        return theirs.size() == 1 ? theirs.iterator().next() : rates.baseCurrency();
    }

    private static Money target(BigDecimal amount, Currency currency) {
        if (amount == null) {
            throw new LedgerInputException("target", "A goal needs a target amount");
        }
        if (amount.signum() <= 0) {
            throw new LedgerInputException(
                    "target", "A goal's target must be greater than zero, not " + amount.toPlainString());
        }
        return Money.of(amount, currency, "target");
    }

    /** Null stays null; a new or changed date must lie after today, an unchanged one may have passed meanwhile. */
    private static LocalDate targetDate(LocalDate date, Goal before, LocalDate today) {
        if (date == null) {
            return null;
        }
        LedgerText.date(date, "target date");
        boolean unchanged = before != null && date.equals(before.targetDate());
        if (!unchanged && !date.isAfter(today)) {
            throw new LedgerInputException(
                    "target date", "The target date " + date + " is not after today (" + today + ")");
        }
        return date;
    }
}

package app.nestegg.vault.ledger;

import static app.nestegg.vault.store.generated.Tables.CATEGORY;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Checks transaction drafts inside one write, remembering the accounts and categories it has looked up so a batch of
 * thousands costs a handful of queries. Every refusal names the field and says what is wrong.
 */
final class DraftChecks {

    private static final int MAX_PAYEE = 200;

    private final DSLContext dsl;
    private final ExchangeRates rates;
    private final Map<UUID, Account> accounts = new HashMap<>();
    private Set<UUID> categories;

    DraftChecks(DSLContext dsl, ExchangeRates rates) {
        this.dsl = dsl;
        this.rates = rates;
    }

    /**
     * @param keptPeerAmount the other side's stored amount, kept when an edit leaves the transfer's amount alone
     */
    CheckedDraft check(TransactionDraft draft, Money keptPeerAmount) {
        Account account = openAccount(draft.accountId(), "account");
        var date = LedgerText.date(draft.date(), "date");
        if (draft.amount() == null) {
            throw new LedgerInputException("amount", "The amount is missing");
        }
        Money amount = Money.of(draft.amount(), account.currency(), "amount");
        List<Split> splits = splits(draft, amount);
        UUID category = draft.categoryId();
        if (category != null) {
            if (!splits.isEmpty()) {
                throw new LedgerInputException(
                        "category",
                        "A split transaction takes its categories from its splits; leave the category empty");
            }
            requireCategory(category, "category");
        }
        Account other = null;
        Money otherAmount = null;
        if (draft.transferAccountId() != null) {
            other = transferAccount(draft, account, splits, category);
            otherAmount = transferAmount(draft, amount, other, keptPeerAmount);
        }
        String payee = draft.payee() == null && other != null ? "Transfer" : draft.payee();
        return new CheckedDraft(
                account,
                date,
                amount,
                LedgerText.required(payee, "payee", MAX_PAYEE),
                LedgerText.optional(draft.memo(), "memo", 1000),
                category,
                splits,
                other,
                otherAmount,
                LedgerText.tags(draft.tags()),
                LedgerText.optional(draft.notes(), "notes", 4000),
                draft.status(),
                draft.origin(),
                LedgerText.optional(draft.externalId(), "external id", 200));
    }

    Account account(UUID id) {
        return accounts.computeIfAbsent(id, key -> Accounts.toAccount(Accounts.load(dsl, key)));
    }

    private Account openAccount(UUID id, String field) {
        if (id == null) {
            throw new LedgerInputException(field, "The account is missing");
        }
        Account account = account(id);
        if (account.closed()) {
            throw new LedgerInputException(
                    field, "Account '" + account.name() + "' is closed; reopen it to add or change transactions");
        }
        return account;
    }

    private List<Split> splits(TransactionDraft draft, Money amount) {
        if (draft.splits().isEmpty()) {
            return List.of();
        }
        if (draft.splits().size() < 2) {
            throw new LedgerInputException("splits", "A split transaction needs at least two splits");
        }
        List<Split> splits = new ArrayList<>();
        Money sum = Money.zero(amount.currency());
        for (int i = 0; i < draft.splits().size(); i++) {
            SplitDraft split = draft.splits().get(i);
            String field = "split " + (i + 1);
            Money part = Money.of(split.amount(), amount.currency(), field + " amount");
            if (split.categoryId() != null) {
                requireCategory(split.categoryId(), field + " category");
            }
            splits.add(new Split(split.categoryId(), part, LedgerText.optional(split.memo(), field + " memo", 500)));
            sum = sum.plus(part);
        }
        if (!sum.equals(amount)) {
            throw new LedgerInputException(
                    "splits",
                    "The splits add up to " + sum.toPlainString() + " but the transaction is " + amount.toPlainString()
                            + " " + amount.currency().getCurrencyCode() + " (difference "
                            + amount.minus(sum).toPlainString() + ")");
        }
        return splits;
    }

    private Account transferAccount(TransactionDraft draft, Account account, List<Split> splits, UUID category) {
        if (draft.transferAccountId().equals(account.id())) {
            throw new LedgerInputException(
                    "transfer account",
                    "A transfer needs two different accounts; both sides are '" + account.name() + "'");
        }
        if (!splits.isEmpty()) {
            throw new LedgerInputException("splits", "A transfer cannot be split");
        }
        if (category != null) {
            throw new LedgerInputException("category", "A transfer has no category");
        }
        return openAccount(draft.transferAccountId(), "transfer account");
    }

    private Money transferAmount(TransactionDraft draft, Money amount, Account other, Money keptPeerAmount) {
        BigDecimal given = draft.transferAmount();
        if (other.currency().equals(amount.currency())) {
            Money mirrored = amount.negate();
            if (given != null
                    && !Money.of(given, other.currency(), "transfer amount").equals(mirrored)) {
                throw new LedgerInputException(
                        "transfer amount",
                        "Both accounts hold " + amount.currency().getCurrencyCode() + ", so the other side must be "
                                + mirrored.toPlainString());
            }
            return mirrored;
        }
        if (given != null) {
            Money there = Money.of(given, other.currency(), "transfer amount");
            if (there.signum() == amount.signum() && !amount.isZero()) {
                throw new LedgerInputException(
                        "transfer amount", "Money leaving one account must arrive in the other: the signs must differ");
            }
            return there;
        }
        if (keptPeerAmount != null && keptPeerAmount.currency().equals(other.currency())) {
            return keptPeerAmount;
        }
        return rates.convert(amount.negate(), other.currency(), draft.date());
    }

    void requireCategory(UUID id, String field) {
        if (categories == null) {
            categories = new HashSet<>(dsl.select(CATEGORY.ID).from(CATEGORY).fetch(CATEGORY.ID));
        }
        if (!categories.contains(id)) {
            throw new LedgerInputException(field, "No category with id " + id);
        }
    }
}

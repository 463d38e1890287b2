package app.nestegg.vault.ledger.interest;

import static app.nestegg.vault.store.generated.Tables.BANK_ACCOUNT_LINK;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountOrigin;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Accounts;
import app.nestegg.vault.ledger.Balances;
import app.nestegg.vault.ledger.Categories;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.ledger.TransactionOrigin;
import app.nestegg.vault.ledger.Transactions;
import app.nestegg.vault.store.ChangeLog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.impl.DSL;

/**
 * Monthly interest of manual savings and loan accounts that have a rate (see {@link InterestAccrual}): each month is
 * posted once, on the first day of the next month, as one transaction whose external id {@code interest:YYYY-MM} marks
 * it done. Months are caught up from the one after the newest posting, else from the account's opening (a partial
 * first month), but never more than {@value #CATCH_UP_MONTHS} months back.
 */
public final class InterestPostings {

    /** How many complete months back a first posting may reach. */
    public static final int CATCH_UP_MONTHS = 12;

    static final String EXTERNAL_PREFIX = "interest:";
    static final String PAYEE = "Interest";
    private static final String EARNED_CATEGORY = "interest-dividends";
    private static final String CHARGED_CATEGORY = "fees-charges";

    private final ChangeLog log;
    private final Accounts accounts;
    private final Balances balances;
    private final Transactions transactions;
    private final Categories categories;

    public InterestPostings(
            ChangeLog log, Accounts accounts, Balances balances, Transactions transactions, Categories categories) {
        this.log = log;
        this.accounts = accounts;
        this.balances = balances;
        this.transactions = transactions;
        this.categories = categories;
    }

    /** The open, manual savings and loan accounts with a rate above zero and no bank link, by name. */
    public List<Account> accruing() {
        Set<UUID> linked = new HashSet<>(log.read(dsl -> dsl.selectDistinct(BANK_ACCOUNT_LINK.ACCOUNT_ID)
                .from(BANK_ACCOUNT_LINK)
                .fetch(BANK_ACCOUNT_LINK.ACCOUNT_ID)));
        return accounts.list().stream()
                .filter(a -> a.type() == AccountType.SAVINGS || a.type() == AccountType.LOAN)
                .filter(a -> a.origin() == AccountOrigin.MANUAL && !linked.contains(a.id()) && !a.closed())
                .filter(a -> a.interestRate() != null && a.interestRate().signum() > 0)
                .toList();
    }

    /** The complete months before {@code today} the account's interest is still to be posted for, oldest first. */
    public List<YearMonth> dueMonths(Account account, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        YearMonth from = newestPosted(account.id())
                .map(month -> month.plusMonths(1))
                .orElseGet(() -> YearMonth.from(account.openingDate()));
        YearMonth earliest = current.minusMonths(CATCH_UP_MONTHS);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from.isBefore(earliest) ? earliest : from;
                month.isBefore(current);
                month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /**
     * Accrues the month and posts it, unless it was posted already (then the stored posting is returned unchanged).
     * Nothing is written for a month whose interest rounds to zero.
     */
    public InterestPosting post(Account account, YearMonth month) {
        String externalId = EXTERNAL_PREFIX + month;
        var existing = transactions.findByExternalId(account.id(), externalId);
        if (existing.isPresent()) {
            return new InterestPosting(
                    account.id(), month, existing.get().amount(), existing.get().id());
        }
        Money amount = accrued(account, month);
        if (amount.isZero()) {
            return new InterestPosting(account.id(), month, amount, null);
        }
        TransactionDraft draft = TransactionDraft.of(
                        account.id(), month.plusMonths(1).atDay(1), amount.toDecimal(), PAYEE)
                .withMemo(memo(account, month, amount))
                .withCategory(category(amount))
                .withSource(TransactionOrigin.MANUAL, externalId);
        UUID id = log.write(w -> w.dsl()
                .select(LEDGER_TRANSACTION.ID)
                .from(LEDGER_TRANSACTION)
                .where(LEDGER_TRANSACTION.ACCOUNT_ID.eq(account.id()))
                .and(LEDGER_TRANSACTION.EXTERNAL_ID.eq(externalId))
                .fetchOptional(LEDGER_TRANSACTION.ID)
                .orElseGet(() -> transactions.addOwned(w, draft)));
        return new InterestPosting(account.id(), month, amount, id);
    }

    /** The month's interest: each day from the later of the month's start and the opening, to the month's end. */
    Money accrued(Account account, YearMonth month) {
        LocalDate first = month.atDay(1).isBefore(account.openingDate()) ? account.openingDate() : month.atDay(1);
        BigDecimal exact = BigDecimal.ZERO;
        for (LocalDate day = first; !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            long balance = balances.balance(account.id(), day).minor();
            exact = exact.add(InterestAccrual.ofDay(balance, account.interestRate(), account.type()));
        }
        return new Money(InterestAccrual.posted(exact), account.currency());
    }

    private Optional<YearMonth> newestPosted(UUID accountId) {
        String newest = log.read(dsl -> dsl.select(DSL.max(LEDGER_TRANSACTION.EXTERNAL_ID))
                .from(LEDGER_TRANSACTION)
                .where(LEDGER_TRANSACTION.ACCOUNT_ID.eq(accountId))
                .and(LEDGER_TRANSACTION.EXTERNAL_ID.startsWith(EXTERNAL_PREFIX))
                .fetchOne(0, String.class));
        return Optional.ofNullable(newest).map(id -> YearMonth.parse(id.substring(EXTERNAL_PREFIX.length())));
    }

    private UUID category(Money amount) {
        UUID id = Categories.defaultId(amount.signum() > 0 ? EARNED_CATEGORY : CHARGED_CATEGORY);
        return categories.lookup(id).isPresent() ? id : null;
    }

    private static String memo(Account account, YearMonth month, Money amount) {
        return (amount.signum() > 0 ? "Interest earned in " : "Interest charged for ") + month + " at "
                + account.interestRate().stripTrailingZeros().toPlainString() + "% a year (actual/365)";
    }
}

package app.nestegg.vault.ledger.recurring;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.SCHEDULED_OCCURRENCE;
import static app.nestegg.vault.store.generated.Tables.SCHEDULED_TRANSACTION;

import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.Rules;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.ledger.Transactions;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.ChangeWriter;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.ScheduledOccurrenceRecord;
import app.nestegg.vault.store.generated.tables.records.ScheduledTransactionRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scheduled transactions: ledger rows shared with the household. Each due day is settled (entered or skipped) in a
 * write of its own that also records the day in {@code scheduled_occurrence} and moves the next due day past it, so a
 * day is entered once however often the job runs, and a job cut short loses nothing it settled.
 */
public final class ScheduledTransactions {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledTransactions.class);

    private final ChangeLog log;
    private final Transactions transactions;
    private final Rules rules;
    private final PostingSetting posting;
    private final Clock clock;

    ScheduledTransactions(ChangeLog log, Transactions transactions, Rules rules, PostingSetting posting, Clock clock) {
        this.log = log;
        this.transactions = transactions;
        this.rules = rules;
        this.posting = posting;
        this.clock = clock;
    }

    /** Every scheduled transaction, the soonest due first. */
    public List<ScheduledTransaction> list() {
        return log.read(dsl -> scheduled(dsl, DSL.trueCondition()));
    }

    public ScheduledTransaction get(UUID id) {
        return log.read(dsl -> get(dsl, id));
    }

    /**
     * Enters the transaction due next, dated its due day, whatever its mode: how the person approves one.
     *
     * @return the day entered
     */
    public LocalDate enter(UUID id) {
        LocalDate due = get(id).nextDue();
        settle(id, due, true);
        return due;
    }

    /** Lets the day due next pass without a transaction. */
    public LocalDate skip(UUID id) {
        LocalDate due = get(id).nextDue();
        settle(id, due, false);
        return due;
    }

    /**
     * Enters every day due by today of every {@link EntryMode#AUTO} scheduled transaction, days missed while the app
     * was closed included; nothing when this vault does not post scheduled transactions. A scheduled transaction the
     * ledger refuses (its account closed) is logged and left due, the others go on.
     *
     * @return how many transactions were entered
     */
    public int enterDue() {
        if (!posting.posts()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        int entered = 0;
        for (ScheduledTransaction item : log.read(dsl -> scheduled(
                dsl,
                SCHEDULED_TRANSACTION
                        .ENTRY_MODE
                        .eq(EntryMode.AUTO.name())
                        .and(SCHEDULED_TRANSACTION.NEXT_DUE_ON.le(today))))) {
            try {
                for (LocalDate due = item.nextDue();
                        !due.isAfter(today);
                        due = item.recurrence().nextAfter(due)) {
                    if (settle(item.id(), due, true)) {
                        entered++;
                    }
                }
            } catch (LedgerInputException e) {
                LOG.warn("Scheduled transaction {} to {} not entered: {}", item.id(), item.payee(), e.getMessage());
            }
        }
        return entered;
    }

    /** The days of each scheduled transaction from its next due day (overdue ones too) to {@code days} after today. */
    public List<ExpectedItem> dueWithin(int days) {
        return expected(LocalDate.MIN, LocalDate.now(clock).plusDays(days));
    }

    /** The days of each scheduled transaction that fall from {@code from} to {@code to}, both included. */
    public List<ExpectedItem> expected(LocalDate from, LocalDate to) {
        List<ExpectedItem> items = new ArrayList<>();
        for (ScheduledTransaction item : list()) {
            for (LocalDate day = item.nextDue();
                    !day.isAfter(to);
                    day = item.recurrence().nextAfter(day)) {
                if (!day.isBefore(from)) {
                    items.add(new ExpectedItem(day, item.accountId(), item.payee(), item.amount(), item.id(), null));
                }
            }
        }
        items.sort(Comparator.comparing(ExpectedItem::date).thenComparing(ExpectedItem::payee));
        return items;
    }

    /** Adds a scheduled transaction inside a write the caller holds. */
    ScheduledTransaction add(
            ChangeWriter w,
            UUID accountId,
            String payee,
            UUID categoryId,
            long amount,
            Recurrence recurrence,
            EntryMode mode) {
        ScheduledTransactionRecord record = new ScheduledTransactionRecord();
        record.setId(Ids.newId());
        record.setAccountId(accountId);
        record.setPayee(payee);
        record.setPayeeKey(PayeeKey.of(payee));
        record.setCategoryId(categoryId);
        record.setAmount(amount);
        record.setCadence(recurrence.cadence().name());
        record.setAnchorOn(recurrence.anchor());
        record.setNextDueOn(recurrence.anchor());
        record.setEntryMode(mode.name());
        record.setCreatedAt(clock.instant());
        w.insert(record);
        return get(w.dsl(), record.getId());
    }

    /** The keys ({@link SeriesBook#key}) of every scheduled transaction, so detection does not offer them again. */
    static List<String> keys(DSLContext dsl) {
        return dsl.select(
                        SCHEDULED_TRANSACTION.ACCOUNT_ID, SCHEDULED_TRANSACTION.PAYEE_KEY, SCHEDULED_TRANSACTION.AMOUNT)
                .from(SCHEDULED_TRANSACTION)
                .fetch(r -> SeriesBook.key(r.value1(), r.value2(), r.value3()));
    }

    /**
     * Settles one due day in a write of its own; false when the day was settled already (by an earlier run, or on
     * another household member's vault before the merge).
     */
    private boolean settle(UUID id, LocalDate due, boolean enter) {
        return log.write(w -> {
            ScheduledTransactionRecord record = w.dsl()
                    .selectFrom(SCHEDULED_TRANSACTION)
                    .where(SCHEDULED_TRANSACTION.ID.eq(id))
                    .fetchOne();
            if (record == null) {
                throw new LedgerInputException("scheduled", "No scheduled transaction with id " + id);
            }
            if (!record.getNextDueOn().equals(due)) {
                return false;
            }
            boolean settledBefore = w.dsl()
                    .fetchExists(
                            SCHEDULED_OCCURRENCE,
                            SCHEDULED_OCCURRENCE.SCHEDULED_ID.eq(id).and(SCHEDULED_OCCURRENCE.DUE_ON.eq(due)));
            if (!settledBefore) {
                ScheduledTransaction item = get(w.dsl(), id);
                ScheduledOccurrenceRecord occurrence = new ScheduledOccurrenceRecord();
                occurrence.setId(Ids.newId());
                occurrence.setScheduledId(id);
                occurrence.setDueOn(due);
                occurrence.setOutcome(enter ? "ENTERED" : "SKIPPED");
                occurrence.setTransactionId(enter ? transactions.add(w, draft(item, due), rules.snapshot()) : null);
                w.insert(occurrence);
            }
            record.setNextDueOn(
                    new Recurrence(Cadence.valueOf(record.getCadence()), record.getAnchorOn()).nextAfter(due));
            w.update(record);
            return !settledBefore;
        });
    }

    private static TransactionDraft draft(ScheduledTransaction item, LocalDate due) {
        return TransactionDraft.of(item.accountId(), due, item.amount().toDecimal(), item.payee())
                .withCategory(item.categoryId());
    }

    private static ScheduledTransaction get(DSLContext dsl, UUID id) {
        List<ScheduledTransaction> found = id == null ? List.of() : scheduled(dsl, SCHEDULED_TRANSACTION.ID.eq(id));
        if (found.isEmpty()) {
            throw new LedgerInputException("scheduled", "No scheduled transaction with id " + id);
        }
        return found.getFirst();
    }

    private static List<ScheduledTransaction> scheduled(DSLContext dsl, Condition which) {
        return dsl.select(SCHEDULED_TRANSACTION.fields())
                .select(ACCOUNT.CURRENCY)
                .from(SCHEDULED_TRANSACTION)
                .join(ACCOUNT)
                .on(ACCOUNT.ID.eq(SCHEDULED_TRANSACTION.ACCOUNT_ID))
                .where(which)
                .orderBy(SCHEDULED_TRANSACTION.NEXT_DUE_ON, SCHEDULED_TRANSACTION.PAYEE)
                .fetch(ScheduledTransactions::scheduled);
    }

    private static ScheduledTransaction scheduled(Record row) {
        ScheduledTransactionRecord r = row.into(SCHEDULED_TRANSACTION);
        return new ScheduledTransaction(
                r.getId(),
                r.getAccountId(),
                r.getPayee(),
                r.getCategoryId(),
                new Money(r.getAmount(), Currency.getInstance(row.get(ACCOUNT.CURRENCY))),
                new Recurrence(Cadence.valueOf(r.getCadence()), r.getAnchorOn()),
                r.getNextDueOn(),
                EntryMode.valueOf(r.getEntryMode()));
    }
}

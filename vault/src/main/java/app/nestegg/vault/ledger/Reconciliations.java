package app.nestegg.vault.ledger;

import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;

import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.LedgerTransactionRecord;
import app.nestegg.vault.store.generated.tables.records.ReconciliationRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Compares an account with a bank statement and, when they agree, marks its cleared transactions reconciled. */
public final class Reconciliations {

    private final ChangeLog log;
    private final Clock clock;

    Reconciliations(ChangeLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** What finishing would do, without writing anything. */
    public ReconcileSummary preview(UUID accountId, LocalDate statementDate, BigDecimal statementBalance) {
        return log.read(dsl -> summary(dsl, accountId, statementDate, statementBalance));
    }

    /**
     * Marks every cleared transaction up to the statement date reconciled and records the reconciliation; refused,
     * with nothing written, while the difference is not zero.
     */
    public ReconcileSummary finish(UUID accountId, LocalDate statementDate, BigDecimal statementBalance) {
        return log.write(w -> {
            ReconcileSummary summary = summary(w.dsl(), accountId, statementDate, statementBalance);
            if (!summary.balances()) {
                throw new LedgerInputException(
                        "statement balance",
                        "The statement says " + summary.statementBalance() + " but the cleared balance is "
                                + summary.clearedBalance() + "; a difference of " + summary.difference()
                                + " is left. Clear the missing transactions first.");
            }
            List<LedgerTransactionRecord> cleared = w.dsl()
                    .selectFrom(LEDGER_TRANSACTION)
                    .where(clearedUpTo(accountId, statementDate, TransactionStatus.CLEARED))
                    .fetch();
            for (LedgerTransactionRecord record : cleared) {
                record.setStatus(TransactionStatus.RECONCILED.name());
                w.update(record);
            }
            ReconciliationRecord record = new ReconciliationRecord();
            record.setId(Ids.newId());
            record.setAccountId(accountId);
            record.setStatementDate(statementDate);
            record.setStatementBalance(summary.statementBalance().minor());
            record.setDifference(summary.difference().minor());
            record.setMarked(cleared.size());
            record.setReconciledAt(clock.instant());
            w.insert(record);
            return summary;
        });
    }

    private static ReconcileSummary summary(
            DSLContext dsl, UUID accountId, LocalDate statementDate, BigDecimal statementBalance) {
        var account = Accounts.load(dsl, accountId);
        LedgerText.date(statementDate, "statement date");
        if (statementBalance == null) {
            throw new LedgerInputException("statement balance", "The statement balance is missing");
        }
        Currency currency = Currency.getInstance(account.getCurrency());
        Money statement = Money.of(statementBalance, currency, "statement balance");
        BigDecimal sum = dsl.select(DSL.sum(LEDGER_TRANSACTION.AMOUNT))
                .from(LEDGER_TRANSACTION)
                .where(clearedUpTo(accountId, statementDate, TransactionStatus.CLEARED, TransactionStatus.RECONCILED))
                .fetchOne(0, BigDecimal.class);
        long opening = statementDate.isBefore(account.getOpeningDate()) ? 0 : account.getOpeningBalance();
        Money cleared = new Money(opening + (sum == null ? 0 : sum.longValueExact()), currency);
        int toMark =
                dsl.fetchCount(LEDGER_TRANSACTION, clearedUpTo(accountId, statementDate, TransactionStatus.CLEARED));
        return new ReconcileSummary(accountId, statementDate, statement, cleared, statement.minus(cleared), toMark);
    }

    private static org.jooq.Condition clearedUpTo(UUID accountId, LocalDate date, TransactionStatus... statuses) {
        return LEDGER_TRANSACTION
                .ACCOUNT_ID
                .eq(accountId)
                .and(LEDGER_TRANSACTION.POSTED_ON.le(date))
                .and(LEDGER_TRANSACTION.STATUS.in(
                        java.util.Arrays.stream(statuses).map(Enum::name).toList()));
    }
}

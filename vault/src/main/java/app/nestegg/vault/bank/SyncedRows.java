package app.nestegg.vault.bank;

import static app.nestegg.vault.store.generated.Tables.BANK_TRANSACTION_PAYEE;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.ledger.TransactionOrigin;
import app.nestegg.vault.ledger.TransactionStatus;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.ChangeWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.impl.DSL;

/**
 * What a bank sync needs to know about ledger rows, read inside its write: rows by provider id, rows a synced row may
 * match, and the payee text the provider last sent for each synced row (kept locally, so a sync can tell the person's
 * rename from the provider's own text). The ledger rows themselves are written through {@code Transactions}.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "the provider's last payee text is sync state of this vault's connection, not ledger data")
public final class SyncedRows {

    private final ChangeLog log;

    SyncedRows(ChangeLog log) {
        this.log = log;
    }

    /** The row one of the accounts holds under this provider id, if any. */
    public Optional<UUID> byExternalId(ChangeWriter writer, Collection<UUID> accountIds, String externalId) {
        return writer.dsl()
                .select(LEDGER_TRANSACTION.ID)
                .from(LEDGER_TRANSACTION)
                .where(LEDGER_TRANSACTION.ACCOUNT_ID.in(accountIds))
                .and(LEDGER_TRANSACTION.EXTERNAL_ID.eq(externalId))
                .orderBy(LEDGER_TRANSACTION.ID)
                .limit(1)
                .fetchOptional(LEDGER_TRANSACTION.ID);
    }

    /** Whether the row is still one of the accounts' and still holds this provider id. */
    public boolean holds(ChangeWriter writer, UUID rowId, Collection<UUID> accountIds, String externalId) {
        return writer.dsl()
                .fetchExists(
                        LEDGER_TRANSACTION,
                        LEDGER_TRANSACTION
                                .ID
                                .eq(rowId)
                                .and(LEDGER_TRANSACTION.ACCOUNT_ID.in(accountIds))
                                .and(LEDGER_TRANSACTION.EXTERNAL_ID.eq(externalId)));
    }

    /**
     * The external id of every row of the account that has one, by row: one range scan of the account on its
     * external-id index, for a sync that then answers a page's ids without a query each.
     */
    public Map<UUID, String> externalIds(ChangeWriter writer, UUID accountId) {
        return writer.dsl()
                .select(LEDGER_TRANSACTION.ID, LEDGER_TRANSACTION.EXTERNAL_ID)
                .from(LEDGER_TRANSACTION)
                .where(LEDGER_TRANSACTION.ACCOUNT_ID.eq(accountId))
                .and(LEDGER_TRANSACTION.EXTERNAL_ID.isNotNull())
                .fetchMap(LEDGER_TRANSACTION.ID, LEDGER_TRANSACTION.EXTERNAL_ID);
    }

    /**
     * Rows of the account with one of these amounts (minor units), dated {@code from} to {@code to}, that no provider
     * owns: typed by hand or imported from a statement file. Ordered by date, then id.
     */
    public List<MatchCandidate> unlinkedBetween(
            ChangeWriter writer, UUID accountId, Collection<Long> amounts, LocalDate from, LocalDate to) {
        if (amounts.isEmpty()) {
            return List.of();
        }
        var t = LEDGER_TRANSACTION;
        return writer.dsl()
                .select(t.ID, t.ACCOUNT_ID, t.AMOUNT, t.POSTED_ON, t.PAYEE)
                .from(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.POSTED_ON.between(from, to))
                // Inline amounts: H2 tests a list of constants against a hash set, a list of parameters one by one.
                .and(t.AMOUNT.in(amounts.stream().map(DSL::inline).toList()))
                .and(t.ORIGIN.ne(TransactionOrigin.PROVIDER.name()))
                .orderBy(t.POSTED_ON, t.ID)
                .fetch(r -> new MatchCandidate(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** The payee text the provider last sent for a synced row, if the sync stored one. */
    public Optional<String> providerPayee(ChangeWriter writer, UUID transactionId) {
        return writer.dsl()
                .select(BANK_TRANSACTION_PAYEE.PROVIDER_PAYEE)
                .from(BANK_TRANSACTION_PAYEE)
                .where(BANK_TRANSACTION_PAYEE.TRANSACTION_ID.eq(transactionId))
                .fetchOptional(BANK_TRANSACTION_PAYEE.PROVIDER_PAYEE);
    }

    /** Keeps the provider's payee text for a synced row. */
    public void rememberPayee(ChangeWriter writer, UUID transactionId, String providerPayee) {
        writer.dsl()
                .mergeInto(BANK_TRANSACTION_PAYEE)
                .using(writer.dsl().selectOne())
                .on(BANK_TRANSACTION_PAYEE.TRANSACTION_ID.eq(transactionId))
                .whenMatchedThenUpdate()
                .set(BANK_TRANSACTION_PAYEE.PROVIDER_PAYEE, providerPayee)
                .whenNotMatchedThenInsert(BANK_TRANSACTION_PAYEE.TRANSACTION_ID, BANK_TRANSACTION_PAYEE.PROVIDER_PAYEE)
                .values(transactionId, providerPayee)
                .execute();
    }

    /** Keeps the provider's payee text for rows the sync has just added, which have none yet. */
    public void rememberNewPayees(ChangeWriter writer, Map<UUID, String> providerPayees) {
        if (providerPayees.isEmpty()) {
            return;
        }
        var insert = writer.dsl()
                .insertInto(
                        BANK_TRANSACTION_PAYEE,
                        BANK_TRANSACTION_PAYEE.TRANSACTION_ID,
                        BANK_TRANSACTION_PAYEE.PROVIDER_PAYEE);
        providerPayees.forEach(insert::values);
        insert.execute();
    }

    /** Forgets the payee text of a row the sync deleted. */
    public void forgetPayee(ChangeWriter writer, UUID transactionId) {
        writer.dsl()
                .deleteFrom(BANK_TRANSACTION_PAYEE)
                .where(BANK_TRANSACTION_PAYEE.TRANSACTION_ID.eq(transactionId))
                .execute();
    }

    /** The sum of the account's rows that are not pending, in minor units. */
    public long postedSum(UUID accountId) {
        BigDecimal sum = log.read(dsl -> dsl.select(DSL.sum(LEDGER_TRANSACTION.AMOUNT))
                .from(LEDGER_TRANSACTION)
                .where(LEDGER_TRANSACTION.ACCOUNT_ID.eq(accountId))
                .and(LEDGER_TRANSACTION.STATUS.ne(TransactionStatus.PENDING.name()))
                .fetchOne(0, BigDecimal.class));
        return sum == null ? 0 : sum.longValueExact();
    }

    /** The date of the account's earliest row, if it has any. */
    public Optional<LocalDate> earliestDate(UUID accountId) {
        return Optional.ofNullable(log.read(dsl -> dsl.select(DSL.min(LEDGER_TRANSACTION.POSTED_ON))
                .from(LEDGER_TRANSACTION)
                .where(LEDGER_TRANSACTION.ACCOUNT_ID.eq(accountId))
                .fetchOne(0, LocalDate.class)));
    }
}

package app.nestegg.vault.ledger;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.SPLIT;

import app.nestegg.vault.store.generated.tables.records.LedgerTransactionRecord;
import app.nestegg.vault.store.generated.tables.records.SplitRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;

/** Turns stored rows into {@link Transaction}s, fetching the splits and transfer sides of a batch in two queries. */
final class TransactionReader {

    private TransactionReader() {}

    static LedgerTransactionRecord load(DSLContext dsl, UUID id) {
        LedgerTransactionRecord record = dsl.selectFrom(LEDGER_TRANSACTION)
                .where(LEDGER_TRANSACTION.ID.eq(id))
                .fetchOne();
        if (record == null) {
            throw new LedgerInputException("transaction", "No transaction with id " + id);
        }
        return record;
    }

    static Transaction read(DSLContext dsl, UUID id) {
        return toTransactions(dsl, List.of(load(dsl, id))).getFirst();
    }

    static List<Transaction> toTransactions(DSLContext dsl, List<LedgerTransactionRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = records.stream().map(LedgerTransactionRecord::getId).toList();
        Map<UUID, List<SplitRecord>> splits = new HashMap<>();
        dsl.selectFrom(SPLIT)
                .where(SPLIT.TRANSACTION_ID.in(ids))
                .orderBy(SPLIT.POSITION)
                .forEach(s -> splits.computeIfAbsent(s.getTransactionId(), k -> new ArrayList<>())
                        .add(s));
        List<UUID> peers = records.stream()
                .map(LedgerTransactionRecord::getTransferPeerId)
                .filter(Objects::nonNull)
                .toList();
        Map<UUID, UUID> peerAccounts = peers.isEmpty()
                ? Map.of()
                : dsl.select(LEDGER_TRANSACTION.ID, LEDGER_TRANSACTION.ACCOUNT_ID)
                        .from(LEDGER_TRANSACTION)
                        .where(LEDGER_TRANSACTION.ID.in(peers))
                        .fetchMap(LEDGER_TRANSACTION.ID, LEDGER_TRANSACTION.ACCOUNT_ID);
        Map<UUID, Currency> currencies = currencies(dsl, records);
        List<Transaction> result = new ArrayList<>(records.size());
        for (LedgerTransactionRecord r : records) {
            Currency currency = currencies.get(r.getAccountId());
            List<Split> parts = splits.getOrDefault(r.getId(), List.of()).stream()
                    .map(s -> new Split(s.getCategoryId(), new Money(s.getAmount(), currency), s.getMemo()))
                    .toList();
            result.add(new Transaction(
                    r.getId(),
                    r.getAccountId(),
                    r.getPostedOn(),
                    new Money(r.getAmount(), currency),
                    r.getPayee(),
                    r.getMemo(),
                    r.getCategoryId(),
                    TransactionStatus.valueOf(r.getStatus()),
                    parts,
                    r.getTransferPeerId(),
                    r.getTransferPeerId() == null ? null : peerAccounts.get(r.getTransferPeerId()),
                    LedgerText.splitTags(r.getTags()),
                    r.getNotes(),
                    TransactionOrigin.valueOf(r.getOrigin()),
                    r.getExternalId()));
        }
        return result;
    }

    private static Map<UUID, Currency> currencies(DSLContext dsl, Collection<LedgerTransactionRecord> records) {
        var accountIds = records.stream()
                .map(LedgerTransactionRecord::getAccountId)
                .distinct()
                .toList();
        Map<UUID, Currency> currencies = new HashMap<>();
        dsl.select(ACCOUNT.ID, ACCOUNT.CURRENCY)
                .from(ACCOUNT)
                .where(ACCOUNT.ID.in(accountIds))
                .forEach(r -> currencies.put(r.value1(), Currency.getInstance(r.value2())));
        return currencies;
    }
}

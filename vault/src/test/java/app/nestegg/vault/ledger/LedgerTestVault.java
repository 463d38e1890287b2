package app.nestegg.vault.ledger;

import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.SPLIT;

import app.nestegg.vault.TestVaults;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.security.FieldCipher;
import app.nestegg.vault.store.ChangeEntry;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.AccountRecord;
import app.nestegg.vault.store.generated.tables.records.LedgerTransactionRecord;
import app.nestegg.vault.store.generated.tables.records.SplitRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A real vault with its ledger for ledger tests, and rows written the way the ledger writes them (through the change
 * log) for services whose own writers are not under test.
 */
final class LedgerTestVault implements AutoCloseable {

    static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    final TestVaults vaults = new TestVaults();
    final VaultSession session;
    final Ledger ledger;

    LedgerTestVault(Path folder) {
        session = vaults.create(folder);
        ledger = new Ledger(session.database(), new FieldCipher(new byte[32]), vaults.clock);
    }

    ChangeLog log() {
        return ledger.changeLog();
    }

    Categories categories() {
        return ledger.categories();
    }

    Rules rules() {
        return ledger.rules();
    }

    UUID category(String name) {
        return categories().find(name).id();
    }

    UUID account(String currency) {
        AccountRecord account = new AccountRecord();
        account.setId(Ids.newId());
        account.setName("Account " + currency);
        account.setAccountType("CHECKING");
        account.setCurrency(currency);
        account.setOpeningBalance(0L);
        account.setOpeningDate(DAY.minusYears(1));
        account.setClosed(false);
        account.setHidden(false);
        account.setOrigin("MANUAL");
        account.setCreatedAt(vaults.clock.instant());
        log().write(w -> w.insert(account));
        return account.getId();
    }

    UUID transaction(UUID account, LocalDate date, long minor, String payee, UUID category, String tags) {
        LedgerTransactionRecord row = row(account, date, minor, payee, category, tags);
        log().write(w -> w.insert(row));
        return row.getId();
    }

    UUID transaction(UUID account, long minor, String payee) {
        return transaction(account, DAY, minor, payee, null, null);
    }

    /** Many uncategorised rows with the same payee, in one write. */
    List<UUID> transactions(UUID account, int count, String payee) {
        List<LedgerTransactionRecord> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(row(account, DAY, -100 - i, payee, null, null));
        }
        log().write(w -> {
            w.insertAll(rows);
            return null;
        });
        return rows.stream().map(LedgerTransactionRecord::getId).toList();
    }

    /** Marks the transaction as one side of a transfer; the other side is not needed by these tests. */
    void makeTransfer(UUID transaction) {
        log().write(w -> {
            LedgerTransactionRecord row = stored(w.dsl(), transaction);
            row.setTransferPeerId(Ids.newId());
            return w.update(row);
        });
    }

    UUID split(UUID transaction, UUID category, long minor) {
        SplitRecord split = new SplitRecord();
        split.setId(Ids.newId());
        split.setTransactionId(transaction);
        split.setCategoryId(category);
        split.setAmount(minor);
        split.setPosition(0);
        log().write(w -> w.insert(split));
        return split.getId();
    }

    LedgerTransactionRecord stored(UUID transaction) {
        return log().read(dsl -> stored(dsl, transaction));
    }

    SplitRecord storedSplit(UUID split) {
        return log().read(dsl -> dsl.selectFrom(SPLIT).where(SPLIT.ID.eq(split)).fetchOne());
    }

    int changeLogSize() {
        return log().read(dsl -> dsl.fetchCount(CHANGE_LOG));
    }

    ChangeEntry lastEntry(String table, UUID row) {
        return log().entriesFor(table, row).getLast();
    }

    @Override
    public void close() {
        session.close();
    }

    private static LedgerTransactionRecord stored(org.jooq.DSLContext dsl, UUID transaction) {
        return dsl.selectFrom(LEDGER_TRANSACTION)
                .where(LEDGER_TRANSACTION.ID.eq(transaction))
                .fetchOne();
    }

    private LedgerTransactionRecord row(
            UUID account, LocalDate date, long minor, String payee, UUID category, String tags) {
        LedgerTransactionRecord row = new LedgerTransactionRecord();
        row.setId(Ids.newId());
        row.setAccountId(account);
        row.setPostedOn(date);
        row.setAmount(minor);
        row.setPayee(payee);
        row.setCategoryId(category);
        row.setStatus("UNCLEARED");
        row.setTags(tags);
        row.setOrigin("MANUAL");
        row.setCreatedAt(vaults.clock.instant());
        return row;
    }
}

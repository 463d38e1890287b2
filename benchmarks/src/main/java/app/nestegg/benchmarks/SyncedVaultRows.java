package app.nestegg.benchmarks;

import static app.nestegg.vault.store.generated.Tables.BANK_TRANSACTION_PAYEE;
import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;

import app.nestegg.sync.engine.PrefetchThread;
import app.nestegg.sync.engine.SyncEngine;
import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.bank.BankProviderKind;
import app.nestegg.vault.store.generated.Public;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Every row one sync of the fake bank left in a vault, read back once per trial. The rows of the three tables a sync
 * fills per transaction (the ledger row, its change-log entry, the provider's payee text) are what {@code
 * SyncBenchmark.storeOnly} inserts again; the rest (the linked account, the member, categories, settings) is copied
 * into each new vault beforehand by {@link #copyTheRestInto}, so that every foreign key finds its row.
 */
@State(Scope.Benchmark)
public class SyncedVaultRows {

    private static final Set<Table<?>> PER_TRANSACTION = Set.of(LEDGER_TRANSACTION, CHANGE_LOG, BANK_TRANSACTION_PAYEE);

    /** The rows of one table, kept with their table because a table may have none. */
    private record TableRows(Table<?> table, Result<Record> rows) {}

    final List<List<? extends TableRecord<?>>> perTransaction = new ArrayList<>();
    private final List<TableRows> rest = new ArrayList<>();
    private UUID connection;

    @Setup(Level.Trial)
    public void syncOnce(SyncBenchmark.Bank bank) throws IOException {
        try (BenchmarkVault vault = BenchmarkVault.create("65536/3/1");
                PrefetchThread reads = PrefetchThread.sameThread()) {
            VaultSession session = vault.service()
                    .unlock(vault.path(), BenchmarkVault.passphrase())
                    .complete(SecondFactor.none());
            try {
                connection = session.ledger()
                        .bankConnections()
                        .add(BankProviderKind.PLAID, "First Platypus Bank", bank.item.itemId(), bank.item.accessToken())
                        .id();
                new SyncEngine(session.ledger(), kind -> bank.client, Clock.systemUTC(), reads).sync(connection);
                session.database().read(this::readRows);
            } finally {
                session.lock();
            }
        }
    }

    private Void readRows(DSLContext dsl) {
        perTransaction.add(inserted(dsl.selectFrom(LEDGER_TRANSACTION)
                .orderBy(LEDGER_TRANSACTION.ID)
                .fetch()));
        perTransaction.add(inserted(dsl.selectFrom(CHANGE_LOG)
                .orderBy(CHANGE_LOG.HLC, CHANGE_LOG.ID)
                .fetch()));
        perTransaction.add(inserted(dsl.selectFrom(BANK_TRANSACTION_PAYEE).fetch()));
        for (Table<?> table : Public.PUBLIC.getTables()) {
            if (!PER_TRANSACTION.contains(table)) {
                rest.add(new TableRows(
                        table, dsl.select(table.fields()).from(table).fetch()));
            }
        }
        return null;
    }

    /** The sync's connection, whose cursor the floor updates once per page. */
    UUID connection() {
        return connection;
    }

    /**
     * Replaces every table but the three per-transaction ones with the synced vault's rows, with foreign keys unchecked
     * while it copies and checked again for what follows.
     */
    void copyTheRestInto(VaultSession session) {
        perTransaction.forEach(rows -> rows.forEach(r -> r.changed(true)));
        session.database().write(dsl -> {
            rest.forEach(t -> dsl.execute("ALTER TABLE {0} SET REFERENTIAL_INTEGRITY FALSE", t.table()));
            for (TableRows t : rest) {
                dsl.deleteFrom(t.table()).execute();
                if (!t.rows().isEmpty()) {
                    dsl.insertInto(t.table())
                            .columns(t.table().fields())
                            .valuesOfRecords(t.rows())
                            .execute();
                }
            }
            rest.forEach(t -> dsl.execute("ALTER TABLE {0} SET REFERENTIAL_INTEGRITY TRUE NOCHECK", t.table()));
            return null;
        });
    }

    /** A new vault for each iteration of the floor, holding every row of the synced one but the per-transaction ones. */
    @State(Scope.Benchmark)
    public static class FreshVault {

        BenchmarkVault vault;
        VaultSession session;

        @Setup(Level.Iteration)
        public void create(SyncedVaultRows synced) throws IOException {
            vault = BenchmarkVault.create("65536/3/1");
            session = vault.service()
                    .unlock(vault.path(), BenchmarkVault.passphrase())
                    .complete(SecondFactor.none());
            synced.copyTheRestInto(session);
        }

        @TearDown(Level.Iteration)
        public void delete() throws IOException {
            session.lock();
            vault.close();
        }
    }

    private static <R extends TableRecord<R>> List<R> inserted(Result<R> rows) {
        rows.forEach(r -> r.changed(true));
        return rows;
    }
}

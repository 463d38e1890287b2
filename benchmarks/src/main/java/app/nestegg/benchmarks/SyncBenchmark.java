package app.nestegg.benchmarks;

import static app.nestegg.vault.store.generated.Tables.BANK_CONNECTION;

import app.nestegg.sync.engine.AccountChanges;
import app.nestegg.sync.engine.PrefetchThread;
import app.nestegg.sync.engine.SyncEngine;
import app.nestegg.sync.engine.SyncReport;
import app.nestegg.sync.fake.plaid.FakeItem;
import app.nestegg.sync.fake.plaid.FakePlaidServer;
import app.nestegg.sync.plaid.PlaidClient;
import app.nestegg.sync.plaid.PlaidEnvironment;
import app.nestegg.sync.plaid.PlaidSettings;
import app.nestegg.sync.plaid.PlaidTimeouts;
import app.nestegg.sync.provider.AccessToken;
import app.nestegg.sync.provider.SyncCursor;
import app.nestegg.sync.provider.TransactionChanges;
import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.bank.BankProviderKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jooq.TableRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first sync of a Plaid connection holding {@code rows} transactions in one account, from the local fake Plaid
 * (OpenAPI validation off, as the real Plaid does not validate our answers either) into a new vault: HTTP pages of 500,
 * JSON, the sync engine and the encrypted H2 commits, one per page. {@link #fetchPages} is the baseline: the same pages
 * read with the Plaid client alone, nothing stored. {@link #storeOnly} is the store's floor: the rows the sync wrote,
 * inserted again by JDBC batches with a commit per page.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgs = {"-XX:+UseSerialGC", "-Xmx1g"})
public class SyncBenchmark {

    /** The page size the sync asks Plaid for. */
    static final int PAGE = 500;

    /** One fake Plaid with one item for the whole trial; each sync reads it from the start. */
    @State(Scope.Benchmark)
    public static class Bank {

        @Param("100000")
        public int rows;

        FakePlaidServer fake;
        FakeItem item;
        PlaidClient client;

        @Setup(Level.Trial)
        public void start() {
            fake = FakePlaidServer.builder().validate(false).start();
            item = fake.createEmptyItem("ins_109508");
            var account = item.addAccount("Checking", "depository", "checking", "0000", BigDecimal.ONE, null, null);
            item.generateTransactions(account.accountId(), rows, fake.today());
            PlaidSettings settings = new PlaidSettings(
                    PlaidEnvironment.parse(fake.environment(), "benchmark"),
                    FakePlaidServer.CLIENT_ID,
                    FakePlaidServer.SECRET,
                    fake.baseUrl());
            client = new PlaidClient(settings, PlaidTimeouts.DEFAULT);
        }

        @TearDown(Level.Trial)
        public void stop() {
            fake.close();
        }
    }

    /** A new vault for each iteration, holding the item's connection as linking stores it, not yet synced. */
    @State(Scope.Benchmark)
    public static class NewVault {

        @Param("65536/3/1")
        public String kdf;

        /** {@code background}: the next page is read while the current one is stored; {@code same-thread}: one by one. */
        @Param("background")
        public String prefetch;

        BenchmarkVault vault;
        VaultSession session;
        SyncEngine engine;
        PrefetchThread pageReads;
        UUID connection;

        @Setup(Level.Iteration)
        public void create(Bank bank) throws IOException {
            vault = BenchmarkVault.create(kdf);
            session = vault.service()
                    .unlock(vault.path(), BenchmarkVault.passphrase())
                    .complete(SecondFactor.none());
            connection = session.ledger()
                    .bankConnections()
                    .add(BankProviderKind.PLAID, "First Platypus Bank", bank.item.itemId(), bank.item.accessToken())
                    .id();
            pageReads = switch (prefetch) {
                case "background" -> PrefetchThread.start();
                case "same-thread" -> PrefetchThread.sameThread();
                default -> throw new IllegalArgumentException("prefetch is background or same-thread: " + prefetch);
            };
            engine = new SyncEngine(session.ledger(), kind -> bank.client, Clock.systemUTC(), pageReads);
        }

        @TearDown(Level.Iteration)
        public void delete() throws IOException {
            pageReads.close();
            session.lock();
            vault.close();
        }
    }

    /** {@code SyncEngine.sync}: accounts, every page applied and committed with its cursor, balances. */
    @Benchmark
    public SyncReport sync(Bank bank, NewVault vault) {
        SyncReport report = vault.engine.sync(vault.connection);
        AccountChanges total = report.total();
        if (!report.succeeded() || total.added() != bank.rows) {
            throw new IllegalStateException("Expected " + bank.rows + " rows added, the sync reported " + total
                    + (report.succeeded() ? "" : " and failed: " + report.error()));
        }
        return report;
    }

    /** Baseline: every page read and parsed by the Plaid client, nothing stored. */
    @Benchmark
    public int fetchPages(Bank bank) {
        AccessToken token = new AccessToken(bank.item.accessToken());
        SyncCursor cursor = SyncCursor.START;
        int rows = 0;
        TransactionChanges page;
        do {
            page = bank.client.transactionChanges(token, cursor);
            rows += page.added().size();
            cursor = page.nextCursor();
        } while (page.hasMore());
        if (rows != bank.rows) {
            throw new IllegalStateException("Expected " + bank.rows + " rows, read " + rows);
        }
        return rows;
    }

    /**
     * The store's floor for {@link #sync}: the ledger rows, change-log entries and provider payee texts one sync wrote,
     * inserted into a new vault by JDBC batches, one commit per page of {@value #PAGE} with the connection's cursor, as
     * the sync commits (ADR 0021); nothing read, matched, checked or totalled.
     */
    @Benchmark
    public int storeOnly(SyncedVaultRows synced, SyncedVaultRows.FreshVault vault) {
        int ledgerRows = synced.perTransaction.get(0).size();
        int pages = Math.max(1, (ledgerRows + PAGE - 1) / PAGE);
        int written = 0;
        for (int page = 0; page < pages; page++) {
            int thisPage = page;
            written += vault.session.database().write(dsl -> {
                int rows = 0;
                for (List<? extends TableRecord<?>> table : synced.perTransaction) {
                    int from = (int) ((long) table.size() * thisPage / pages);
                    int to = (int) ((long) table.size() * (thisPage + 1) / pages);
                    rows += dsl.batchInsert(table.subList(from, to)).execute().length;
                }
                dsl.update(BANK_CONNECTION)
                        .set(BANK_CONNECTION.SYNC_CURSOR, "page-" + thisPage)
                        .where(BANK_CONNECTION.ID.eq(synced.connection()))
                        .execute();
                return rows;
            });
        }
        int expected = synced.perTransaction.stream().mapToInt(List::size).sum();
        if (written != expected) {
            throw new IllegalStateException("Expected " + expected + " rows inserted, inserted " + written);
        }
        return written;
    }
}

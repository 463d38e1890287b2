package app.nestegg.benchmarks;

import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.exchange.ParsedFile;
import app.nestegg.vault.exchange.StatementFiles;
import app.nestegg.vault.exchange.StatementReadOptions;
import app.nestegg.vault.exchange.imports.ImportOptions;
import app.nestegg.vault.exchange.imports.ImportPlan;
import app.nestegg.vault.exchange.imports.ImportProgress;
import app.nestegg.vault.exchange.imports.ImportResult;
import app.nestegg.vault.exchange.imports.StatementImporter;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.store.Ids;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
 * Importing a statement of {@code rows} transactions into an account that already holds the file's first tenth, so
 * duplicate detection has rows to find: read the file, plan (account match, checks, duplicates) and commit (one
 * transaction, rules applied, change log written). {@link #rawBatchInsert} is the baseline: the same number of rows
 * inserted by JDBC batches in one transaction into the same encrypted H2 file, without change log or checks. The
 * parse-only benchmarks show the readers' share.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgs = {"-XX:+UseSerialGC", "-Xmx1g"})
public class ImportBenchmark {

    private static final Currency USD = Currency.getInstance("USD");

    @State(Scope.Benchmark)
    public static class Vault {

        @Param("100000")
        public int rows;

        @Param("65536/3/1")
        public String kdf;

        /** {@code DATED}, as banks write statements, or {@code CYCLED}, the dates of the first runs. */
        @Param("DATED")
        public String dates;

        StatementFilesForBenchmarks.DateOrder order;

        BenchmarkVault vault;
        VaultSession session;
        StatementImporter importer;
        Path csv;
        Path ofx;
        Account account;
        int accounts;

        @Setup(Level.Trial)
        public void create() throws IOException {
            order = StatementFilesForBenchmarks.DateOrder.valueOf(dates);
            vault = BenchmarkVault.create(kdf);
            session = vault.service()
                    .unlock(vault.path(), BenchmarkVault.passphrase())
                    .complete(SecondFactor.none());
            importer = new StatementImporter(session.ledger());
            csv = Files.createTempFile("nest-egg-import", ".csv");
            Files.writeString(csv, StatementFilesForBenchmarks.csv(rows, order), StandardCharsets.UTF_8);
            ofx = Files.createTempFile("nest-egg-import", ".ofx");
            Files.writeString(ofx, StatementFilesForBenchmarks.ofx(rows, order), StandardCharsets.UTF_8);
        }

        /** A new account holding the first tenth of the file, imported the same way and not measured. */
        @Setup(Level.Iteration)
        public void newAccount() {
            account = session.ledger()
                    .accounts()
                    .add(AccountDraft.of("Import " + ++accounts, AccountType.CHECKING, USD, BigDecimal.ZERO)
                            .withOpeningDate(StatementFilesForBenchmarks.FIRST_DAY));
            ParsedFile file = StatementFiles.read(csv, StatementReadOptions.defaults());
            ParsedFile tenth = new ParsedFile(
                    file.fileName(),
                    file.format(),
                    java.util.List.of(new app.nestegg.vault.exchange.ParsedStatement(
                            file.statements().getFirst().account(),
                            null,
                            file.statements().getFirst().lines().subList(0, rows / 10))));
            importer.commit(importer.plan(tenth, ImportOptions.into(account.id())), ImportProgress.NONE, () -> false);
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            session.lock();
            vault.close();
            Files.deleteIfExists(csv);
            Files.deleteIfExists(ofx);
        }

        Connection connection() {
            return session.database()
                    .read(dsl -> dsl.configuration().connectionProvider().acquire());
        }
    }

    /** Read, plan and commit the CSV file: nine tenths new rows, one tenth found as duplicates. */
    @Benchmark
    public ImportResult importCsv(Vault s) {
        ParsedFile file = StatementFiles.read(s.csv, StatementReadOptions.defaults());
        ImportPlan plan = s.importer.plan(file, ImportOptions.into(s.account.id()));
        if (plan.duplicateCount() != s.rows / 10) {
            throw new IllegalStateException("Expected " + s.rows / 10 + " duplicates, found " + plan.duplicateCount());
        }
        return s.importer.commit(plan, ImportProgress.NONE, () -> false);
    }

    @Benchmark
    public ParsedFile parseCsv(Vault s) {
        return StatementFiles.read(s.csv, StatementReadOptions.defaults());
    }

    @Benchmark
    public ParsedFile parseOfx(Vault s) {
        return StatementFiles.read(s.ofx, StatementReadOptions.defaults());
    }

    /** The same number of rows by JDBC batches of 5,000 in one transaction: no checks, rules or change log. */
    @Benchmark
    public int rawBatchInsert(Vault s) throws SQLException {
        Connection c = s.connection();
        c.setAutoCommit(false);
        int written = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO ledger_transaction (id, account_id, posted_on,"
                + " amount, payee, status, origin, external_id, created_at)"
                + " VALUES (?, ?, ?, ?, ?, 'CLEARED', 'IMPORT', ?, ?)")) {
            UUID account = s.account.id();
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < s.rows; i++) {
                insert.setObject(1, Ids.newId());
                insert.setObject(2, account);
                insert.setDate(3, Date.valueOf(StatementFilesForBenchmarks.day(i, s.rows, s.order)));
                insert.setLong(
                        4,
                        StatementFilesForBenchmarks.amount(i).movePointRight(2).longValueExact());
                insert.setString(5, StatementFilesForBenchmarks.payee(i));
                insert.setString(6, "raw-" + i);
                insert.setTimestamp(7, now);
                insert.addBatch();
                if (i % 5_000 == 4_999) {
                    written += insert.executeBatch().length;
                }
            }
            written += insert.executeBatch().length;
            c.commit();
            return written;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}

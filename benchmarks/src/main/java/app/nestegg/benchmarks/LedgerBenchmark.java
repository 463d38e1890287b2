package app.nestegg.benchmarks;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.CategoryGroup;
import app.nestegg.vault.ledger.CategoryKind;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.PageKey;
import app.nestegg.vault.ledger.RegisterPage;
import app.nestegg.vault.ledger.RegisterQuery;
import app.nestegg.vault.ledger.Transaction;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.ledger.budget.BudgetMonth;
import app.nestegg.vault.ledger.dashboard.DashboardFigures;
import app.nestegg.vault.ledger.dashboard.DashboardRange;
import app.nestegg.vault.ledger.networth.NetWorthPoint;
import app.nestegg.vault.ledger.report.MonthRange;
import app.nestegg.vault.ledger.report.SpendingReport;
import app.nestegg.vault.store.Ids;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.infra.Blackhole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger on a generated household of {@code rows} transactions (see {@link LedgerVault}): a register page, a
 * search, every balance and one insert, each beside a raw-JDBC baseline that runs the equivalent SQL on the same open
 * encrypted H2 connection, and a walk through the whole register of the largest account in a 256 MiB heap. The
 * reads share the cached vault; the inserts write to a private copy of it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-XX:+UseSerialGC", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
public class LedgerBenchmark {

    static final int PAGE = 50;
    static final String TEXT = "grocer";

    /** The cached vault, unlocked once per fork, its largest account and its raw connection. */
    @State(Scope.Benchmark)
    public static class Reads {

        @Param("1000000")
        public int rows;

        LedgerVault vault;
        Ledger ledger;
        Account largest;
        Connection connection;
        LocalDate today;
        LocalDate yearAgo;
        UUID touchedRow;
        UUID touchedAccount;
        LocalDate touchedMonth;

        @Setup(Level.Trial)
        public void unlock() throws IOException {
            vault = LedgerVault.open(rows);
            ledger = vault.ledger();
            largest = vault.largestAccount();
            connection = vault.connection();
            today = LedgerVault.END;
            yearAgo = today.minusYears(1).plusDays(1);
            try (Statement statement = connection.createStatement();
                    ResultSet oldest = statement.executeQuery(
                            "SELECT id, account_id, posted_on FROM ledger_transaction ORDER BY posted_on, id LIMIT 1")) {
                oldest.next();
                touchedRow = oldest.getObject(1, UUID.class);
                touchedAccount = oldest.getObject(2, UUID.class);
                touchedMonth = oldest.getObject(3, LocalDate.class).withDayOfMonth(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            budgetEveryCategory(ledger, YearMonth.from(today));
            ledger.netWorth().history(today.minusYears(5), today);
        }

        /**
         * H2 hands back a statement's previous result when it runs again with the same parameters and no table it
         * reads has changed since, which would make every repeated read here free. The app reads after writes, so each
         * call starts after a change to both tables the reads use, undone at once (the data stays as generated).
         */
        @Setup(Level.Invocation)
        public void changeTheTables() throws SQLException {
            try (Statement statement = connection.createStatement()) {
                for (String sign : new String[] {"+", "-"}) {
                    statement.executeUpdate("UPDATE ledger_transaction SET amount = amount " + sign + " 1 WHERE id = '"
                            + touchedRow + "'");
                    statement.executeUpdate("UPDATE category_month_total SET total = total " + sign
                            + " 1 WHERE month_start = DATE '" + touchedMonth + "'");
                    statement.executeUpdate("UPDATE uncategorised_month_total SET inflow = inflow " + sign
                            + " 1 WHERE month_start = DATE '" + touchedMonth + "'");
                    statement.executeUpdate("UPDATE account_month_total SET total = total " + sign
                            + " 1 WHERE account_id = '" + touchedAccount + "' AND month_start = DATE '" + touchedMonth
                            + "'");
                }
            }
        }

        @TearDown(Level.Trial)
        public void lock() throws IOException {
            vault.close();
        }
    }

    /**
     * Gives every visible category a budget in each of the 24 months up to {@code month}, and turns rollover on for
     * every expense category from the first of them, so a month's budget also sums two years of carried amounts.
     * Setting the same amounts again on a later run changes nothing.
     */
    static void budgetEveryCategory(Ledger ledger, YearMonth month) {
        YearMonth first = month.minusMonths(23);
        for (CategoryGroup group : ledger.categories().list()) {
            for (Category category : group.categories()) {
                ledger.budgets()
                        .set(
                                category.id(),
                                first,
                                new Money(25_000, ledger.rates().baseCurrency()));
                if (group.kind() == CategoryKind.EXPENSE) {
                    ledger.budgets().setRollover(category.id(), true, first);
                }
            }
        }
        for (YearMonth next = first.plusMonths(1); !next.isAfter(month); next = next.plusMonths(1)) {
            ledger.budgets().copyPreviousMonth(next);
        }
    }

    /** A private copy of the cached vault for the inserts, so the shared one stays as generated. */
    @State(Scope.Benchmark)
    public static class Writes {

        @Param("1000000")
        public int rows;

        LedgerVault vault;
        Ledger ledger;
        Account account;
        Connection connection;
        UUID memberId;
        long hlc;
        int count;

        @Setup(Level.Trial)
        public void unlock() throws IOException {
            vault = LedgerVault.openCopy(rows);
            ledger = vault.ledger();
            account = vault.largestAccount();
            connection = vault.connection();
            memberId = ledger.changeLog().memberId();
            hlc = Long.MAX_VALUE / 2;
        }

        @TearDown(Level.Trial)
        public void lock() throws IOException {
            vault.close();
        }

        TransactionDraft draft() {
            count++;
            return TransactionDraft.of(
                    account.id(),
                    LedgerVault.END,
                    BigDecimal.valueOf(-(100 + count % 5_000), 2),
                    "Benchmark Bakery " + count % 100);
        }
    }

    /** First register page of the largest account, newest first, with running balances. */
    @Benchmark
    public RegisterPage registerFirstPage(Reads s) {
        return s.ledger.register().older(RegisterQuery.forAccount(s.largest.id()), null, PAGE);
    }

    /**
     * The same rows by raw SQL as the brief writes it, without running balances, transfer sides or splits. H2 reads
     * them through the foreign-key index on account_id and sorts the whole account.
     */
    @Benchmark
    public void registerFirstPageRaw(Reads s, Blackhole bh) throws SQLException {
        try (PreparedStatement statement = s.connection.prepareStatement("SELECT * FROM ledger_transaction"
                + " WHERE account_id = ? ORDER BY posted_on DESC, id DESC LIMIT " + PAGE)) {
            statement.setObject(1, s.largest.id());
            consume(statement, bh);
        }
    }

    /**
     * The same rows by raw SQL ordered as {@code Register} orders them, account first, so that H2 reads them from the
     * descending register index instead of sorting the account (which {@link #registerFirstPageRaw} shows it does).
     */
    @Benchmark
    public void registerFirstPageRawIndexOrder(Reads s, Blackhole bh) throws SQLException {
        try (PreparedStatement statement = s.connection.prepareStatement("SELECT * FROM ledger_transaction"
                + " WHERE account_id = ? ORDER BY account_id DESC, posted_on DESC, id DESC LIMIT " + PAGE)) {
            statement.setObject(1, s.largest.id());
            consume(statement, bh);
        }
    }

    /** First page of a search over every account: text in payee, memo or notes, dated in the last twelve months. */
    @Benchmark
    public RegisterPage searchFirstPage(Reads s) {
        return s.ledger.register().older(RegisterQuery.all().withText(TEXT).withDates(s.yearAgo, s.today), null, PAGE);
    }

    /** The same search by raw SQL. */
    @Benchmark
    public void searchFirstPageRaw(Reads s, Blackhole bh) throws SQLException {
        try (PreparedStatement statement = s.connection.prepareStatement("SELECT * FROM ledger_transaction"
                + " WHERE posted_on BETWEEN ? AND ?"
                + " AND (LOWER(payee) LIKE ? OR LOWER(memo) LIKE ? OR LOWER(notes) LIKE ?)"
                + " ORDER BY posted_on DESC, id DESC LIMIT " + PAGE)) {
            statement.setObject(1, s.yearAgo);
            statement.setObject(2, s.today);
            String pattern = "%" + TEXT + "%";
            statement.setString(3, pattern);
            statement.setString(4, pattern);
            statement.setString(5, pattern);
            consume(statement, bh);
        }
    }

    /** One month's budget: every category's budgeted, carried, spent and remaining amounts, with group sums. */
    @Benchmark
    public BudgetMonth budgetMonth(Reads s) {
        return s.ledger.budgets().month(YearMonth.from(s.today));
    }

    /** Spending by category over the twelve months up to the vault's last day. */
    @Benchmark
    public SpendingReport spendingReport12Months(Reads s) {
        return s.ledger.reports().spending(MonthRange.yearTo(YearMonth.from(s.today)));
    }

    /**
     * Net worth day by day over five years, from the stored snapshots; the setup computed and stored them once (a
     * later run finds them stored, the raw updates between calls bypass the services and so keep them).
     */
    @Benchmark
    public List<NetWorthPoint> netWorthFiveYears(Reads s) {
        return s.ledger.netWorth().history(s.today.minusYears(5), s.today);
    }

    /**
     * Everything the dashboard shows on the vault's last day: net worth and a year of it (from the snapshots the setup
     * stored), the month's income and spending, its budget by group, the goals and the largest transactions.
     */
    @Benchmark
    public DashboardFigures dashboardOneYear(Reads s) {
        return s.ledger.dashboard().figures(DashboardRange.ONE_YEAR, s.today);
    }

    /** Every account's balance today, from the month totals and this month's rows. */
    @Benchmark
    public Map<UUID, Money> balances(Reads s) {
        return s.ledger.balances().balances(s.today);
    }

    /** Every account's balance by summing all its rows (no opening balances, no date). */
    @Benchmark
    public void balancesRaw(Reads s, Blackhole bh) throws SQLException {
        try (PreparedStatement statement = s.connection.prepareStatement(
                "SELECT account_id, SUM(amount) FROM ledger_transaction GROUP BY account_id")) {
            consume(statement, bh);
        }
    }

    /** One new transaction: checks, the row, its change-log entry, the month total, and the row read back. */
    @Benchmark
    @Warmup(iterations = 10, time = 2)
    public Transaction insertOne(Writes s) {
        return s.ledger.transactions().add(s.draft());
    }

    /** One row and one change-log row in one JDBC transaction. */
    @Benchmark
    @Warmup(iterations = 10, time = 2)
    public int insertOneRaw(Writes s) throws SQLException {
        Connection c = s.connection;
        c.setAutoCommit(false);
        try (PreparedStatement row = c.prepareStatement(
                        "INSERT INTO ledger_transaction (id, account_id, posted_on,"
                                + " amount, payee, status, origin, created_at) VALUES (?, ?, ?, ?, ?, 'UNCLEARED', 'MANUAL', ?)");
                PreparedStatement entry = c.prepareStatement(
                        "INSERT INTO change_log (id, hlc, member_id, table_name,"
                                + " row_id, operation, changed_columns) VALUES (?, ?, ?, 'ledger_transaction', ?, 'INSERT', ?)")) {
            TransactionDraft draft = s.draft();
            UUID id = Ids.newId();
            Instant now = Instant.now();
            row.setObject(1, id);
            row.setObject(2, draft.accountId());
            row.setObject(3, Date.valueOf(draft.date()));
            row.setLong(4, draft.amount().movePointRight(2).longValueExact());
            row.setString(5, draft.payee());
            row.setTimestamp(6, Timestamp.from(now));
            int written = row.executeUpdate();
            entry.setObject(1, Ids.newId());
            entry.setLong(2, ++s.hlc);
            entry.setObject(3, s.memberId);
            entry.setObject(4, id);
            entry.setString(
                    5,
                    new String(
                            ("{\"id\":\"" + id + "\",\"account_id\":\"" + draft.accountId() + "\",\"posted_on\":\""
                                            + draft.date() + "\",\"amount\":"
                                            + draft.amount().movePointRight(2) + ",\"payee\":\"" + draft.payee()
                                            + "\"}")
                                    .getBytes(StandardCharsets.UTF_8),
                            StandardCharsets.UTF_8));
            written += entry.executeUpdate();
            c.commit();
            return written;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The register walk's state: the heap's peak use is logged when the trial ends. */
    @State(Scope.Benchmark)
    public static class Walk {

        /** Rows per page; 500 keeps the walk of 600,000 rows to a few minutes on a busy 2-core machine. */
        @Param("500")
        public int walkPage;

        @TearDown(Level.Trial)
        public void reportHeap() {
            StringBuilder pools = new StringBuilder();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    MemoryUsage afterGc = pool.getCollectionUsage();
                    pools.append(String.format(
                            " %s: peak %d MiB, after the last GC %s;",
                            pool.getName(),
                            pool.getPeakUsage().getUsed() >> 20,
                            afterGc == null ? "-" : (afterGc.getUsed() >> 20) + " MiB"));
                }
            }
            LOG.info("Register walk: heap limit {} MiB;{}", Runtime.getRuntime().maxMemory() >> 20, pools);
        }
    }

    /**
     * Every row of the largest account, page by page from the newest, keeping only the current page, in a JVM limited
     * to 256 MiB of heap: what the data layer needs while the desktop scrolls through a million rows.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 2)
    @Fork(
            value = 1,
            jvmArgsAppend = {
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:+HeapDumpOnOutOfMemoryError",
                "-Dorg.jooq.no-logo=true",
                "-Dorg.jooq.no-tips=true"
            })
    public long registerWalk(Reads s, Walk w) {
        RegisterQuery query = RegisterQuery.forAccount(s.largest.id());
        long seen = 0;
        PageKey key = null;
        do {
            RegisterPage page = s.ledger.register().older(query, key, w.walkPage);
            seen += page.rows().size();
            key = page.next();
        } while (key != null);
        return seen;
    }

    private static final Logger LOG = LoggerFactory.getLogger(LedgerBenchmark.class);

    private static void consume(PreparedStatement statement, Blackhole bh) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    bh.consume(rs.getObject(i));
                }
            }
        }
    }
}

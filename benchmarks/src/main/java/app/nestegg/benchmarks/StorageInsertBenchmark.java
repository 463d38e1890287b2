package app.nestegg.benchmarks;

import app.nestegg.vault.store.Ids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * What the encrypted store itself costs, without the vault: 100,000 rows shaped like {@code ledger_transaction} into a
 * new H2 file per iteration, with or without {@code CIPHER=AES}, with none or the ledger's six secondary indexes, in
 * one transaction or committing every 5,000 rows, with dates in order or cycling. It shows the ceiling the statement
 * import runs under ({@link ImportBenchmark}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(
        value = 1,
        jvmArgs = {"-XX:+UseSerialGC", "-Xmx1g"})
public class StorageInsertBenchmark {

    private static final String[] SECONDARY_INDEXES = {
        "CREATE INDEX t_register ON t (account_id, posted_on, id)",
        "CREATE INDEX t_by_date ON t (posted_on, id)",
        "CREATE INDEX t_by_category ON t (category_id)",
        "CREATE INDEX t_by_external_id ON t (account_id, external_id)",
        "CREATE INDEX t_by_peer ON t (transfer_peer_id)",
        "CREATE INDEX t_register_newest ON t (account_id DESC, posted_on DESC, id DESC)"
    };

    @State(Scope.Thread)
    public static class Store {

        @Param("100000")
        public int rows;

        @Param({"AES", "NONE"})
        public String cipher;

        @Param({"6", "0"})
        public int indexes;

        /** False: one transaction for all rows; true: a commit after each batch of 5,000 rows. */
        @Param({"false", "true"})
        public boolean commitEachBatch;

        @Param("DATED")
        public String dates;

        Path folder;
        Connection connection;
        UUID account;

        @Setup(Level.Iteration)
        public void create() throws IOException, SQLException {
            folder = Files.createTempDirectory("nest-egg-storage");
            boolean aes = cipher.equals("AES");
            Properties properties = new Properties();
            properties.put("user", "bench");
            properties.put("password", aes ? "file-password user-password" : "user-password");
            connection = org.h2.Driver.load()
                    .connect(
                            "jdbc:h2:file:" + folder.resolve("db") + (aes ? ";CIPHER=AES" : "") + ";MAX_COMPACT_TIME=0",
                            properties);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE account (id UUID PRIMARY KEY)");
                statement.execute(
                        "CREATE TABLE t (id UUID PRIMARY KEY, account_id UUID NOT NULL REFERENCES account (id),"
                                + " posted_on DATE NOT NULL, amount BIGINT NOT NULL, payee VARCHAR(200) NOT NULL,"
                                + " memo VARCHAR(1000), category_id UUID, status VARCHAR(10) NOT NULL, transfer_peer_id UUID,"
                                + " tags VARCHAR(1000), notes VARCHAR(4000), origin VARCHAR(10) NOT NULL,"
                                + " external_id VARCHAR(200), created_at TIMESTAMP WITH TIME ZONE NOT NULL)");
                for (int i = 0; i < indexes; i++) {
                    statement.execute(SECONDARY_INDEXES[i]);
                }
                account = Ids.newId();
                statement.execute("INSERT INTO account VALUES ('" + account + "')");
            }
        }

        @TearDown(Level.Iteration)
        public void delete() throws IOException, SQLException {
            connection.close();
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Benchmark
    public int insert(Store s) throws SQLException {
        StatementFilesForBenchmarks.DateOrder order = StatementFilesForBenchmarks.DateOrder.valueOf(s.dates);
        Connection c = s.connection;
        c.setAutoCommit(false);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO t (id, account_id, posted_on, amount, payee,"
                + " status, origin, external_id, created_at) VALUES (?, ?, ?, ?, ?, 'CLEARED', 'IMPORT', ?, ?)")) {
            for (int i = 0; i < s.rows; i++) {
                LocalDate day = StatementFilesForBenchmarks.day(i, s.rows, order);
                insert.setObject(1, Ids.newId());
                insert.setObject(2, s.account);
                insert.setDate(3, Date.valueOf(day));
                insert.setLong(4, -(100 + i % 10_000));
                insert.setString(5, StatementFilesForBenchmarks.payee(i));
                insert.setString(6, "raw-" + i);
                insert.setTimestamp(7, now);
                insert.addBatch();
                if (i % 5_000 == 4_999) {
                    insert.executeBatch();
                    if (s.commitEachBatch) {
                        c.commit();
                    }
                }
            }
            insert.executeBatch();
        }
        c.commit();
        return s.rows;
    }
}

package app.nestegg.benchmarks;

import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.household.OwnKeys;
import app.nestegg.vault.household.bundle.TestMembers;
import app.nestegg.vault.household.sync.ExportedBundle;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.TransactionDraft;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A household export end to end, as {@code household export-bundle} and the shared folder run it: {@link #export}
 * calls {@code HouseholdSync.exportBundle} for all of a vault's {@code rows} own change-log entries (the default
 * categories, one account and its transactions), which reads them from the change log, opens sealed columns, signs,
 * compresses and age-encrypts them to the author and one other member into a file.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgs = {"-XX:+UseSerialGC", "-Xmx1g"})
public class ExportBundleBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(ExportBundleBenchmark.class);
    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);

    @State(Scope.Benchmark)
    public static class Author {

        @Param("100000")
        public int rows;

        @Param("65536/3/1")
        public String kdf;

        BenchmarkVault vault;
        VaultSession session;
        OwnKeys otherMember;
        Path target;

        @Setup(Level.Trial)
        public void writeLedger() throws IOException {
            vault = BenchmarkVault.create(kdf);
            session = vault.service()
                    .unlock(vault.path(), BenchmarkVault.passphrase())
                    .complete(SecondFactor.none());
            Ledger ledger = session.ledger();
            otherMember = TestMembers.newMember("Bob");
            ledger.members().add(otherMember.member(), false);
            Account account = ledger.accounts()
                    .add(AccountDraft.of("Joint", AccountType.CHECKING, USD, BigDecimal.ZERO)
                            .withOpeningDate(FIRST_DAY));
            target = Files.createTempDirectory("nest-egg-export-benchmark").resolve("alice.nestegg-bundle");
            int perBatch = 10_000;
            long own = ownEntries();
            for (long written = 0; written < rows - own; written += perBatch) {
                List<TransactionDraft> drafts = new ArrayList<>(perBatch);
                for (long i = written; i < Math.min(written + perBatch, rows - own); i++) {
                    drafts.add(TransactionDraft.of(
                            account.id(),
                            FIRST_DAY.plusDays(i / 60),
                            BigDecimal.valueOf(-i % 9_000 - 100, 2),
                            "Payee " + i % 500));
                }
                ledger.transactions().addAll(drafts);
            }
            LOG.info("The author's vault holds {} own entries for a bundle", ownEntries());
        }

        private long ownEntries() {
            return session.household().exportBundle(target, true).entries();
        }

        private long cpuAtStart;

        /** CPU time of the whole process (every thread, the collector's too), less disturbed by a busy machine. */
        @Setup(Level.Iteration)
        public void noteCpu() {
            cpuAtStart = processCpuNanos();
        }

        @TearDown(Level.Iteration)
        public void logCpu() {
            LOG.info("CPU time of the process during the export: {} ms", (processCpuNanos() - cpuAtStart) / 1_000_000);
        }

        private static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            LOG.info("The last bundle has {} bytes", Files.size(target));
            Files.deleteIfExists(target);
            Files.delete(target.getParent());
            otherMember.close();
            session.lock();
            vault.close();
        }
    }

    @Benchmark
    public ExportedBundle export(Author author) {
        return author.session.household().exportBundle(author.target, true);
    }
}

package app.nestegg.benchmarks;

import app.nestegg.desktop.concurrent.Debouncer;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.register.RegisterViewModel;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.ledger.Account;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
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
 * The desktop register's own view model scrolled from the newest row of the largest account to its oldest, page by
 * page, exactly as the table asks for pages, in a JVM whose heap is capped at 256 MiB: the run fails with an
 * OutOfMemoryError if the window of pages, or anything under it, held more. The peak heap used is logged after each
 * iteration.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx256m", "-XX:+UseSerialGC", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
@State(Scope.Benchmark)
public class DesktopRegisterScrollBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopRegisterScrollBenchmark.class);

    @Param("1000000")
    int rows;

    private LedgerVault vault;
    private Account account;

    @Setup(Level.Trial)
    public void unlock() throws IOException {
        vault = LedgerVault.open(rows);
        account = vault.largestAccount();
    }

    @TearDown(Level.Trial)
    public void lock() throws IOException {
        vault.close();
    }

    @TearDown(Level.Iteration)
    public void reportPeakHeap() {
        StringBuilder pools = new StringBuilder();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pools.append(String.format(
                        " %s peak %d MiB (%d MiB after the last collection);",
                        pool.getName(),
                        pool.getPeakUsage().getUsed() >> 20,
                        pool.getCollectionUsage() == null
                                ? -1
                                : pool.getCollectionUsage().getUsed() >> 20));
                pool.resetPeakUsage();
            }
        }
        LOG.info(
                "Scrolled the register of {}:{} heap limit {} MiB",
                account.name(),
                pools,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Pages read from the newest row to the oldest, as the table's scrolling asks for them. */
    @Benchmark
    public long scrollTheWholeRegister() {
        RegisterViewModel register = new RegisterViewModel(
                vault.session(),
                new SameThreadTaskExecutor(),
                new Messages(Locale.US, ZoneOffset.UTC),
                new MoneyFormat(Locale.US),
                new ImmediateDebouncer(),
                Clock.systemUTC(),
                account,
                200,
                RegisterViewModel.MAX_PAGES);
        register.open();
        long pages = 1;
        while (register.window().hasOlder()) {
            int last = register.rows().size() - 1;
            register.visible(last, last);
            pages++;
        }
        if (register.window().pagesHeld() > RegisterViewModel.MAX_PAGES) {
            throw new IllegalStateException(
                    "The register held " + register.window().pagesHeld() + " pages");
        }
        return pages;
    }

    private static final class ImmediateDebouncer implements Debouncer {
        @Override
        public void schedule(Runnable action) {
            action.run();
        }

        @Override
        public void cancel() {}
    }
}

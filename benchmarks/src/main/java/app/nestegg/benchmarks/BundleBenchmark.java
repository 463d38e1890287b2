package app.nestegg.benchmarks;

import app.nestegg.vault.household.BundleEntry;
import app.nestegg.vault.household.OwnKeys;
import app.nestegg.vault.household.bundle.Bundle;
import app.nestegg.vault.household.bundle.BundleHeader;
import app.nestegg.vault.household.bundle.BundleReader;
import app.nestegg.vault.household.bundle.BundleWriter;
import app.nestegg.vault.household.bundle.KnownMember;
import app.nestegg.vault.household.bundle.TestMembers;
import app.nestegg.vault.store.ChangeOperation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The household bundle codec alone on {@code entries} change-log entries shaped like a transaction insert (ten
 * columns: ids, a date, an amount, text, a flag): {@link #write} signs, compresses and age-encrypts them to two members
 * into a file; {@link #read} checks, verifies, decrypts and parses that file back. Reading the change log and merging
 * are not part of it.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgs = {"-XX:+UseSerialGC", "-Xmx1g"})
public class BundleBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(BundleBenchmark.class);
    private static final Instant NOW = Instant.parse("2026-11-28T20:00:00Z");
    private static final int SCHEMA = 18;

    @State(Scope.Benchmark)
    public static class Household {

        @Param("100000")
        public int entries;

        Path folder;
        OwnKeys alice;
        OwnKeys bob;
        List<BundleEntry> changes;
        BundleWriter writer;
        BundleReader reader;
        Path written;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            folder = Files.createTempDirectory("nest-egg-bundle-benchmark");
            alice = TestMembers.newMember("Alice");
            bob = TestMembers.newMember("Bob");
            changes = changes(alice.member().memberId(), entries);
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            writer = new BundleWriter(clock, SCHEMA);
            reader = new BundleReader(
                    clock,
                    SCHEMA,
                    id -> id.equals(alice.member().memberId())
                            ? Optional.of(new KnownMember(alice.member(), false))
                            : Optional.empty());
            written = folder.resolve("read.bundle");
            writer.write(written, alice, List.of(bob.member()), changes);
            LOG.info("A bundle of {} entries has {} bytes", entries, Files.size(written));
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            alice.close();
            bob.close();
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    @Benchmark
    public BundleHeader write(Household household) {
        return household.writer.write(
                household.folder.resolve("write.bundle"),
                household.alice,
                List.of(household.bob.member()),
                household.changes);
    }

    @Benchmark
    public Bundle read(Household household) {
        return household.reader.read(household.written, household.bob);
    }

    private static List<BundleEntry> changes(UUID author, int count) {
        Random random = new Random(20261128);
        List<UUID> accounts = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        String[] payees = {"Grocer", "Rent", "Café Zoë", "Fuel station", "Pharmacy", "Bookshop"};
        long first = (NOW.toEpochMilli() - 3_600_000L) << 16;
        List<BundleEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            UUID row = UUID.randomUUID();
            Map<String, Object> columns = new LinkedHashMap<>();
            columns.put("id", row.toString());
            columns.put(
                    "account_id", accounts.get(random.nextInt(accounts.size())).toString());
            columns.put(
                    "posted_on",
                    LocalDate.of(2026, 1, 1).plusDays(random.nextInt(330)).toString());
            columns.put("amount", -(long) random.nextInt(50_000));
            columns.put("currency", "USD");
            columns.put("payee", payees[random.nextInt(payees.length)]);
            columns.put("memo", random.nextBoolean() ? null : "card " + random.nextInt(10_000));
            columns.put("category_id", UUID.randomUUID().toString());
            columns.put("cleared", random.nextBoolean());
            columns.put("created_at", NOW.minusSeconds(random.nextInt(86_400)).toString());
            entries.add(new BundleEntry(
                    UUID.randomUUID(), first + i, author, "ledger_transaction", row, ChangeOperation.INSERT, columns));
        }
        return entries;
    }
}

package app.nestegg.benchmarks;

import app.nestegg.vault.CreatedVault;
import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultEnvironment;
import app.nestegg.vault.VaultService;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.RegisterQuery;
import app.nestegg.vault.ledger.SampleHousehold;
import app.nestegg.vault.ledger.SampleSpec;
import app.nestegg.vault.ledger.SampleSummary;
import app.nestegg.vault.security.Argon2id;
import app.nestegg.vault.security.KdfParameters;
import app.nestegg.vault.security.Pacer;
import app.nestegg.vault.security.Wipe;
import app.nestegg.vault.store.VaultDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A vault holding a generated household of many transactions, shared by the ledger benchmarks. It is made once (the
 * sample household of seed {@value #SEED}, {@value #YEARS} years ending {@link #END}, fixed KDF parameters 64 MiB, 3
 * passes, 1 lane) and kept in {@code benchmarks/target/ledger-vault-ROWS-seed42-schemaN} (see {@link #SCHEMA}), so
 * every fork and every later run reuses it.
 *
 * <p>Run {@code main} to make the vault ahead of a benchmark run and time the generation:
 * {@code java -cp "benchmarks/target/benchmarks-*.jar:benchmarks/target/lib/*" app.nestegg.benchmarks.LedgerVault
 * 1000000}.
 */
final class LedgerVault implements AutoCloseable {

    static final long SEED = 42;
    static final int YEARS = 5;
    static final LocalDate END = LocalDate.of(2026, 10, 31);

    /**
     * The migration that last changed what the generated rows are (tables, columns, the generator's output); bump it
     * to make the cached vaults again. Migrations that only add indexes need no bump: unlocking runs Flyway, which
     * brings a cached vault up to date once (V3's index took a few minutes on 1,000,000 rows).
     */
    static final int SCHEMA = 2;

    /** Where cached vaults live; override with {@code -Dnestegg.benchmark.vaults=FOLDER}. */
    private static final String FOLDER_PROPERTY = "nestegg.benchmark.vaults";

    private static final Logger LOG = LoggerFactory.getLogger(LedgerVault.class);
    private static final KdfParameters KDF = new KdfParameters(65_536, 3, 1);
    private static final String COMPLETE = "complete";

    private final VaultSession session;
    private final Path copy;

    private LedgerVault(VaultSession session, Path copy) {
        this.session = session;
        this.copy = copy;
    }

    /** Unlocks the cached vault of this many rows, making it first when it is missing. */
    static LedgerVault open(int rows) throws IOException {
        Path folder = ensure(rows);
        return new LedgerVault(unlock(folder.resolve("vault")), null);
    }

    /** Unlocks a vault made by {@link #generate} in another folder. */
    static LedgerVault openAt(Path vault) {
        return new LedgerVault(unlock(vault), null);
    }

    /**
     * Unlocks a private copy of the cached vault, for benchmarks that write: the cached one stays as generated. The
     * copy is deleted when this closes.
     */
    static LedgerVault openCopy(int rows) throws IOException {
        Path folder = ensure(rows);
        Path copy = Files.createTempDirectory(folder.getParent(), "ledger-vault-copy-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(copy)));
        copyTree(folder.resolve("vault"), copy.resolve("vault"));
        return new LedgerVault(unlock(copy.resolve("vault")), copy);
    }

    VaultSession session() {
        return session;
    }

    Ledger ledger() {
        return session.ledger();
    }

    VaultDatabase database() {
        return session.database();
    }

    /**
     * The JDBC connection under the ledger: the same encrypted H2 file and session, for raw-SQL baselines. It belongs
     * to the vault; do not close it, and do not use it while another thread uses the ledger.
     */
    Connection connection() {
        return database().read(dsl -> dsl.configuration().connectionProvider().acquire());
    }

    /** The account with the most transactions, from the month totals. */
    Account largestAccount() {
        Ledger ledger = ledger();
        Account largest = null;
        long most = -1;
        for (Account account : ledger.accounts().list()) {
            long count = ledger.register().count(RegisterQuery.forAccount(account.id()));
            if (count > most) {
                most = count;
                largest = account;
            }
        }
        return largest;
    }

    /** Locks the vault (H2 shuts down, the file is sealed) and deletes a private copy. */
    @Override
    public void close() throws IOException {
        session.lock();
        if (copy != null) {
            delete(copy);
        }
    }

    /** Makes the cached vault of this many rows if it is missing; returns its folder. */
    static synchronized Path ensure(int rows) throws IOException {
        Path folder = cacheRoot().resolve("ledger-vault-" + rows + "-seed" + SEED + "-schema" + SCHEMA);
        if (Files.exists(folder.resolve(COMPLETE))) {
            LOG.info("Reusing the {}-row ledger vault in {}", rows, folder);
            return folder;
        }
        Files.createDirectories(folder.getParent());
        Path building = Files.createTempDirectory(folder.getParent(), "ledger-vault-building-");
        try {
            Generated generated = generate(building.resolve("vault"), rows);
            Files.writeString(
                    building.resolve(COMPLETE),
                    "rows=" + generated.summary().transactions() + "\nseconds=" + generated.seconds() + "\n",
                    StandardCharsets.UTF_8);
            delete(folder);
            Files.move(building, folder, StandardCopyOption.ATOMIC_MOVE);
            return folder;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(building);
            throw e;
        }
    }

    record Generated(SampleSummary summary, double seconds) {}

    /** Creates a vault in the (new) folder and writes the sample household into it, logging the pace. */
    static Generated generate(Path vault, int rows) {
        VaultService service = new VaultService(environment());
        char[] passphrase = BenchmarkVault.passphrase();
        CreatedVault created = service.create(vault, passphrase, true);
        Wipe.chars(passphrase);
        created.wipeRecoveryKey();
        VaultSession session = created.session();
        try {
            long start = System.nanoTime();
            long[] last = {start, 0};
            SampleSummary summary = SampleHousehold.generate(
                    session.ledger(), new SampleSpec(SEED, rows, YEARS, END), (written, total) -> {
                        long now = System.nanoTime();
                        if (written - last[1] >= 50_000 || written == total) {
                            LOG.info(
                                    "{} of {} rows, {} rows/s over the last {} rows, {} s in all",
                                    written,
                                    total,
                                    Math.round((written - last[1]) / ((now - last[0]) / 1e9)),
                                    written - last[1],
                                    Math.round((now - start) / 1e8) / 10.0);
                            last[0] = now;
                            last[1] = written;
                        }
                    });
            double seconds = (System.nanoTime() - start) / 1e9;
            LOG.info(
                    "Generated {} rows in {} s ({} rows/s)",
                    summary.transactions(),
                    Math.round(seconds * 10) / 10.0,
                    Math.round(summary.transactions() / seconds));
            return new Generated(summary, seconds);
        } finally {
            session.lock();
        }
    }

    private static VaultSession unlock(Path vault) {
        VaultService service = new VaultService(environment());
        char[] passphrase = BenchmarkVault.passphrase();
        try {
            return service.unlock(vault, passphrase).complete(SecondFactor.none());
        } finally {
            Wipe.chars(passphrase);
        }
    }

    private static VaultEnvironment environment() {
        Clock clock = Clock.systemUTC();
        return new VaultEnvironment(
                clock,
                Pacer.sleeping(clock),
                new SecureRandom(),
                Argon2id.DEFAULT_TARGET,
                Optional.of(KDF),
                1,
                "benchmark",
                Optional.empty());
    }

    private static Path cacheRoot() {
        return Path.of(System.getProperty(FOLDER_PROPERTY, "benchmarks/target")).toAbsolutePath();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            delete(folder);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", folder, e.getMessage());
        }
    }

    /**
     * Makes (or reuses) the cached vault: {@code LedgerVault ROWS} (default 1,000,000). With {@code --fresh FOLDER} it
     * always generates into the new FOLDER instead, to time the generation.
     */
    public static void main(String[] args) throws IOException {
        if (args.length >= 1 && args[0].equals("--fresh")) {
            Path target = Path.of(args[1]);
            int rows = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
            Generated generated = generate(target.resolve("vault"), rows);
            LOG.info("rows={} seconds={}", generated.summary().transactions(), generated.seconds());
            return;
        }
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path folder = ensure(rows);
        try (LedgerVault vault = open(rows)) {
            Account largest = vault.largestAccount();
            LOG.info(
                    "{}: largest account '{}' ({} rows)",
                    folder,
                    largest.name(),
                    vault.ledger().register().count(RegisterQuery.forAccount(largest.id())));
        }
    }
}

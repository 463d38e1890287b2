package app.nestegg.benchmarks;

import app.nestegg.vault.CreatedVault;
import app.nestegg.vault.VaultEnvironment;
import app.nestegg.vault.VaultService;
import app.nestegg.vault.security.Argon2id;
import app.nestegg.vault.security.KdfParameters;
import app.nestegg.vault.security.Pacer;
import app.nestegg.vault.store.VaultFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real vault in a temporary folder, made the way the app makes one: a real clock and pacer, a strong random source,
 * and KDF parameters calibrated on this machine (or fixed ones, to compare runs across machines).
 */
final class BenchmarkVault implements AutoCloseable {

    /** The {@code kdf} parameter value that calibrates like a new vault does. */
    static final String CALIBRATED = "calibrated";

    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkVault.class);
    private static final String PASSPHRASE = "quiet otter lantern mosaic 47 drifting";

    private final Path temporary;
    private final VaultFolder folder;
    private final VaultService service;
    private final KdfParameters kdf;

    private BenchmarkVault(Path temporary, VaultFolder folder, VaultService service, KdfParameters kdf) {
        this.temporary = temporary;
        this.folder = folder;
        this.service = service;
        this.kdf = kdf;
    }

    /**
     * Creates and locks a new vault.
     *
     * @param kdfSetting {@value #CALIBRATED}, or {@code MEMORY_KIB/ITERATIONS/PARALLELISM} such as {@code 65536/3/1}
     */
    static BenchmarkVault create(String kdfSetting) throws IOException {
        KdfParameters kdf = kdfParameters(kdfSetting);
        LOG.info("Benchmark vault uses {} ({})", kdf.describe(), kdfSetting);
        Clock clock = Clock.systemUTC();
        VaultEnvironment env = new VaultEnvironment(
                clock,
                Pacer.sleeping(clock),
                new SecureRandom(),
                Argon2id.DEFAULT_TARGET,
                Optional.of(kdf),
                1,
                "benchmark",
                Optional.empty());
        Path temporary = Files.createTempDirectory("nest-egg-benchmark");
        // JMH skips @TearDown when a benchmark throws; the forked JVM then exits, and this removes the folder.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(temporary)));
        Path vault = temporary.resolve("vault");
        VaultService service = new VaultService(env);
        CreatedVault created = service.create(vault, passphrase(), true);
        created.wipeRecoveryKey();
        created.session().lock();
        return new BenchmarkVault(temporary, new VaultFolder(vault), service, kdf);
    }

    /** A fresh copy of the vault's passphrase; the caller may wipe it. */
    static char[] passphrase() {
        return PASSPHRASE.toCharArray();
    }

    /** Another strong passphrase, for passphrase changes. */
    static char[] otherPassphrase() {
        return "amber falcon quarry violin 93 whistling".toCharArray();
    }

    VaultFolder folder() {
        return folder;
    }

    Path path() {
        return folder.path();
    }

    VaultService service() {
        return service;
    }

    VaultEnvironment environment() {
        return service.environment();
    }

    KdfParameters kdf() {
        return kdf;
    }

    /** Deletes the temporary folder and everything in it. */
    @Override
    public void close() throws IOException {
        delete(temporary);
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
            LOG.warn("Could not delete the benchmark folder {}: {}", folder, e.getMessage());
        }
    }

    private static KdfParameters kdfParameters(String setting) {
        return CALIBRATED.equals(setting) ? Argon2id.calibrate(Argon2id.DEFAULT_TARGET) : fixedKdf(setting);
    }

    /** Parses {@code MEMORY_KIB/ITERATIONS/PARALLELISM}, refusing what a vault would refuse. */
    static KdfParameters fixedKdf(String setting) {
        String[] parts = setting.split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException("kdf is MEMORY_KIB/ITERATIONS/PARALLELISM (or '" + CALIBRATED
                    + "' where a vault is made), not '" + setting + "'");
        }
        KdfParameters parameters =
                new KdfParameters(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        if (!parameters.withinBounds()) {
            throw new IllegalArgumentException("a vault refuses " + parameters.describe());
        }
        return parameters;
    }
}

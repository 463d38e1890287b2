package app.nestegg.sync.soak;

import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Takes a {@link SoakSample}: a full collection first, so the heap figure is what is still reachable. */
final class SoakProbe {

    private SoakProbe() {}

    static SoakSample sample(int day, SoakHousehold household) {
        Path vault = household.alice.folder().path();
        Path backups = household.alice.folder().backups();
        List<Path> vaultFiles = files(vault);
        long backupBytes = vaultFiles.stream()
                .filter(p -> p.startsWith(backups))
                .mapToLong(SoakProbe::size)
                .sum();
        long allBytes = vaultFiles.stream().mapToLong(SoakProbe::size).sum();
        int backupCount = household.alice.backups().list().size();
        List<Path> shared = files(household.shared);
        long transactions = household.alice.database().read(dsl -> (long) dsl.fetchCount(LEDGER_TRANSACTION));
        return new SoakSample(
                day,
                heapUsedAfterCollection(),
                allBytes - backupBytes,
                backupBytes,
                backupCount,
                shared.stream().mapToLong(SoakProbe::size).sum(),
                shared.size(),
                Thread.activeCount(),
                transactions);
    }

    static long heapUsedAfterCollection() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static Set<Thread> liveThreads() {
        return Set.copyOf(Thread.getAllStackTraces().keySet());
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // deleted between the listing and here (a backup rotated away)
        }
    }
}

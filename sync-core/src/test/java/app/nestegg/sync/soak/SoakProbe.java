package app.nestegg.sync.soak;

import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        Map<String, String> info = storeInfo(household);
        return new SoakSample(
                day,
                heapUsedAfterCollection(),
                Long.parseLong(info.get("info.CACHE_SIZE")) * 1_048_576,
                allBytes - backupBytes,
                liveBytes(info),
                backupBytes,
                backupCount,
                shared.stream().mapToLong(SoakProbe::size).sum(),
                shared.size(),
                Thread.activeCount(),
                transactions);
    }

    /**
     * The store's file size times the share of it that chunks occupy times the share of those chunks' pages that are
     * still live: what the file would shrink to if H2 dropped everything it only keeps for its retention time.
     */
    private static long liveBytes(Map<String, String> info) {
        long fileSize = Long.parseLong(info.get("info.FILE_SIZE"));
        long fillPercent = Long.parseLong(info.get("info.FILL_RATE"));
        long chunksFillPercent = Long.parseLong(info.get("info.CHUNKS_FILL_RATE"));
        return fileSize * fillPercent * chunksFillPercent / 10_000;
    }

    /** H2's figures for the store; {@code info.CACHE_SIZE} is in MiB. */
    private static Map<String, String> storeInfo(SoakHousehold household) {
        return household
                .alice
                .database()
                .read(dsl -> dsl.resultQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                                + " WHERE SETTING_NAME IN"
                                + " ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE', 'info.CACHE_SIZE')")
                        .fetchMap(r -> r.get(0, String.class), r -> r.get(1, String.class)));
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

package app.nestegg.sync.soak;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long soak run outside Maven, for a fixed heap of one's own choosing: {@code java -Xmx2g -cp TEST_CLASSPATH
 * app.nestegg.sync.soak.SoakMain FOLDER} with {@code -Dnestegg.soak.rows} and {@code -Dnestegg.soak.days} as in
 * {@link SoakSpec#longRun()}. Writes the daily samples to {@code FOLDER/soak.csv} and exits 1 when a bound is broken.
 */
final class SoakMain {

    private static final Logger LOG = LoggerFactory.getLogger(SoakMain.class);

    private SoakMain() {}

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args[0]));
        SoakResult result = SoakRun.run(SoakSpec.longRun(), folder.resolve("run"));
        Files.writeString(folder.resolve("soak.csv"), result.table());
        LOG.info(
                "Generated in {}, simulated {} days in {}, {} job attempts, threads {} before and {} after, leaked {}",
                result.generation(),
                result.spec().days(),
                result.simulation(),
                result.attempts(),
                result.threadsBefore(),
                result.threadsAfter(),
                result.leakedThreads());
        SoakBounds.check(result);
        LOG.info("Every bound kept");
    }
}

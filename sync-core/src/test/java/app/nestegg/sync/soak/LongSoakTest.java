package app.nestegg.sync.soak;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long soak run, 1,000,000 rows and a simulated year (sizes from {@link SoakSpec#longRun()}); tagged slow, so the
 * normal build leaves it out. The command is in docs/reliability.md, "Load and soak". The daily samples are written to
 * {@code target/soak-long.csv}.
 */
@Tag("slow")
class LongSoakTest {

    private static final Logger LOG = LoggerFactory.getLogger(LongSoakTest.class);

    @TempDir
    Path root;

    @Test
    void aYearOfScheduledWorkOnAMillionRowsStaysWithinItsBounds() throws Exception {
        SoakResult result = SoakRun.run(SoakSpec.longRun(), root);
        Files.writeString(Path.of("target", "soak-long.csv"), result.table());
        LOG.info(
                "Long soak run: generated in {}, simulated {} days in {}, {} job attempts, threads {} before and {}"
                        + " after, leaked {}",
                result.generation(),
                result.spec().days(),
                result.simulation(),
                result.attempts(),
                result.threadsBefore(),
                result.threadsAfter(),
                result.leakedThreads());

        SoakBounds.check(result);
    }
}

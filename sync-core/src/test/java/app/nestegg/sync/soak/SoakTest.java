package app.nestegg.sync.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The soak harness at CI size: 5,000 rows and four simulated weeks of every scheduled job, bank syncs against the fake
 * Plaid and household merges, within the heap, file and thread bounds of {@link SoakBounds}.
 */
class SoakTest {

    private static final Logger LOG = LoggerFactory.getLogger(SoakTest.class);

    @TempDir
    Path root;

    @Test
    void fourWeeksOfScheduledWorkOnASmallVaultStayWithinTheBounds() throws Exception {
        SoakResult result = SoakRun.run(SoakSpec.CI, root);
        LOG.info("Soak run at CI size:\n{}", result.table());

        SoakBounds.check(result);
        assertThat(result.last().transactions())
                .as("the bank's and Bob's rows all arrived")
                .isGreaterThanOrEqualTo(result.first().transactions()
                        + (long) (SoakSpec.CI.days() - 1) * (SoakRun.BANK_ROWS_PER_DAY + SoakRun.BOBS_ROWS_PER_DAY));
    }
}

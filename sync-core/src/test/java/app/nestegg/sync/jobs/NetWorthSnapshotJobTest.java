package app.nestegg.sync.jobs;

import static app.nestegg.vault.store.generated.Tables.NET_WORTH_SNAPSHOT;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.ledger.LedgerFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily snapshot job stores each ended day, catching up the days the app was closed. */
class NetWorthSnapshotJobTest {

    @TempDir
    Path folder;

    LedgerFixture fx;
    Scheduler scheduler;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder); // the clock says 2026-11-27T10:00:00Z
        fx.account("Checking", LedgerFixture.USD, "100.00");
        scheduler = new Scheduler(
                fx.ledger.jobRuns(),
                List.of(new NetWorthSnapshotJob(fx.ledger.netWorth(), fx.vaults.clock.getZone())),
                fx.vaults.clock);
    }

    @AfterEach
    void close() {
        scheduler.close();
        fx.close();
    }

    private List<LocalDate> storedDays() {
        return fx.session
                .database()
                .read(dsl -> dsl.selectDistinct(NET_WORTH_SNAPSHOT.SNAPSHOT_DAY)
                        .from(NET_WORTH_SNAPSHOT)
                        .orderBy(NET_WORTH_SNAPSHOT.SNAPSHOT_DAY)
                        .fetch(NET_WORTH_SNAPSHOT.SNAPSHOT_DAY));
    }

    @Test
    void eachRunStoresTheDayBeforeItsPlannedTime() {
        scheduler.runDue();
        assertThat(storedDays()).containsExactly(LocalDate.parse("2026-11-26"));

        fx.vaults.clock.advance(Duration.ofDays(3));
        scheduler.runDue();

        assertThat(storedDays())
                .containsExactly(
                        LocalDate.parse("2026-11-26"),
                        LocalDate.parse("2026-11-27"),
                        LocalDate.parse("2026-11-28"),
                        LocalDate.parse("2026-11-29"));
    }
}

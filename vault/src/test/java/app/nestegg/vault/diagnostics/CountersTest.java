package app.nestegg.vault.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.nestegg.vault.TestVaults;
import app.nestegg.vault.VaultSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counters are recorded where the operations happen (an import's: StatementImporterTest) and replaced by the next one. */
class CountersTest {

    @TempDir
    Path folder;

    private final TestVaults vaults = new TestVaults();

    @Test
    void anUnlockRecordsHowLongItTook() {
        vaults.create(folder).lock();
        VaultSession session = vaults.unlock(folder);
        try {
            Counters counters = new Counters(session.ledger().changeLog(), vaults.clock);
            assertThat(counters.list()).singleElement().satisfies(unlock -> {
                assertThat(unlock.name()).isEqualTo(CounterName.LAST_UNLOCK);
                assertThat(unlock.duration()).isPositive();
                assertThat(unlock.rows()).isEmpty();
                assertThat(unlock.recordedAt()).isEqualTo(vaults.clock.instant());
            });

        } finally {
            session.lock();
        }
    }

    @Test
    void aCounterIsReplacedAndGivesRowsPerSecond() {
        VaultSession session = vaults.create(folder);
        try {
            Counters counters = new Counters(session.ledger().changeLog(), vaults.clock);
            counters.record(CounterName.LAST_SYNC, Duration.ofSeconds(4), OptionalLong.of(100));
            counters.record(CounterName.LAST_SYNC, Duration.ofMillis(2_500), OptionalLong.of(10_000));

            assertThat(counters.list()).singleElement().satisfies(sync -> {
                assertThat(sync.duration()).isEqualTo(Duration.ofMillis(2_500));
                assertThat(sync.rowsPerSecond()).isEqualTo(OptionalLong.of(4_000));
            });
        } finally {
            session.lock();
        }
    }

    @Test
    void aCounterThatCannotBeStoredIsDroppedAndTheCallerCarriesOn() {
        VaultSession session = vaults.create(folder);
        try {
            Counters counters = new Counters(session.ledger().changeLog(), vaults.clock);
            session.ledger().changeLog().write(w -> w.dsl().execute("DROP TABLE local_counter"));

            assertThatCode(() -> counters.record(CounterName.LAST_IMPORT, Duration.ofSeconds(1), OptionalLong.of(10)))
                    .doesNotThrowAnyException();
        } finally {
            session.lock();
        }
    }
}

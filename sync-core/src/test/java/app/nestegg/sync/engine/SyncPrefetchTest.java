package app.nestegg.sync.engine;

import static app.nestegg.sync.engine.SyncFixture.CHECKING;
import static app.nestegg.sync.engine.SyncFixture.posted;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.sync.provider.ProviderFailure;
import app.nestegg.sync.provider.ProviderTransaction;
import app.nestegg.vault.bank.ConnectionStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The next page is read on the prefetch thread while the current one is stored (ADR 0025), and whatever happens to
 * that read, the vault holds exactly the pages committed before it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SyncPrefetchTest {

    @TempDir
    Path folder;

    /** Eight posted rows in checking: four pages of two. */
    static void eightRows(ScriptedProvider provider) {
        for (int i = 1; i <= 8; i++) {
            provider.added(posted("t" + i, CHECKING, "2026-11-0" + i, "-" + i + ".00", "Shop " + i));
        }
    }

    @Test
    void everyPageAfterTheFirstIsReadOnThePrefetchThread() {
        try (SyncFixture sync = new SyncFixture(folder, 2)) {
            eightRows(sync.provider);
            List<String> readers = new ArrayList<>();
            for (int call = 1; call <= 4; call++) {
                sync.provider.beforePageCall(
                        call, () -> readers.add(Thread.currentThread().getName()));
            }

            SyncReport report = sync.sync();

            assertThat(report.succeeded()).isTrue();
            assertThat(sync.rowCount()).isEqualTo(8);
            assertThat(readers).hasSize(4).allSatisfy(name -> assertThat(name).startsWith("bank-sync-prefetch-"));
        }
    }

    @Test
    void aFailureOfThePrefetchedPageSurfacesAfterTheCurrentPageCommitted() {
        try (SyncFixture sync = new SyncFixture(folder, 2)) {
            eightRows(sync.provider);
            sync.provider.failPageCall(3, ProviderFailure.OUTAGE);

            SyncReport report = sync.sync();

            assertThat(report.status()).isEqualTo(ConnectionStatus.RETRY_LATER);
            assertThat(report.total().added()).as("pages 1 and 2 committed").isEqualTo(4);
            assertThat(cursor(sync)).isEqualTo("pos-4");
            assertThat(sync.rows())
                    .extracting(SyncFixture.Row::externalId)
                    .containsExactlyInAnyOrder("t1", "t2", "t3", "t4");
        }
    }

    @Test
    void aPageTheLedgerRefusesDiscardsTheNextPageAlreadyBeingRead() {
        try (SyncFixture sync = new SyncFixture(folder, 2)) {
            sync.provider
                    .added(posted("t1", CHECKING, "2026-11-01", "-1.00", "Shop"))
                    .added(posted("t2", CHECKING, "2026-11-02", "-2.00", "Shop"))
                    .added(posted("t3", CHECKING, "2026-11-03", "-3.00", "Shop"))
                    .added(inEuros("t4"))
                    .added(posted("t5", CHECKING, "2026-11-05", "-5.00", "Shop"))
                    .added(posted("t6", CHECKING, "2026-11-06", "-6.00", "Shop"));

            SyncReport report = sync.sync();

            assertThat(report.succeeded()).isFalse();
            assertThat(report.error().message()).contains("t4").contains("EUR");
            assertThat(sync.provider.pageCalls())
                    .as("page 3 was being read when page 2 failed")
                    .isEqualTo(3);
            assertThat(cursor(sync)).isEqualTo("pos-2");
            assertThat(sync.rows()).extracting(SyncFixture.Row::externalId).containsExactlyInAnyOrder("t1", "t2");
        }
    }

    @Test
    void aChangeDuringPaginationFoundByThePrefetchRestartsFromTheRunsFirstCursor() {
        try (SyncFixture straight = new SyncFixture(folder.resolve("straight"), 2);
                SyncFixture restarted = new SyncFixture(folder.resolve("restarted"), 2)) {
            eightRows(straight.provider);
            straight.provider.added(posted("t9", CHECKING, "2026-11-09", "-9.00", "Shop 9"));
            eightRows(restarted.provider);
            List<String> cursorsStored = new ArrayList<>();
            restarted.provider.beforePageCall(4, () -> cursorsStored.add(cursor(restarted)));
            restarted.provider.changeDuringPageCall(
                    3, provider -> provider.added(posted("t9", CHECKING, "2026-11-09", "-9.00", "Shop 9")));
            SyncReport straightReport = straight.sync();

            SyncReport report = restarted.sync();

            assertThat(report.succeeded()).isTrue();
            assertThat(cursorsStored)
                    .as("the run went back to its first cursor")
                    .containsExactly("");
            assertThat(report.total()).isEqualTo(straightReport.total());
            assertThat(restarted.rows()).isEqualTo(straight.rows()).hasSize(9);
        }
    }

    @Test
    void closingThePrefetchThreadStopsAReadInFlightAndKeepsTheCommittedPages() throws InterruptedException {
        try (SyncFixture sync = new SyncFixture(folder, 2)) {
            eightRows(sync.provider);
            List<Boolean> interrupted = new ArrayList<>();
            // the vault locks while page 3 is read: the composition root closes the prefetch thread
            sync.provider.beforePageCall(3, () -> {
                sync.prefetch.close();
                try {
                    Thread.sleep(30_000);
                    interrupted.add(false);
                } catch (InterruptedException e) {
                    interrupted.add(true);
                    throw new IllegalStateException("the read was interrupted", e);
                }
            });

            SyncReport report = sync.sync();

            assertThat(interrupted).containsExactly(true);
            assertThat(report.succeeded()).isFalse();
            assertThat(report.error().message()).contains("closed while it ran");
            assertThat(cursor(sync)).isEqualTo("pos-4");
            assertThat(sync.rowCount()).isEqualTo(4);
            assertThat(sync.prefetch.awaitTermination(10_000)).isTrue();
            assertThat(sync.prefetch.isTerminated()).isTrue();
        }
    }

    @Test
    void aSyncAfterThePrefetchThreadClosedStoresNothingAndSaysWhy() {
        try (SyncFixture sync = new SyncFixture(folder, 2)) {
            eightRows(sync.provider);
            sync.prefetch.close();

            SyncReport report = sync.sync();

            assertThat(report.succeeded()).isFalse();
            assertThat(report.error().message()).contains("closed while it ran");
            assertThat(sync.provider.pageCalls()).isZero();
            assertThat(sync.rowCount()).isZero();
        }
    }

    @Test
    void theSameThreadReaderReadsEachPageOnTheSyncsOwnThread() {
        try (SyncFixture sync = new SyncFixture(folder, 2)) {
            eightRows(sync.provider);
            SyncEngine oneThread = new SyncEngine(
                    sync.fx.ledger, kind -> sync.provider, sync.fx.vaults.clock, PrefetchThread.sameThread());
            List<String> readers = new ArrayList<>();
            sync.provider.beforePageCall(
                    2, () -> readers.add(Thread.currentThread().getName()));

            SyncReport report = oneThread.sync(sync.connection.id());

            assertThat(report.succeeded()).isTrue();
            assertThat(sync.rowCount()).isEqualTo(8);
            assertThat(readers).containsExactly(Thread.currentThread().getName());
        }
    }

    private static String cursor(SyncFixture sync) {
        return sync.fx.ledger.bankConnections().cursor(sync.connection.id());
    }

    private static ProviderTransaction inEuros(String id) {
        return new ProviderTransaction(
                id,
                CHECKING,
                LocalDate.parse("2026-11-04"),
                new BigDecimal("-4.00"),
                "EUR",
                "Shop",
                null,
                false,
                null,
                null);
    }
}

package app.nestegg.sync.engine;

import static app.nestegg.sync.engine.SyncFixture.CARD;
import static app.nestegg.sync.engine.SyncFixture.CHECKING;
import static app.nestegg.sync.engine.SyncFixture.pending;
import static app.nestegg.sync.engine.SyncFixture.posted;
import static app.nestegg.sync.engine.SyncFixture.postedFrom;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.sync.provider.ProviderFailure;
import app.nestegg.vault.bank.ConnectionStatus;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sync broken off between pages, or restarted because the provider's data changed during pagination, ends with
 * exactly the rows of a sync that ran straight through the same change log.
 */
class SyncResumeTest {

    @TempDir
    Path folder;

    /** Twelve changes over both accounts, with a pending row that posts and one that lapses, on different pages. */
    static void history(ScriptedProvider provider) {
        provider.added(
                        posted("t1", CHECKING, "2026-11-01", "2500.00", "Payroll"),
                        pending("p1", CARD, "2026-11-02", "-18.00", "Corner Bistro"),
                        posted("t2", CHECKING, "2026-11-02", "-45.10", "Green Leaf Grocers"),
                        pending("p2", CHECKING, "2026-11-03", "-60.00", "Fuel Hold"))
                .removed("p1", CARD)
                .added(posted("t3", CARD, "2026-11-04", "-9.99", "Streaming"))
                .modified(posted("t2", CHECKING, "2026-11-02", "-45.60", "Green Leaf Grocers"))
                .removed("p2", CHECKING)
                .added(
                        posted("t4", CHECKING, "2026-11-05", "-900.00", "Rent"),
                        postedFrom("q1", "p1", CARD, "2026-11-05", "-21.00", "Corner Bistro"))
                .removed("t3", CARD)
                .added(posted("t5", CARD, "2026-11-06", "-4.50", "Cafe Luna"));
    }

    /** Changes that arrive while a run pages through the history. */
    static void lateChanges(ScriptedProvider provider) {
        provider.modified(posted("t4", CHECKING, "2026-11-05", "-950.00", "Rent"))
                .removed("t1", CHECKING)
                .added(posted("t6", CHECKING, "2026-11-07", "-7.00", "Bakery"));
    }

    @ParameterizedTest(name = "the page request {0} fails")
    @ValueSource(ints = {1, 3, 5})
    void aSyncBrokenOffBetweenPagesResumesToTheSameRows(int failingCall) {
        try (SyncFixture straight = new SyncFixture(folder.resolve("straight"), 2);
                SyncFixture broken = new SyncFixture(folder.resolve("broken"), 2)) {
            history(straight.provider);
            history(broken.provider);
            straight.sync();
            broken.provider.failPageCall(failingCall, ProviderFailure.OUTAGE);

            SyncReport failed = broken.sync();
            assertThat(failed.status()).isEqualTo(ConnectionStatus.RETRY_LATER);
            assertThat(broken.fx.ledger.bankConnections().cursor(broken.connection.id()))
                    .as("the cursor after the last page that committed")
                    .isEqualTo(failingCall == 1 ? "" : "pos-" + 2 * (failingCall - 1));
            broken.fx.vaults.clock.advance(Duration.ofMinutes(1));
            SyncReport resumed = broken.sync();

            assertThat(resumed.succeeded()).isTrue();
            assertThat(broken.rows()).isEqualTo(straight.rows()).hasSize(5);
        }
    }

    @ParameterizedTest(name = "the data changes at page request {0}")
    @ValueSource(ints = {1, 2, 4})
    void aRunRestartedBecauseTheDataChangedEndsWithTheSameRows(int changingCall) {
        try (SyncFixture straight = new SyncFixture(folder.resolve("straight"), 2);
                SyncFixture restarted = new SyncFixture(folder.resolve("restarted"), 2)) {
            history(straight.provider);
            lateChanges(straight.provider);
            history(restarted.provider);
            restarted.provider.changeDuringPageCall(changingCall, SyncResumeTest::lateChanges);
            SyncReport straightReport = straight.sync();

            SyncReport report = restarted.sync();

            assertThat(report.succeeded()).isTrue();
            assertThat(report.total())
                    .as("rows applied before the restart are not counted again")
                    .isEqualTo(straightReport.total());
            assertThat(restarted.rows()).isEqualTo(straight.rows());
            assertThat(restarted.rows())
                    .extracting(SyncFixture.Row::externalId)
                    .containsExactlyInAnyOrder("t2", "t4", "q1", "t5", "t6");
        }
    }

    @Test
    void anInitialSyncBrokenOffAndRestartedStillHasNoDuplicates() {
        try (SyncFixture straight = new SyncFixture(folder.resolve("straight"), 3);
                SyncFixture bumpy = new SyncFixture(folder.resolve("bumpy"), 3)) {
            history(straight.provider);
            history(bumpy.provider);
            straight.sync();
            bumpy.provider.failPageCall(2, ProviderFailure.NETWORK).changeDuringPageCall(4, provider -> {});

            bumpy.sync();
            bumpy.sync();

            assertThat(bumpy.rows()).isEqualTo(straight.rows());
        }
    }

    @Test
    void aRowThePersonDeletesWhileARunPagesComesBackWhenTheRunReadsItAgain() {
        try (SyncFixture straight = new SyncFixture(folder.resolve("straight"), 3);
                SyncFixture edited = new SyncFixture(folder.resolve("edited"), 3)) {
            history(straight.provider);
            history(edited.provider);
            straight.sync();
            edited.provider.changeDuringPageCall(3, provider -> {
                var t2 = edited.row(CHECKING, "t2");
                edited.fx.ledger.transactions().delete(t2.id());
            });

            SyncReport report = edited.sync();

            assertThat(report.succeeded()).isTrue();
            assertThat(edited.rows()).isEqualTo(straight.rows());
        }
    }
}

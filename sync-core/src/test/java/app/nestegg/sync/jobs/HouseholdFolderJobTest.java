package app.nestegg.sync.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.household.MemberCard;
import app.nestegg.vault.household.sync.SharedFolder;
import app.nestegg.vault.jobs.JobOutcome;
import app.nestegg.vault.jobs.JobRun;
import app.nestegg.vault.ledger.LedgerFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared-folder job between two real vaults: idle without a folder, a round through the scheduler with one. */
class HouseholdFolderJobTest {

    @TempDir
    Path dir;

    LedgerFixture alice;
    LedgerFixture bob;

    @BeforeEach
    void twoMembers() {
        alice = new LedgerFixture(dir.resolve("alice"));
        bob = new LedgerFixture(dir.resolve("bob"));
        alice.ledger
                .members()
                .add(MemberCard.read(bob.ledger.members().identity().card(), memberOf(alice)), false);
        bob.ledger
                .members()
                .add(MemberCard.read(alice.ledger.members().identity().card(), memberOf(bob)), false);
    }

    @AfterEach
    void close() {
        alice.close();
        bob.close();
    }

    @Test
    void withoutAFolderTheJobSucceedsAndWritesNothing() throws IOException {
        alice.account("Joint", LedgerFixture.EUR, "10.00");

        JobRun run = runJob(alice);

        assertThat(run.outcome()).isEqualTo(JobOutcome.SUCCEEDED);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(SharedFolder.SUFFIX)))
                    .isEmpty();
        }
    }

    @Test
    void withAFolderEachRunWritesAndMergesThroughIt() throws IOException {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        folder(alice).use(shared);
        folder(bob).use(shared);
        alice.account("Joint", LedgerFixture.EUR, "10.00");

        JobRun aliceRun = runJob(alice);
        JobRun bobRun = runJob(bob);

        assertThat(List.of(aliceRun.outcome(), bobRun.outcome())).containsOnly(JobOutcome.SUCCEEDED);
        assertThat(bob.ledger.accounts().list()).extracting(a -> a.name()).contains("Joint");
        assertThat(bob.session.household().digest())
                .isEqualTo(alice.session.household().digest());
    }

    private static java.util.UUID memberOf(LedgerFixture fx) {
        return fx.ledger.changeLog().memberId();
    }

    private static SharedFolder folder(LedgerFixture fx) {
        return new SharedFolder(fx.session.household(), fx.vaults.clock);
    }

    private static JobRun runJob(LedgerFixture fx) {
        try (Scheduler scheduler =
                new Scheduler(fx.ledger.jobRuns(), List.of(new HouseholdFolderJob(folder(fx))), fx.vaults.clock)) {
            return scheduler.runNow(HouseholdFolderJob.NAME);
        }
    }
}

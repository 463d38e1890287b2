package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import app.nestegg.resources.Legal;
import app.nestegg.sync.fake.plaid.FakeGate;
import app.nestegg.sync.fake.plaid.FakeItem;
import app.nestegg.sync.fake.plaid.FakePlaidServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code nest-egg sync} process killed with SIGKILL in the middle of a sync, then run again as a new process, ends
 * with exactly the rows of a vault that synced an identical fake Item straight through: no row lost, none twice, and
 * the connection healthy. The fake holds chosen page requests, so each kill lands where the test says: while the
 * process waits for a page, or while it applies one (at a seeded random moment, which can fall inside H2's write). The
 * same holds for the scheduled bank-sync job: killed mid-run, it is taken up by the next start and has one effect.
 */
class SyncKilledMidwayTest {

    private static final String PAGES = "/transactions/sync";
    private static final String BALANCES = "/accounts/balance/get";
    private static final Duration PROCESS_LIMIT = Duration.ofMinutes(5);
    /** About what one page of 500 takes to apply in a fresh process on a quiet machine (much more on a busy one). */
    private static final Duration LONGEST_APPLY_DELAY = Duration.ofMillis(1_500);
    /** Well past H2's default write delay of 500 ms, also on a busy machine. */
    private static final Duration H2_WRITE_SETTLED = Duration.ofSeconds(2);
    /** One moment for every vault and fake here, so the rows' dates agree between them. */
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    Path folder;

    private FakePlaidServer plaid;

    private record Vault(CliRunner cli, BankFixture bank) {}

    /** A new vault with the fake's sandbox Item linked and its holds synced; the update waits at the fake. */
    private static Vault prepare(Path root, FakePlaidServer fake) throws IOException {
        CliRunner cli = new CliRunner(Files.createDirectories(root));
        // the child processes use the real clock and the current terms, so the vault is made with them
        cli.clock.set(NOW);
        cli.termsVersion = Legal.version();
        cli.init();
        BankFixture bank = new BankFixture(cli, fake);
        FakeItem item = bank.linkSandbox();
        KillTestHistory.holds(item, fake.today());
        bank.ok("sync");
        KillTestHistory.update(item, fake.today());
        return new Vault(cli, bank);
    }

    /** What a vault holds, and which pages it asked for, after syncing the update straight through. */
    private record Straight(LedgerRows rows, List<String> cursors, String cursorAfterUpdate) {}

    private static Straight syncStraightThrough(Path root) throws IOException {
        try (FakePlaidServer fake = FakePlaidServer.builder().validate(false).start()) {
            Vault vault = prepare(root, fake);
            int before = fake.exchanges(PAGES).size();
            vault.bank().ok("sync");
            List<String> cursors = cursors(fake, before);
            vault.bank().ok("sync");
            String after = cursors(fake, before + cursors.size()).getFirst();
            return new Straight(LedgerRows.of(vault.cli()), cursors, after);
        }
    }

    @AfterEach
    void closeTheFake() {
        if (plaid != null) {
            plaid.close();
        }
    }

    @Test
    void aSyncKilledTwiceThenRunAgainHoldsExactlyTheRowsOfOneThatRanStraightThrough() throws Exception {
        Straight straight = syncStraightThrough(folder.resolve("straight"));
        List<String> straightCursors = straight.cursors();
        assertThat(straightCursors).hasSize(KillTestHistory.UPDATE_PAGES);
        assertThat(straight.rows().rows())
                .as("the sandbox's 7 posted rows, 25 posted holds and 2,100 new rows; the lapsed holds are gone")
                .hasSize(7 + 25 + 2_100);
        assertThat(straight.rows().pending()).isZero();
        plaid = FakePlaidServer.builder().validate(false).start();
        Vault vault = prepare(folder.resolve("killed"), plaid);
        int before = plaid.exchanges(PAGES).size();
        FakeGate gate = plaid.gate();

        // waiting for page 3: the engine asks for it once page 2 arrived, so after H2 wrote page 1 (with every removal
        // of a hold) to the file, while page 2 may be being written (ADR 0025)
        FakeGate.Hold third = gate.hold(PAGES, 3);
        killAt(third, CliProcess.start(vault.cli(), "sync"));
        assertThat(seal(vault.cli()))
                .as("the killed process never locked the vault")
                .isEqualTo("OPEN");

        // applying the last page, whose write also deletes the lapsed holds, at a random moment; the balances after
        // it are held
        FakeGate.Hold last = gate.holdContaining(PAGES, straightCursors.getLast());
        FakeGate.Hold balances = gate.hold(BALANCES, 1);
        killWhileApplying(last, CliProcess.start(vault.cli(), "sync"), new Random(7));
        balances.release();
        assertThat(seal(vault.cli())).isEqualTo("OPEN");
        List<String> asked = cursors(plaid, before);
        assertThat(asked.subList(0, 2))
                .as("the first process read pages 1 and 2")
                .isEqualTo(straightCursors.subList(0, 2));
        assertThat(asked.get(2))
                .as("the second process went on from page 2 or 3")
                .isIn(straightCursors.get(1), straightCursors.get(2));

        Result resumed = CliProcess.start(vault.cli(), "sync").finish(PROCESS_LIMIT);

        assertThat(resumed.code()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).contains("Status: active");
        List<String> pageOrder = new ArrayList<>(straightCursors);
        pageOrder.add(straight.cursorAfterUpdate());
        List<Integer> pages = cursors(plaid, before).stream()
                .map(cursor -> pageOrder.indexOf(cursor) + 1)
                .toList();
        assertThat(pages).as("pages asked for, in order").startsWith(1, 2).doesNotContain(0);
        assertThat(pages).contains(KillTestHistory.UPDATE_PAGES);
        for (int i = 1; i < pages.size(); i++) {
            assertThat(pages.get(i))
                    .as("no page skipped in %s (after a kill a process may go back to the last page H2 wrote)", pages)
                    .isLessThanOrEqualTo(pages.get(i - 1) + 1);
        }
        LedgerRows rows = LedgerRows.of(vault.cli());
        assertThat(rows.rows())
                .hasSameSizeAs(straight.rows().rows())
                .containsExactlyElementsOf(straight.rows().rows());
        JsonNode connection = vault.bank().json("connections").get(0);
        assertThat(connection.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(connection.get("failure_count").asInt()).isZero();
        assertThat(connection.get("error").isNull()).isTrue();
    }

    @Test
    void aBankSyncJobKilledMidwayIsTakenUpAtTheNextStartAndHasOneEffect() throws Exception {
        Straight straight = syncStraightThrough(folder.resolve("straight"));
        plaid = FakePlaidServer.builder().validate(false).start();
        Vault vault = prepare(folder.resolve("killed"), plaid);
        FakeGate.Hold second = plaid.gate().hold(PAGES, 2);

        killAt(second, CliProcess.start(vault.cli(), "jobs", "run", "bank-sync"));
        JsonNode cutShort = job(vault, "bank-sync").get("last_run");
        assertThat(cutShort.get("outcome").asText())
                .as("the killed process left its attempt running")
                .isEqualTo("RUNNING");

        Result next = CliProcess.start(vault.cli(), "jobs", "run-due").finish(PROCESS_LIMIT);

        assertThat(next.code()).as(next.toString()).isZero();
        assertThat(next.out()).containsOnlyOnce("bank-sync for ");
        JsonNode ranAgain = job(vault, "bank-sync").get("last_run");
        assertThat(ranAgain.get("outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(ranAgain.get("attempt").asInt())
                .as("the cut-short run was taken up as its next attempt")
                .isEqualTo(2);
        LedgerRows rows = LedgerRows.of(vault.cli());
        assertThat(rows.rows())
                .as("one effect: the rows of one sync straight through, none twice")
                .containsExactlyElementsOf(straight.rows().rows());
        Result again = CliProcess.start(vault.cli(), "jobs", "run", "bank-sync").finish(PROCESS_LIMIT);
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(LedgerRows.of(vault.cli()).rows())
                .as("a repeat run changes nothing")
                .containsExactlyElementsOf(straight.rows().rows());
    }

    private static JsonNode job(Vault vault, String name) {
        for (JsonNode job : vault.bank().json("jobs", "list")) {
            if (job.get("name").asText().equals(name)) {
                return job;
            }
        }
        throw new AssertionError("no job " + name);
    }

    /**
     * Kills {@code sync} while it waits for the held answer, after H2's write delay has passed: the pages it committed
     * before are in the file by then (H2 writes a commit to the file up to 500 ms later; a kill within that time
     * loses it, and its cursor with it).
     */
    private static void killAt(FakeGate.Hold hold, CliProcess sync) throws Exception {
        assertThat(hold.awaitArrival(PROCESS_LIMIT))
                .as("the sync asked for the page")
                .isTrue();
        Thread.sleep(H2_WRITE_SETTLED.toMillis());
        assertThat(sync.isAlive()).as("the sync still runs when it is killed").isTrue();
        sync.kill();
    }

    /**
     * Lets the held page go and kills {@code sync} a random moment later, at most {@link #LONGEST_APPLY_DELAY} (the
     * request after it is held, so the kill falls while the page is applied or just after its write committed).
     */
    private static void killWhileApplying(FakeGate.Hold hold, CliProcess sync, Random random) throws Exception {
        assertThat(hold.awaitArrival(PROCESS_LIMIT))
                .as("the sync asked for the page")
                .isTrue();
        hold.release();
        Thread.sleep(random.nextLong(LONGEST_APPLY_DELAY.toMillis()));
        assertThat(sync.isAlive()).as("the sync still runs when it is killed").isTrue();
        sync.kill();
    }

    /** The {@code cursor} of each page request from the {@code from}-th on. */
    private static List<String> cursors(FakePlaidServer fake, int from) {
        List<FakePlaidServer.Exchange> pages = fake.exchanges(PAGES);
        return pages.subList(from, pages.size()).stream()
                .map(exchange ->
                        BankFixture.parse(exchange.body()).path("cursor").asText(""))
                .toList();
    }

    private static String seal(CliRunner cli) throws IOException {
        return BankFixture.parse(Files.readString(cli.vault.resolve("vault.seal")))
                .get("state")
                .asText();
    }
}

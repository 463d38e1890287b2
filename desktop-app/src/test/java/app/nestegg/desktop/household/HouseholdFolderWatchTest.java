package app.nestegg.desktop.household;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.ledger.LedgerTestKit.ManualDebouncer;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.household.sync.FolderRound;
import app.nestegg.vault.household.sync.SharedFolder;
import app.nestegg.vault.ledger.Account;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared-folder watch on two real vaults: Bob's bundle appearing leads, after the pause, to a merging round. */
class HouseholdFolderWatchTest {

    @TempDir
    Path root;

    private VaultSession alice;
    private VaultSession bob;
    private Path shared;
    private SharedFolder alicesFolder;
    private final ManualDebouncer debouncer = new ManualDebouncer();
    private final ManualDebouncer ownEdits = new ManualDebouncer();
    private final List<FolderRound> rounds = new ArrayList<>();
    /** What the watch hands to the UI thread; the test plays that thread. */
    private final BlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();

    private final TaskExecutor executor = new TaskExecutor() {
        private final SameThreadTaskExecutor work = new SameThreadTaskExecutor();

        @Override
        public <T> void execute(
                Callable<T> task, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            work.execute(task, onSuccess, onFailure);
        }

        @Override
        public void onUiThread(Runnable action) {
            uiThread.add(action);
        }
    };

    @BeforeEach
    void setUp() throws Exception {
        alice = new TestVaults(root.resolve("alice")).create();
        bob = TwoMembers.bob(root);
        TwoMembers.join(alice, bob);
        shared = Files.createDirectory(root.resolve("shared"));
        alicesFolder = new SharedFolder(alice.household(), alice.ledger().clock());
        alicesFolder.use(shared);
    }

    @AfterEach
    void tearDown() {
        alice.lock();
        bob.lock();
    }

    @Test
    void aBundleAppearingInTheFolderLeadsToAMergingRoundAfterThePause() throws Exception {
        try (HouseholdFolderWatch watch =
                new HouseholdFolderWatch(alicesFolder, executor, debouncer, ownEdits, rounds::add)) {
            watch.rewatch();
            TwoMembers.account(bob, "Cash");
            SharedFolder bobsFolder =
                    new SharedFolder(bob.household(), bob.ledger().clock());
            bobsFolder.use(shared);
            bobsFolder.run();

            Runnable news = uiThread.poll(30, TimeUnit.SECONDS);
            assertThat(news).as("the watch noticed Bob's file").isNotNull();
            news.run();
            assertThat(rounds).isEmpty();
            assertThat(debouncer.hasPending()).isTrue();

            debouncer.fire();

            assertThat(rounds)
                    .singleElement()
                    .satisfies(round -> assertThat(round.mergedEntries()).isPositive());
            assertThat(alice.ledger().accounts().list())
                    .extracting(Account::name)
                    .contains("Cash");
        }
    }

    @Test
    void afterTheLockNoRoundRuns() throws Exception {
        HouseholdFolderWatch watch = new HouseholdFolderWatch(alicesFolder, executor, debouncer, ownEdits, rounds::add);
        watch.rewatch();
        watch.close();

        Files.writeString(shared.resolve("late.nestegg-bundle"), "late");
        debouncer.fire();

        assertThat(debouncer.hasPending()).isFalse();
        assertThat(rounds).isEmpty();
    }

    @Test
    void anOwnEditReachesTheFolderAfterItsPauseAndAMergeDoesNotCountAsOne() throws Exception {
        try (HouseholdFolderWatch watch =
                new HouseholdFolderWatch(alicesFolder, executor, debouncer, ownEdits, rounds::add)) {
            watch.hearOwnChanges(alice.ledger().changeLog());

            TwoMembers.account(alice, "Joint");
            assertThat(uiThread).isNotEmpty();
            while (!uiThread.isEmpty()) {
                uiThread.poll().run();
            }
            assertThat(ownEdits.hasPending()).isTrue();
            ownEdits.fire();

            assertThat(rounds)
                    .singleElement()
                    .satisfies(round -> assertThat(round.written()).isPresent());
            try (var files = Files.list(shared)) {
                assertThat(files.filter(f -> f.getFileName()
                                .toString()
                                .startsWith(
                                        alice.ledger().changeLog().memberId().toString())))
                        .hasSize(1);
            }

            TwoMembers.account(bob, "Cash");
            SharedFolder bobsFolder =
                    new SharedFolder(bob.household(), bob.ledger().clock());
            bobsFolder.use(shared);
            bobsFolder.run();
            alicesFolder.run();
            assertThat(uiThread).isEmpty();
        }
    }
}

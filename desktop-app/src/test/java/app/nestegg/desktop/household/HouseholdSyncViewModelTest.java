package app.nestegg.desktop.household;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.household.sync.SharedFolder;
import app.nestegg.vault.ledger.Account;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exchange half of the Household page on two real vaults: merging bundles, the shared folder, the history. */
class HouseholdSyncViewModelTest {

    @TempDir
    Path root;

    private VaultSession alice;
    private VaultSession bob;
    private HouseholdSyncViewModel sync;
    private int merges;
    private int folderChanges;

    @BeforeEach
    void setUp() {
        alice = new TestVaults(root.resolve("alice")).create();
        bob = TwoMembers.bob(root);
        TwoMembers.join(alice, bob);
        sync = new HouseholdSyncViewModel(
                alice, new SameThreadTaskExecutor(), TestVaults.messages(), () -> merges++, () -> folderChanges++);
        sync.refresh();
    }

    @AfterEach
    void tearDown() {
        alice.lock();
        bob.lock();
    }

    @Test
    void aBundleFromBobIsMergedAndTheResultSaysFromWhomAndHowMuch() {
        TwoMembers.account(bob, "Joint");
        Path bundle = root.resolve("bob.nestegg-bundle");
        bob.household().exportBundle(bundle, false);

        sync.merge(bundle);

        MergeSummary result = sync.resultProperty().get();
        assertThat(result.refused()).isFalse();
        assertThat(result.headline()).startsWith("Merged the bundle from Bob: ").contains("0 already known");
        assertThat(alice.ledger().accounts().list()).extracting(Account::name).contains("Joint");
        assertThat(merges).isEqualTo(1);
        assertThat(sync.history())
                .singleElement()
                .satisfies(row -> assertThat(row.author()).isEqualTo("Bob"));
        assertThat(sync.digestProperty().get())
                .isEqualTo(bob.household().digest().shortForm());
    }

    @Test
    void aRefusedBundleSaysWhyAndChangesNothing() throws IOException {
        Path bundle = Files.writeString(root.resolve("junk.nestegg-bundle"), "not a bundle at all");
        int accounts = alice.ledger().accounts().list().size();

        sync.merge(bundle);

        MergeSummary result = sync.resultProperty().get();
        assertThat(result.refused()).isTrue();
        assertThat(result.headline()).startsWith("The bundle was refused and nothing was applied: ");
        assertThat(result.headline().length()).isGreaterThan(60);
        assertThat(alice.ledger().accounts().list()).hasSize(accounts);
        assertThat(alice.household().history().list()).isEmpty();
    }

    @Test
    void aBundleOpenedFromOutsideIsMergedOnlyAfterConfirmation() {
        TwoMembers.account(bob, "Holiday");
        Path bundle = root.resolve("opened.nestegg-bundle");
        bob.household().exportBundle(bundle, false);

        sync.askMerge(bundle);
        assertThat(sync.pendingBundleProperty().get()).isEqualTo(bundle);
        assertThat(alice.ledger().accounts().list()).isEmpty();

        sync.confirmMerge();
        assertThat(sync.pendingBundleProperty().get()).isNull();
        assertThat(alice.ledger().accounts().list()).extracting(Account::name).containsExactly("Holiday");
    }

    @Test
    void aCancelledOpeningMergesNothing() {
        TwoMembers.account(bob, "Holiday");
        Path bundle = root.resolve("opened.nestegg-bundle");
        bob.household().exportBundle(bundle, false);

        sync.askMerge(bundle);
        sync.cancelMerge();

        assertThat(sync.pendingBundleProperty().get()).isNull();
        assertThat(alice.ledger().accounts().list()).isEmpty();
    }

    @Test
    void theSharedFolderMergesBobsBundleAndShowsItsStatus() throws IOException {
        Path shared = Files.createDirectory(root.resolve("shared"));
        TwoMembers.account(bob, "Cash");
        SharedFolder bobsFolder = new SharedFolder(bob.household(), bob.ledger().clock());
        bobsFolder.use(shared);
        bobsFolder.run();

        sync.useFolder(shared);

        assertThat(folderChanges).isEqualTo(1);
        assertThat(sync.statusProperty().get()).contains("merged 1 bundle");
        assertThat(alice.ledger().accounts().list()).extracting(Account::name).contains("Cash");
        assertThat(sync.folderProperty().get()).isEqualTo("Folder: " + shared);
        assertThat(sync.lastMerged())
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith("Last merged from Bob: "));
        assertThat(sync.hasFolderProperty().get()).isTrue();

        sync.stopFolder();
        assertThat(sync.folderProperty().get()).isEqualTo("No shared folder is set.");
        assertThat(folderChanges).isEqualTo(2);
    }

    @Test
    void anExportWritesTheBundleAndSaysHowManyChanges() {
        TwoMembers.account(alice, "Joint");
        Path bundle = root.resolve("alice.nestegg-bundle");

        sync.everythingProperty().set(true);
        sync.exportBundle(bundle);

        assertThat(bundle).exists();
        assertThat(sync.statusProperty().get()).startsWith("Wrote ").endsWith(bundle + ".");
    }
}

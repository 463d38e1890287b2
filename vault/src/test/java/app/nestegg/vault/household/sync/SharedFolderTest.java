package app.nestegg.vault.household.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.BadInputException;
import app.nestegg.vault.TestVaults;
import app.nestegg.vault.ledger.Account;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedFolderTest {

    @TempDir
    Path dir;

    private final TestVaults vaults = new TestVaults();
    private SyncMember alice;
    private SyncMember bob;
    private Path shared;

    @BeforeEach
    void twoMembersOneFolder() throws IOException {
        alice = new SyncMember(vaults, dir.resolve("alice"));
        bob = new SyncMember(vaults, dir.resolve("bob"));
        alice.invites(bob);
        bob.invites(alice);
        shared = Files.createDirectory(dir.resolve("shared"));
        folderOf(alice).use(shared);
        folderOf(bob).use(shared);
    }

    @AfterEach
    void close() {
        alice.close();
        bob.close();
    }

    @Test
    void twoVaultsConvergeThroughTheFolder() {
        Account joint = alice.account("Joint");
        alice.spend(joint, "Bakery", "-4.20");
        Account cash = bob.account("Cash");
        bob.spend(cash, "Market", "-12.00");

        FolderRound aliceFirst = folderOf(alice).run();
        FolderRound bobFirst = folderOf(bob).run();
        FolderRound aliceSecond = folderOf(alice).run();

        assertThat(aliceFirst.written()).isPresent();
        assertThat(bobFirst.merged()).hasSize(1);
        assertThat(aliceSecond.merged()).hasSize(1);
        assertThat(alice.hasAccount("Cash")).isTrue();
        assertThat(bob.hasAccount("Joint")).isTrue();
        assertThat(alice.digest()).isEqualTo(bob.digest());

        FolderRound quiet = folderOf(alice).run();
        assertThat(quiet.written()).isEmpty();
        assertThat(quiet.merged()).isEmpty();
    }

    @Test
    void laterChangesTravelInANewFileAndTheOldOnesAreNotReadAgain() {
        Account joint = alice.account("Joint");
        folderOf(alice).run();
        folderOf(bob).run();
        alice.spend(joint, "Bakery", "-4.20");

        FolderRound written = folderOf(alice).run();
        FolderRound merged = folderOf(bob).run();

        assertThat(written.written().orElseThrow().entries()).isPositive();
        assertThat(merged.merged()).hasSize(1);
        assertThat(ownFiles(alice)).hasSize(2);
        assertThat(alice.digest()).isEqualTo(bob.digest());
    }

    @Test
    void aFileStillBeingCopiedWaitsForTheNextRound() throws IOException {
        alice.account("Joint");
        folderOf(alice).run();
        Path whole = ownFiles(alice).getFirst();
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(whole, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        FolderRound halfway = folderOf(bob).run();

        assertThat(halfway.waiting()).containsExactly(whole);
        assertThat(halfway.refused()).isEmpty();
        assertThat(bob.hasAccount("Joint")).isFalse();

        Files.write(whole, bytes);
        FolderRound done = folderOf(bob).run();
        assertThat(done.merged()).hasSize(1);
        assertThat(bob.hasAccount("Joint")).isTrue();
    }

    @Test
    void aForgedFileIsRefusedOnceAndReportedUntilItChanges() throws IOException {
        alice.account("Joint");
        folderOf(alice).run();
        Path whole = ownFiles(alice).getFirst();
        byte[] bytes = Files.readAllBytes(whole);
        bytes[bytes.length - 10] ^= 1;
        Files.write(whole, bytes);

        FolderRound first = folderOf(bob).run();
        FolderRound second = folderOf(bob).run();

        assertThat(first.refused()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo(whole.getFileName().toString());
            assertThat(r.reason()).isEqualTo("BAD_SIGNATURE");
        });
        assertThat(second.refused()).isEmpty();
        assertThat(folderOf(bob).status().refused()).hasSize(1);
        assertThat(bob.hasAccount("Joint")).isFalse();
    }

    @Test
    void aNewMemberGetsEverythingAndTheOlderOwnFilesGo() throws IOException {
        Account joint = alice.account("Joint");
        folderOf(alice).run();
        alice.spend(joint, "Bakery", "-4.20");
        folderOf(alice).run();
        assertThat(ownFiles(alice)).hasSize(2);

        try (SyncMember carol = new SyncMember(vaults, dir.resolve("carol"))) {
            carol.invites(alice);
            alice.invites(carol);
            folderOf(carol).use(shared);

            FolderRound rewritten = folderOf(alice).run();
            folderOf(carol).run();

            assertThat(rewritten.written()).isPresent();
            assertThat(ownFiles(alice)).hasSize(1);
            assertThat(carol.hasAccount("Joint")).isTrue();
            assertThat(carol.digest()).isEqualTo(alice.digest());
        }
    }

    @Test
    void theStatusTellsTheLastBundleWrittenAndMergedPerMember() {
        alice.account("Joint");
        folderOf(alice).run();
        folderOf(bob).run();

        FolderStatus bobs = folderOf(bob).status();
        FolderStatus alices = folderOf(alice).status();

        assertThat(bobs.folder()).contains(shared.toAbsolutePath().normalize());
        assertThat(bobs.lastMergedPerMember())
                .containsKey(alice.ledger().changeLog().memberId());
        assertThat(alices.lastWrittenFile())
                .contains(ownFiles(alice).getFirst().getFileName().toString());
        assertThat(alices.lastWrittenAt()).isPresent();
    }

    @Test
    void aFolderThatIsNotThereIsRefusedWithItsPath() {
        Path missing = dir.resolve("nowhere");

        assertThatThrownBy(() -> folderOf(alice).use(missing))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(missing.toString());
        assertThat(folderOf(alice).folder()).contains(shared.toAbsolutePath().normalize());
    }

    private static SharedFolder folderOf(SyncMember member) {
        return new SharedFolder(member.sync(), member.vaults.clock);
    }

    private List<Path> ownFiles(SyncMember member) {
        String prefix = member.ledger().changeLog().memberId().toString();
        try (Stream<Path> files = Files.list(shared)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package app.nestegg.vault.household.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.TestVaults;
import app.nestegg.vault.household.bundle.BundleRejectedException;
import app.nestegg.vault.household.bundle.BundleRejectedException.Reason;
import app.nestegg.vault.ledger.Account;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HouseholdSyncTest {

    @TempDir
    Path dir;

    private final TestVaults vaults = new TestVaults();
    private SyncMember alice;
    private SyncMember bob;

    @BeforeEach
    void twoMembers() {
        alice = new SyncMember(vaults, dir.resolve("alice"));
        bob = new SyncMember(vaults, dir.resolve("bob"));
        alice.invites(bob);
        bob.invites(alice);
    }

    @AfterEach
    void close() {
        alice.close();
        bob.close();
    }

    @Test
    void aBundleCarriesTheAuthorsChangesAndMergingItTwiceChangesNothing() {
        Account joint = alice.account("Joint");
        alice.spend(joint, "Bakery", "-4.20");
        Path file = dir.resolve("alice.nestegg-bundle");

        ExportedBundle exported = alice.sync().exportBundle(file, false);
        MergedBundle merged = bob.sync().merge(file);

        assertThat(exported.written()).isTrue();
        assertThat(merged.result().orElseThrow().applied()).isEqualTo(exported.entries());
        assertThat(bob.hasAccount("Joint")).isTrue();
        assertThat(bob.digest()).isEqualTo(alice.digest());

        String before = bob.digest();
        MergedBundle again = bob.sync().merge(file);
        assertThat(again.result().orElseThrow().applied()).isZero();
        assertThat(again.result().orElseThrow().alreadySeen()).isEqualTo(exported.entries());
        assertThat(bob.digest()).isEqualTo(before);
    }

    @Test
    void theNextBundleHoldsOnlyWhatIsNewUnlessEverythingIsAskedFor() {
        Account joint = alice.account("Joint");
        ExportedBundle first = alice.sync().exportBundle(dir.resolve("1.nestegg-bundle"), false);
        alice.spend(joint, "Bakery", "-4.20");
        ExportedBundle second = alice.sync().exportBundle(dir.resolve("2.nestegg-bundle"), false);
        ExportedBundle nothing = alice.sync().exportBundle(dir.resolve("3.nestegg-bundle"), false);
        ExportedBundle all = alice.sync().exportBundle(dir.resolve("4.nestegg-bundle"), true);

        assertThat(second.entries()).isPositive().isLessThan(first.entries());
        assertThat(nothing.written()).isFalse();
        assertThat(dir.resolve("3.nestegg-bundle")).doesNotExist();
        assertThat(all.entries()).isEqualTo(first.entries() + second.entries());

        bob.sync().merge(dir.resolve("2.nestegg-bundle"));
        bob.sync().merge(dir.resolve("1.nestegg-bundle"));
        assertThat(bob.digest()).isEqualTo(alice.digest());
    }

    @Test
    void privateAccountsStayHome() {
        Account mine = alice.account("My savings");
        alice.spend(mine, "Secret gift", "-50.00");
        alice.ledger().privateAccounts().markPrivate(mine.id());
        alice.account("Joint");
        Path file = dir.resolve("alice.nestegg-bundle");

        alice.sync().exportBundle(file, true);
        bob.sync().merge(file);

        assertThat(bob.hasAccount("Joint")).isTrue();
        assertThat(bob.hasAccount("My savings")).isFalse();
    }

    @Test
    void aBundleFromAMemberWhoWasRemovedIsRefusedAndNothingApplied() {
        alice.account("Joint");
        Path file = dir.resolve("alice.nestegg-bundle");
        alice.sync().exportBundle(file, false);
        bob.ledger().members().remove(alice.ledger().changeLog().memberId());
        String before = bob.digest();

        assertThatThrownBy(() -> bob.sync().merge(file))
                .isInstanceOfSatisfying(
                        BundleRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REMOVED_AUTHOR));
        assertThat(bob.digest()).isEqualTo(before);
        assertThat(bob.hasAccount("Joint")).isFalse();
    }

    @Test
    void aBundleFromAStrangerIsRefused() {
        try (SyncMember stranger = new SyncMember(vaults, dir.resolve("stranger"))) {
            stranger.invites(bob);
            stranger.account("Not yours");
            Path file = dir.resolve("stranger.nestegg-bundle");
            stranger.sync().exportBundle(file, false);

            assertThatThrownBy(() -> bob.sync().merge(file))
                    .isInstanceOfSatisfying(
                            BundleRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_AUTHOR));
            assertThat(bob.hasAccount("Not yours")).isFalse();
        }
    }

    @Test
    void aMemberAddedAfterABundleWasWrittenCannotReadIt() throws Exception {
        alice.account("Joint");
        Path file = dir.resolve("alice.nestegg-bundle");
        try (SyncMember carol = new SyncMember(vaults, dir.resolve("carol"))) {
            alice.sync().exportBundle(file, false);
            carol.invites(alice);
            alice.invites(carol);

            assertThatThrownBy(() -> carol.sync().merge(file))
                    .isInstanceOfSatisfying(
                            BundleRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_RECIPIENT));
            Path everything = dir.resolve("alice-all.nestegg-bundle");
            alice.sync().exportBundle(everything, true);
            carol.sync().merge(everything);
            assertThat(carol.hasAccount("Joint")).isTrue();
        }
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void theOwnBundleIsRecognisedAndNotMerged() {
        alice.account("Joint");
        Path file = dir.resolve("alice.nestegg-bundle");
        alice.sync().exportBundle(file, false);
        String before = alice.digest();

        MergedBundle merged = alice.sync().merge(file);

        assertThat(merged.own()).isTrue();
        assertThat(alice.digest()).isEqualTo(before);
    }
}

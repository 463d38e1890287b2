package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.DesktopComposition;
import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.UiJourney;
import app.nestegg.desktop.household.TwoMembers;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Opening a {@code .nestegg-bundle} file: after the unlock the Household page asks, then merges and says what it did. */
class OpenBundleJourneyTest extends UiJourney {

    private Path bundle;

    @Override
    protected void before() {
        VaultSession alice = vaults.create();
        VaultSession bob = TwoMembers.bob(root);
        TwoMembers.join(alice, bob);
        Account holiday = TwoMembers.account(bob, "Holiday");
        assertThat(holiday.name()).isEqualTo("Holiday");
        bundle = root.resolve("from-bob.nestegg-bundle");
        bob.household().exportBundle(bundle, false);
        bob.lock();
        alice.lock();
    }

    @Override
    protected void configure(DesktopComposition composition) {
        composition.openBundle(bundle);
    }

    @Test
    void theBundleIsOfferedAfterUnlockAndMergedOnceConfirmed() {
        waitForEnabled("#passphrase");
        type("#passphrase", TestVaults.PASSPHRASE);
        robot.clickOn("#unlockButton");

        waitForText("#mergeConfirmation", text -> text.contains("from-bob.nestegg-bundle"));
        assertThat(isShown("#page-household")).isTrue();
        clickScrolledTo("#page-household", "#confirmMerge");

        waitForText("#mergeHeadline", text -> text.startsWith("Merged the bundle from Bob: "));
        assertThat(isShown("#mergeConfirmation")).isFalse();
    }
}

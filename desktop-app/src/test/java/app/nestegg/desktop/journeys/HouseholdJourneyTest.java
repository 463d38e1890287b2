package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.DesktopComposition;
import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.UiJourney;
import app.nestegg.desktop.household.HouseholdFiles;
import app.nestegg.desktop.household.TwoMembers;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.household.Fingerprint;
import app.nestegg.vault.household.sync.SharedFolder;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.TransactionDraft;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * The Household page with a second real vault (Bob's): the own card, adding Bob after the fingerprint check, merging
 * his bundle by file, a refused file, the shared folder, and "who changed this".
 */
class HouseholdJourneyTest extends UiJourney {

    private String aliceFingerprint;
    private String bobFingerprint;
    private Path bobCard;
    private Path bundle;
    private Path shared;

    /** Answers the page's file choosers: the card or bundle the test prepared, the shared folder. */
    private final HouseholdFiles answers = new HouseholdFiles() {
        @Override
        public Optional<Path> file(Purpose purpose, String title, Window owner) {
            return Optional.of(purpose == Purpose.OPEN_CARD ? bobCard : bundle);
        }

        @Override
        public Optional<Path> folder(String title, Window owner) {
            return Optional.of(shared);
        }
    };

    @Override
    protected void before() {
        try {
            VaultSession alice = vaults.create();
            VaultSession bob = TwoMembers.bob(root);
            aliceFingerprint = Fingerprint.of(alice.ledger().members().self());
            bobFingerprint = Fingerprint.of(bob.ledger().members().self());
            bobCard = Files.writeString(
                    root.resolve("bob.card"), bob.ledger().members().identity().card());
            TwoMembers.addCard(bob, alice);
            Account joint = TwoMembers.account(bob, "Joint");
            bob.ledger()
                    .transactions()
                    .add(TransactionDraft.of(
                            joint.id(), LocalDate.of(2026, 2, 20), new BigDecimal("-30.00"), "Market"));
            bundle = root.resolve("bob.nestegg-bundle");
            bob.household().exportBundle(bundle, false);
            shared = Files.createDirectory(root.resolve("shared"));
            SharedFolder bobsFolder =
                    new SharedFolder(bob.household(), bob.ledger().clock());
            bobsFolder.use(shared);
            bobsFolder.run();
            bob.lock();
            alice.lock();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void configure(DesktopComposition composition) {
        composition.chooseHouseholdFilesWith(answers);
    }

    private void openHousehold() {
        waitForEnabled("#passphrase");
        type("#passphrase", TestVaults.PASSPHRASE);
        robot.clickOn("#unlockButton");
        waitForVisible("#navigation");
        openPage("household");
        waitForText("#ownFingerprint", aliceFingerprint::equals);
    }

    private void addBob() {
        clickScrolledTo("#page-household", "#addMember");
        waitForText("#candidateFingerprint", bobFingerprint::equals);
        assertThat(text(node("#candidateName"))).isEqualTo("Bob");
        assertThat(text(node("#cardConfirmation"))).contains("Compare this fingerprint");
        clickScrolledTo("#page-household", "#confirmMember");
        waitForText("#householdStatus", "Bob is now a member of the household."::equals);
    }

    @Test
    void theOwnCardShowsAndBobIsAddedAfterTheFingerprintCheck() {
        openHousehold();
        assertThat(this.<ImageView>node("#cardQr").getImage()).isNotNull();

        addBob();

        assertThat(this.<TableView<?>>node("#membersTable").getItems()).hasSize(2);
    }

    @Test
    void bobsBundleIsMergedByFileAndHisTransactionSaysWhoAddedIt() {
        openHousehold();
        addBob();

        clickScrolledTo("#page-household", "#mergeBundle");

        waitForText("#mergeHeadline", text -> text.startsWith("Merged the bundle from Bob: "));
        assertThat(this.<TableView<?>>node("#historyTable").getItems()).hasSize(1);
        openPage("accounts");
        waitForText(".account-link", "Joint"::equals);
        robot.clickOn(".account-link");
        waitForText("#registerStatus", "One transaction"::equals);
        robot.interact(() ->
                this.<TableView<?>>node("#registerTable").getSelectionModel().select(0));
        robot.clickOn("#editTransaction");
        waitForText("#transactionChanges", text -> text.contains("Added by Bob, "));
    }

    @Test
    void aBundleFromSomeoneNotAddedIsRefusedAndChangesNothing() {
        openHousehold();

        clickScrolledTo("#page-household", "#mergeBundle");

        waitForText("#mergeHeadline", text -> text.startsWith("The bundle was refused and nothing was applied: "));
        assertThat(this.<TableView<?>>node("#historyTable").getItems()).isEmpty();
        openPage("accounts");
        waitForVisible("#page-accounts");
        assertThat(find(".account-link")).isEmpty();
    }

    @Test
    void theSharedFolderMergesBobsBundleOnSyncNow() {
        openHousehold();
        addBob();

        clickScrolledTo("#page-household", "#chooseFolder");
        waitForText("#sharedFolder", ("Folder: " + shared)::equals);
        clickScrolledTo("#page-household", "#syncNow");

        waitForText("#lastMerged", text -> text.contains("Last merged from Bob: "));
        assertThat(this.<TableView<?>>node("#historyTable").getItems()).isNotEmpty();
    }
}

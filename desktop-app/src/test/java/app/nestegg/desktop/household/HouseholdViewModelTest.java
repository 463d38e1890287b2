package app.nestegg.desktop.household;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.household.Fingerprint;
import app.nestegg.vault.ledger.Account;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The people half of the Household page on real vaults: the own card, the invite flow, removal, private accounts. */
class HouseholdViewModelTest {

    @TempDir
    Path root;

    private VaultSession alice;
    private VaultSession bob;
    private HouseholdViewModel household;

    @BeforeEach
    void setUp() {
        alice = new TestVaults(root.resolve("alice")).create();
        bob = TwoMembers.bob(root);
        household = new HouseholdViewModel(alice, new SameThreadTaskExecutor(), TestVaults.messages());
        household.refresh();
    }

    @AfterEach
    void tearDown() {
        alice.lock();
        bob.lock();
    }

    @Test
    void showsTheOwnFingerprintCardAndOnlyOneself() {
        assertThat(household.fingerprintProperty().get())
                .isEqualTo(Fingerprint.of(alice.ledger().members().self()));
        assertThat(household.cardProperty().get()).startsWith("nest-egg member card 1");
        assertThat(household.members()).singleElement().satisfies(row -> {
            assertThat(row.self()).isTrue();
            assertThat(row.status()).isEqualTo("You");
        });
    }

    @Test
    void aRenameIsSavedAndTheCardFileHoldsTheCard() throws IOException {
        household.nameProperty().set("Alice");
        household.saveName();
        Path file = root.resolve("alice.card");
        household.saveCard(file);

        assertThat(alice.ledger().members().self().name()).isEqualTo("Alice");
        assertThat(Files.readString(file))
                .isEqualTo(alice.ledger().members().identity().card());
        assertThat(household.statusProperty().get()).isEqualTo("Your card was saved to " + file + ".");
    }

    @Test
    void aCardFileIsAddedOnlyAfterTheFingerprintIsConfirmed() throws IOException {
        Path card = Files.writeString(
                root.resolve("bob.card"), bob.ledger().members().identity().card());

        household.readCard(card);

        CardCandidate candidate = household.candidateProperty().get();
        assertThat(candidate.name()).isEqualTo("Bob");
        assertThat(candidate.fingerprint())
                .isEqualTo(Fingerprint.of(bob.ledger().members().self()));
        assertThat(alice.ledger().members().list()).hasSize(1);

        household.confirmCandidate();

        assertThat(household.candidateProperty().get()).isNull();
        assertThat(household.statusProperty().get()).isEqualTo("Bob is now a member of the household.");
        assertThat(household.members()).extracting(MemberRow::name).contains("Bob");
    }

    @Test
    void aCancelledComparisonAddsNobody() {
        household.pastedCardProperty().set(bob.ledger().members().identity().card());
        household.readPastedCard();
        household.cancelCandidate();

        assertThat(household.candidateProperty().get()).isNull();
        assertThat(alice.ledger().members().list()).hasSize(1);
    }

    @Test
    void aDamagedCardIsRefusedWithTheReadersMessage() {
        household.pastedCardProperty().set("nest-egg member card 1\nname: Mallory\n");
        household.readPastedCard();

        assertThat(household.candidateProperty().get()).isNull();
        assertThat(household.errorProperty().get()).isNotBlank().doesNotContain("unexpected");
    }

    @Test
    void aCardFileThatIsNotTextOrMissingIsNamed() throws IOException {
        Path binary = Files.write(root.resolve("photo.card"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        household.readCard(binary);
        assertThat(household.errorProperty().get())
                .isEqualTo("The file " + binary + " is not UTF-8 text, so it is not a member card.");

        Path missing = root.resolve("nowhere.card");
        household.readCard(missing);
        assertThat(household.errorProperty().get()).isEqualTo("The file " + missing + " does not exist.");

        Path large = Files.write(
                root.resolve("large.card"), new byte[app.nestegg.vault.household.MemberCardFile.MAX_BYTES + 1]);
        household.readCard(large);
        assertThat(household.errorProperty().get()).startsWith("The file " + large + " is larger than");
    }

    @Test
    void removingAMemberAsksFirstAndOneselfCannotBeRemoved() {
        TwoMembers.addCard(alice, bob);
        household.refresh();
        MemberRow self =
                household.members().stream().filter(MemberRow::self).findFirst().orElseThrow();
        MemberRow other = household.members().stream()
                .filter(row -> !row.self())
                .findFirst()
                .orElseThrow();

        household.askRemove(self);
        assertThat(household.removalProperty().get()).isNull();

        household.askRemove(other);
        assertThat(household.removalProperty().get()).isEqualTo(other);
        assertThat(alice.ledger().members().isActiveMember(other.id())).isTrue();

        household.confirmRemove();
        assertThat(alice.ledger().members().isActiveMember(other.id())).isFalse();
        assertThat(household.members())
                .filteredOn(row -> !row.self())
                .singleElement()
                .satisfies(row -> assertThat(row.status()).startsWith("Removed "));
    }

    @Test
    void tickingAnAccountMakesItPrivateAndUntickingSharesIt() {
        Account savings = TwoMembers.account(alice, "Savings");
        household.refresh();
        PrivateAccountRow row = household.accounts().getFirst();

        row.privateProperty().set(true);
        assertThat(alice.ledger().privateAccounts().isPrivate(savings.id())).isTrue();
        assertThat(household.statusProperty().get()).isEqualTo("Savings is now private.");

        row.privateProperty().set(false);
        assertThat(alice.ledger().privateAccounts().isPrivate(savings.id())).isFalse();
    }
}

package app.nestegg.vault.household.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.VaultException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Three members, each with a real vault, make random edits through the ledger's services and merge each other's own
 * changes in random orders, in parts and with repeats. Once every member has merged every other's changes, all three
 * hold identical data (equal digests) and every ledger invariant holds on each. The vaults live across tries, so each
 * try starts from the household the earlier ones left.
 */
class HouseholdSimulationProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static Path folder;
    private static List<HouseholdVault> members;

    @BeforeContainer
    static void openVaults() throws IOException {
        folder = Files.createTempDirectory("household-simulation");
        members = List.of(
                new HouseholdVault(folder.resolve("a")),
                new HouseholdVault(folder.resolve("b")),
                new HouseholdVault(folder.resolve("c")));
        for (HouseholdVault one : members) {
            for (HouseholdVault other : members) {
                if (one != other) {
                    one.knows(other);
                }
            }
        }
        members.getFirst().ledger.rates().set(USD, EUR, RandomEdits.START.minusDays(1), new BigDecimal("0.9"));
        syncEveryone();
    }

    @AfterContainer
    static void closeVaults() throws IOException {
        members.forEach(HouseholdVault::close);
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 30)
    void membersWhoMergedEverythingHoldTheSameValidLedger(@ForAll("operations") List<RandomEdits.Op> operations) {
        for (RandomEdits.Op op : operations) {
            try {
                RandomEdits.apply(members, op);
            } catch (VaultException refusedByTheLedger) {
                // an edit the ledger itself refuses (a transfer to its own account, say) is simply not made
            }
        }
        syncEveryone();

        String digest = members.getFirst().digest();
        for (HouseholdVault member : members) {
            assertThat(member.digest()).as("digest of a member").isEqualTo(digest);
            member.assertLedgerInvariants();
        }
    }

    @Provide
    Arbitrary<List<RandomEdits.Op>> operations() {
        return RandomEdits.operations(3);
    }

    private static void syncEveryone() {
        for (HouseholdVault one : members) {
            for (HouseholdVault other : members) {
                if (one != other) {
                    one.mergeFrom(other);
                }
            }
        }
    }
}

package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;
import static app.nestegg.vault.store.generated.Tables.MERGE_HELD_ROW;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.VaultException;
import app.nestegg.vault.household.BundleEntry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jooq.Field;
import org.jooq.Record;

/**
 * A merge folds the rows the log has never seen from the bundle's own entries and inserts them, instead of reading them
 * back from the log and upserting. Two receivers get the same random bundles from two authors (new rows, edits and
 * deletes of rows sent before, parts and repeats): one takes that path, the other folds every row from the log. They
 * must report the same conflicts and end with the same rows and held rows, every ledger invariant holding.
 */
class NewRowsProperties {

    private static Path folder;
    private static List<HouseholdVault> authors;
    private static HouseholdVault fast;
    private static HouseholdVault reference;

    /** A bundle of an author's own entries from a point of their log on. */
    record Delivery(int author, int from) {}

    @BeforeContainer
    static void openVaults() throws IOException {
        folder = Files.createTempDirectory("merge-new-rows");
        authors = List.of(new HouseholdVault(folder.resolve("a")), new HouseholdVault(folder.resolve("c")));
        fast = new HouseholdVault(folder.resolve("fast"), true);
        reference = new HouseholdVault(folder.resolve("reference"), false);
        authors.getFirst().knows(authors.getLast());
        authors.getLast().knows(authors.getFirst());
        for (HouseholdVault author : authors) {
            fast.knows(author);
            reference.knows(author);
        }
        authors.getFirst()
                .ledger
                .rates()
                .set(
                        Currency.getInstance("USD"),
                        Currency.getInstance("EUR"),
                        RandomEdits.START.minusDays(1),
                        new BigDecimal("0.9"));
    }

    @AfterContainer
    static void closeVaults() throws IOException {
        authors.forEach(HouseholdVault::close);
        fast.close();
        reference.close();
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 15)
    void newRowsFromTheBundleEndWhereFoldingEveryRowFromTheLogDoes(
            @ForAll("operations") List<RandomEdits.Op> operations, @ForAll("deliveries") List<Delivery> deliveries) {
        for (RandomEdits.Op op : operations) {
            try {
                RandomEdits.apply(authors, op);
            } catch (VaultException refusedByTheLedger) {
                // an edit the ledger itself refuses is simply not made
            }
        }
        for (Delivery delivery : deliveries) {
            HouseholdVault author = authors.get(delivery.author());
            List<BundleEntry> entries = author.ownEntries();
            List<BundleEntry> bundle = entries.subList(delivery.from() % (entries.size() + 1), entries.size());
            MergeResult fromBundle = fast.merge.merge(UUID.randomUUID(), author.memberId(), bundle);
            MergeResult full = reference.merge.merge(UUID.randomUUID(), author.memberId(), bundle);
            assertThat(fromBundle.applied()).as("entries applied").isEqualTo(full.applied());
            assertThat(reported(fromBundle)).as("conflicts reported").isEqualTo(reported(full));
        }

        assertThat(sharedRows(fast)).as("rows").isEqualTo(sharedRows(reference));
        assertThat(heldRows(fast)).as("held rows").isEqualTo(heldRows(reference));
        fast.assertLedgerInvariants();
        reference.assertLedgerInvariants();
    }

    @Provide
    Arbitrary<List<RandomEdits.Op>> operations() {
        return RandomEdits.operations(2);
    }

    @Provide
    Arbitrary<List<Delivery>> deliveries() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 1),
                        Arbitraries.integers().between(0, 10_000))
                .as(Delivery::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4);
    }

    private static List<String> reported(MergeResult result) {
        return result.conflicts().stream().map(MergeConflict::toString).sorted().toList();
    }

    /** Every shared row but the receiver's own (its default categories, whose ids differ between vaults). */
    private static Set<String> sharedRows(HouseholdVault vault) {
        return vault.session.database().read(dsl -> {
            Set<UUID> own = new HashSet<>(dsl.select(CHANGE_LOG.ROW_ID)
                    .from(CHANGE_LOG)
                    .where(CHANGE_LOG.MEMBER_ID.eq(vault.memberId()))
                    .fetch(CHANGE_LOG.ROW_ID));
            Set<String> rows = new HashSet<>();
            for (ReplicatedTables.Shared table : ReplicatedTables.inOrder()) {
                for (Record row : dsl.selectFrom(table.table()).fetch()) {
                    if (!own.contains(row.get(table.id()))) {
                        rows.add(table.name() + valuesOf(table, row));
                    }
                }
            }
            return rows;
        });
    }

    /** The row's values, sealed columns left out: each vault seals them with its own key. */
    private static List<Object> valuesOf(ReplicatedTables.Shared table, Record row) {
        List<Object> values = new ArrayList<>();
        for (Field<?> field : table.table().fields()) {
            if (!table.sealed().contains(ReplicatedTables.nameOf(field))) {
                values.add(row.get(field));
            }
        }
        return values;
    }

    private static Set<String> heldRows(HouseholdVault vault) {
        return vault.session.database().read(dsl -> {
            Set<String> rows = new HashSet<>();
            dsl.selectFrom(MERGE_HELD_ROW).forEach(r -> rows.add(r.intoList().toString()));
            return rows;
        });
    }
}

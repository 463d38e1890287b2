package app.nestegg.vault.household.bundle;

import static app.nestegg.vault.household.bundle.BundleRoundTripTest.CLOCK;
import static app.nestegg.vault.household.bundle.BundleRoundTripTest.SCHEMA;
import static app.nestegg.vault.household.bundle.BundleRoundTripTest.hlc;
import static app.nestegg.vault.household.bundle.BundleRoundTripTest.readerKnowing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.household.BundleEntry;
import app.nestegg.vault.household.OwnKeys;
import app.nestegg.vault.store.ChangeOperation;
import app.nestegg.vault.store.ChangeValues;
import app.nestegg.vault.store.Ids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Entries streamed into a bundle in the change log's stored form: columns copied through, sealed ones opened. */
class StoredEntryWritingTest {

    @TempDir
    Path folder;

    final OwnKeys alice = TestMembers.newMember("Alice");
    final OwnKeys bob = TestMembers.newMember("Bob");

    /** Opens "secret_sealed" by reversing its text, so a test can tell an opened value from a copied one. */
    static final ColumnOpener REVERSING = new ColumnOpener() {
        @Override
        public boolean isSealed(String column) {
            return column.equals("secret_sealed");
        }

        @Override
        public String open(String column, String stored) {
            return new StringBuilder(stored).reverse().toString();
        }
    };

    @AfterEach
    void wipeKeys() {
        alice.close();
        bob.close();
    }

    @Test
    void storedColumnsComeBackAsTheChangeLogReadsThemWithSealedOnesOpened() {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("memo", null);
        columns.put("small", 42);
        columns.put("largest", Long.MAX_VALUE);
        columns.put("smallest", Long.MIN_VALUE);
        columns.put("cleared", true);
        columns.put("hidden", false);
        columns.put("payee", "Café \"Zoë\" \\ 東京 🥚\n\ttab");
        columns.put("secret_sealed", "c2VhbGVk");
        columns.put("empty", "");
        StoredEntry stored = stored(1, ChangeValues.encode(columns));
        StoredEntry deleted = new StoredEntry(
                Ids.newId(), hlc(2), alice.member().memberId(), "account", Ids.newId(), ChangeOperation.DELETE, "{}");
        Path file = folder.resolve("a.bundle");

        Optional<BundleHeader> header = writer().writeIfAny(file, alice, List.of(bob.member()), out -> {
            out.write(stored, REVERSING);
            out.write(deleted, ColumnOpener.NONE);
        });
        Bundle read = readerKnowing(alice).read(file, bob);

        Map<String, Object> expected = new LinkedHashMap<>(ChangeValues.decode(stored.columnsJson()));
        expected.put("secret_sealed", new StringBuilder("c2VhbGVk").reverse().toString());
        assertThat(read.entries())
                .containsExactly(
                        new BundleEntry(
                                stored.id(),
                                stored.hlc(),
                                stored.memberId(),
                                stored.table(),
                                stored.rowId(),
                                stored.operation(),
                                expected),
                        new BundleEntry(
                                deleted.id(),
                                deleted.hlc(),
                                deleted.memberId(),
                                deleted.table(),
                                deleted.rowId(),
                                ChangeOperation.DELETE,
                                Map.of()));
        assertThat(header).contains(read.header());
        assertThat(read.header().entryCount()).isEqualTo(2);
        assertThat(read.header().firstHlc()).isEqualTo(hlc(1));
        assertThat(read.header().lastHlc()).isEqualTo(hlc(2));
    }

    @Test
    void aSealedNullStaysNull() {
        Path file = folder.resolve("a.bundle");

        writer().writeIfAny(file, alice, List.of(), out -> out.write(stored(1, "{\"secret_sealed\":null}"), REVERSING));

        assertThat(readerKnowing(alice).read(file, alice).entries().getFirst().columns())
                .containsEntry("secret_sealed", null);
    }

    @Test
    void noEntriesWriteNoFileAndLeaveAnOlderOneAsItWas() throws IOException {
        Path file = folder.resolve("a.bundle");
        writer().writeIfAny(file, alice, List.of(), out -> out.write(stored(1, "{}"), ColumnOpener.NONE));
        byte[] before = Files.readAllBytes(file);

        Optional<BundleHeader> nothing = writer().writeIfAny(file, alice, List.of(bob.member()), out -> {});

        assertThat(nothing).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertOnly(file);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "not json at all                          | is not valid JSON",
                "{\"payee\": \"cut off                    | is not valid JSON",
                "[\"payee\"]                              | is not a JSON object",
                "{\"rate\": 1.5}                          | holds VALUE_NUMBER_FLOAT in column rate",
                "{\"nested\": {\"a\": 1}}                 | holds START_OBJECT in column nested",
                "{\"list\": [1, 2]}                       | holds START_ARRAY in column list",
                "{\"huge\": 123456789012345678901234567890} | holds a number larger than a long in column huge",
                "{\"payee\": \"x\"} {\"more\": 1}         | does not end where its object does",
                "{\"secret_sealed\": 7}                   | seals secret_sealed as VALUE_NUMBER_INT",
            })
    void storedColumnsABundleCannotCarryAreRefusedNamingTheEntryAndNothingIsWritten(String json, String reason)
            throws IOException {
        Path file = folder.resolve("a.bundle");
        writer().writeIfAny(file, alice, List.of(), out -> out.write(stored(1, "{}"), ColumnOpener.NONE));
        byte[] before = Files.readAllBytes(file);
        StoredEntry good = stored(2, "{\"payee\":\"fine\"}");
        StoredEntry bad = stored(3, json.strip());

        assertThatThrownBy(() -> writer().writeIfAny(file, alice, List.of(bob.member()), out -> {
                    out.write(good, REVERSING);
                    out.write(bad, REVERSING);
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(bad.id().toString())
                .hasMessageContaining("ledger_transaction row " + bad.rowId())
                .hasMessageContaining(reason);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertOnly(file);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aStoredEntryOfAnotherMemberIsRefusedAndNothingIsWritten(boolean first) throws IOException {
        StoredEntry own = stored(1, "{}");
        StoredEntry foreign = new StoredEntry(
                Ids.newId(), hlc(2), bob.member().memberId(), "account", Ids.newId(), ChangeOperation.INSERT, "{}");

        assertThatThrownBy(() -> writer().writeIfAny(folder.resolve("a.bundle"), alice, List.of(), out -> {
                    out.write(first ? foreign : own, ColumnOpener.NONE);
                    out.write(first ? own : foreign, ColumnOpener.NONE);
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(foreign.id().toString());
        assertThat(folder).isEmptyDirectory();
    }

    private StoredEntry stored(int counter, String json) {
        return new StoredEntry(
                Ids.newId(),
                hlc(counter),
                alice.member().memberId(),
                "ledger_transaction",
                Ids.newId(),
                ChangeOperation.INSERT,
                json);
    }

    private static BundleWriter writer() {
        return new BundleWriter(CLOCK, SCHEMA);
    }

    private void assertOnly(Path file) throws IOException {
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }
}

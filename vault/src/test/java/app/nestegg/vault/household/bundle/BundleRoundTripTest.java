package app.nestegg.vault.household.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.household.BundleEntry;
import app.nestegg.vault.household.MemberKeys;
import app.nestegg.vault.household.OwnKeys;
import app.nestegg.vault.store.ChangeOperation;
import app.nestegg.vault.store.ChangeValues;
import app.nestegg.vault.store.Ids;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleRoundTripTest {

    static final Instant NOW = Instant.parse("2026-11-28T20:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final int SCHEMA = 18;

    @TempDir
    Path folder;

    final OwnKeys alice = TestMembers.newMember("Alice");
    final OwnKeys bob = TestMembers.newMember("Bob");

    @AfterEach
    void wipeKeys() {
        alice.close();
        bob.close();
    }

    @Test
    void everyJsonValueKindComesBackAsTheChangeLogReadsIt() {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("memo", null);
        columns.put("amount", -1_234_567L * 1_000_000L);
        columns.put("small", 42);
        columns.put("largest", Long.MAX_VALUE);
        columns.put("smallest", Long.MIN_VALUE);
        columns.put("cleared", true);
        columns.put("hidden", false);
        columns.put("payee", "Café \"Zoë\" \\ 東京 🥚\n\ttab");
        columns.put("notes", "x".repeat(PayloadReader.MAX_TEXT_CHARS));
        columns.put("empty", "");
        BundleEntry entry = entry(alice, 1, "ledger_transaction", columns);
        BundleEntry delete = new BundleEntry(
                Ids.newId(),
                hlc(2),
                alice.member().memberId(),
                "account",
                Ids.newId(),
                ChangeOperation.DELETE,
                Map.of());

        Path file = write(alice, List.of(bob), List.of(entry, delete));
        Bundle read = readerKnowing(alice).read(file, bob);

        assertThat(read.entries()).containsExactly(entry, delete);
        assertThat(read.entries().getFirst().columns())
                .isEqualTo(ChangeValues.decode(ChangeValues.encode(columns)))
                .containsKeys(columns.keySet().toArray(String[]::new));
    }

    @Test
    void theHeaderDescribesTheBundleAndIsWhatTheReaderReturns() {
        List<BundleEntry> entries = List.of(
                entry(alice, 5, "account", Map.of("name", "Checking")),
                entry(alice, 3, "account", Map.of("name", "Savings")),
                entry(alice, 9, "category", Map.of("name", "Food")));

        BundleHeader written = new BundleWriter(CLOCK, SCHEMA)
                .write(folder.resolve("a.bundle"), alice, List.of(bob.member()), entries);
        Bundle read = readerKnowing(alice).read(folder.resolve("a.bundle"), bob);

        assertThat(read.header()).isEqualTo(written);
        assertThat(written.authorId()).isEqualTo(alice.member().memberId());
        assertThat(written.schemaVersion()).isEqualTo(SCHEMA);
        assertThat(written.createdAt()).isEqualTo(NOW);
        assertThat(written.firstHlc()).isEqualTo(hlc(3));
        assertThat(written.lastHlc()).isEqualTo(hlc(9));
        assertThat(written.entryCount()).isEqualTo(3);
        assertThat(written.bundleId().version()).isEqualTo(7);
        assertThat(read.entries()).containsExactlyElementsOf(entries);
    }

    @Test
    void theAuthorReadsItsOwnBundleWithoutKnowingItselfAsAMember() {
        List<BundleEntry> entries = List.of(entry(alice, 1, "account", Map.of("name", "Checking")));
        Path file = write(alice, List.of(bob), entries);

        Bundle read = new BundleReader(CLOCK, SCHEMA, id -> Optional.empty()).read(file, alice);

        assertThat(read.entries()).containsExactlyElementsOf(entries);
    }

    @Test
    void everyRecipientReadsTheSameEntries() {
        try (OwnKeys carol = TestMembers.newMember("Carol")) {
            List<BundleEntry> entries = List.of(entry(alice, 1, "account", Map.of("name", "Checking")));
            Path file = write(alice, List.of(bob, carol, bob), entries);

            assertThat(readerKnowing(alice).read(file, bob).entries()).containsExactlyElementsOf(entries);
            assertThat(readerKnowing(alice).read(file, carol).entries()).containsExactlyElementsOf(entries);
        }
    }

    @Test
    void theAgeHeaderHasOneStanzaPerDistinctRecipientAndTheAuthor() throws IOException {
        Path file = write(alice, List.of(bob, bob), List.of());

        String clear = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);

        assertThat(clear.split("\n-> X25519 ", -1)).hasSize(3);
    }

    @Test
    void anEmptyBundleHasNoClockRange() {
        Path file = write(alice, List.of(bob), List.of());

        Bundle read = readerKnowing(alice).read(file, bob);

        assertThat(read.entries()).isEmpty();
        assertThat(read.header().entryCount()).isZero();
        assertThat(read.header().firstHlc()).isZero();
        assertThat(read.header().lastHlc()).isZero();
    }

    @Test
    void writingReplacesAnOlderBundleAndLeavesNoTemporaryFile() throws IOException {
        Path file = write(alice, List.of(bob), List.of(entry(alice, 1, "account", Map.of("name", "Old"))));
        List<BundleEntry> newer = List.of(entry(alice, 2, "account", Map.of("name", "New")));

        new BundleWriter(CLOCK, SCHEMA).write(file, alice, List.of(bob.member()), newer);

        assertThat(readerKnowing(alice).read(file, bob).entries()).containsExactlyElementsOf(newer);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void anEntryOfAnotherMemberIsNotWrittenAndTheOldFileStays() throws IOException {
        Path file = write(alice, List.of(bob), List.of(entry(alice, 1, "account", Map.of("name", "Old"))));
        byte[] before = Files.readAllBytes(file);
        List<BundleEntry> mixed = List.of(entry(alice, 2, "account", Map.of()), entry(bob, 3, "account", Map.of()));

        assertThatThrownBy(() -> new BundleWriter(CLOCK, SCHEMA).write(file, alice, List.of(bob.member()), mixed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(bob.member().memberId().toString());

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aRecipientThatIsNotAnAgeKeyIsRefusedBeforeAnythingIsWritten() {
        var broken = new MemberKeys(Ids.newId(), "Broken", bob.member().signingKey(), "age1notakey");
        Path file = folder.resolve("broken.bundle");

        assertThatThrownBy(() -> new BundleWriter(CLOCK, SCHEMA).write(file, alice, List.of(broken), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("age1notakey");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aValueOutsideTheChangeLogsJsonFormsIsRefused() {
        BundleEntry entry = entry(alice, 1, "account", Map.of("rate", 1.5d));

        assertThatThrownBy(() -> write(alice, List.of(bob), List.of(entry)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rate");
        assertThat(folder).isEmptyDirectory();
    }

    Path write(OwnKeys author, List<OwnKeys> recipients, List<BundleEntry> entries) {
        Path file = folder.resolve(author.member().name() + ".bundle");
        new BundleWriter(CLOCK, SCHEMA)
                .write(file, author, recipients.stream().map(OwnKeys::member).toList(), entries);
        return file;
    }

    static BundleReader readerKnowing(OwnKeys... members) {
        Map<UUID, KnownMember> known = new HashMap<>();
        for (OwnKeys member : members) {
            known.put(member.member().memberId(), new KnownMember(member.member(), false));
        }
        return new BundleReader(CLOCK, SCHEMA, id -> Optional.ofNullable(known.get(id)));
    }

    static BundleEntry entry(OwnKeys author, int counter, String table, Map<String, Object> columns) {
        return new BundleEntry(
                Ids.newId(),
                hlc(counter),
                author.member().memberId(),
                table,
                Ids.newId(),
                ChangeOperation.INSERT,
                columns);
    }

    /** A clock time a minute before the test's now, with the given counter. */
    static long hlc(int counter) {
        return ((NOW.toEpochMilli() - 60_000) << 16) | counter;
    }
}

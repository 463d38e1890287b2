package app.nestegg.vault.household.bundle;

import static app.nestegg.vault.household.bundle.BundleRoundTripTest.CLOCK;
import static app.nestegg.vault.household.bundle.BundleRoundTripTest.NOW;
import static app.nestegg.vault.household.bundle.BundleRoundTripTest.SCHEMA;
import static app.nestegg.vault.household.bundle.BundleRoundTripTest.entry;
import static app.nestegg.vault.household.bundle.BundleRoundTripTest.hlc;
import static app.nestegg.vault.household.bundle.BundleRoundTripTest.readerKnowing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.household.BundleEntry;
import app.nestegg.vault.household.OwnKeys;
import app.nestegg.vault.household.bundle.BundleRejectedException.Reason;
import app.nestegg.vault.store.ChangeOperation;
import app.nestegg.vault.store.Ids;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundleRejectionTest {

    @TempDir
    Path folder;

    final OwnKeys alice = TestMembers.newMember("Alice");
    final OwnKeys bob = TestMembers.newMember("Bob");
    final OwnKeys carol = TestMembers.newMember("Carol");
    final List<BundleEntry> entries = List.of(
            entry(alice, 1, "account", Map.of("name", "Checking")),
            entry(alice, 2, "ledger_transaction", Map.of("amount", -4_250L, "payee", "Grocer")),
            entry(alice, 3, "category", Map.of("name", "Food")));

    @AfterEach
    void wipeKeys() {
        alice.close();
        bob.close();
        carol.close();
    }

    /** Negative offsets count from the end: -64 cuts the whole signature, -1 its last byte. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 15, 16, 31, 32, 95, 96, 200, -65, -64, -1})
    void aCutOffFileIsIncompleteNotAnAttack(int cut) throws IOException {
        byte[] whole = Files.readAllBytes(aliceToBob());
        Path file = folder.resolve("cut.bundle");
        Files.write(file, Arrays.copyOf(whole, cut >= 0 ? cut : whole.length + cut));

        assertRefused(file, bob, Reason.INCOMPLETE).hasMessageContaining("try again later");
    }

    @Test
    void aFileThatChecksNothingElseIsIncompleteEvenFromAnUnknownAuthor() throws IOException {
        Path file = aliceToBob();
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> new BundleReader(CLOCK, SCHEMA - 1, id -> Optional.empty()).read(file, carol))
                .isInstanceOfSatisfying(
                        BundleRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INCOMPLETE));
    }

    @Test
    void otherFilesAreNotBundles() throws IOException {
        Path text = folder.resolve("notes.txt");
        Files.writeString(text, "a shopping list, not a bundle");
        Path age = folder.resolve("export.age");
        Files.write(age, "age-encryption.org/v1\n-> X25519 abc\n".getBytes(StandardCharsets.US_ASCII));
        Path shortForeign = folder.resolve("short");
        Files.write(shortForeign, new byte[] {'P', 'K', 3, 4});

        assertRefused(text, bob, Reason.NOT_A_BUNDLE).hasMessageContaining("does not start as a Nest Egg bundle");
        assertRefused(age, bob, Reason.NOT_A_BUNDLE);
        assertRefused(shortForeign, bob, Reason.NOT_A_BUNDLE);
    }

    @Test
    void bytesAfterTheSignatureMakeItNoBundle() throws IOException {
        Path file = aliceToBob();
        Files.write(file, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);

        assertRefused(file, bob, Reason.NOT_A_BUNDLE).hasMessageContaining("1 bytes after its signature");
    }

    @Test
    void framesWithImpossibleLengthsAreNotBundles() throws IOException {
        Path file = aliceToBob();
        patch(file, 18, 0x7f); // header length near 2 GiB

        assertRefused(file, bob, Reason.NOT_A_BUNDLE).hasMessageContaining("lengths no bundle has");
    }

    @Test
    void aNewerFormatAsksForAnUpdate() throws IOException {
        Path file = aliceToBob();
        patch(file, 17, 2);

        assertRefused(file, bob, Reason.NEWER_FORMAT).hasMessageContaining("update Nest Egg");
    }

    @Test
    void aNewerSchemaAsksForAnUpdateEvenFromAnUnknownAuthor() {
        Path file = folder.resolve("newer.bundle");
        new BundleWriter(CLOCK, SCHEMA + 1).write(file, alice, List.of(bob.member()), entries);

        assertThatThrownBy(() -> new BundleReader(CLOCK, SCHEMA, id -> Optional.empty()).read(file, bob))
                .isInstanceOfSatisfying(BundleRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NEWER_SCHEMA);
                    assertThat(e.getMessage())
                            .contains("newer.bundle", "schema version " + (SCHEMA + 1), "update Nest Egg");
                });
    }

    @Test
    void anUnknownAuthorIsRefused() {
        Path file = aliceToBob();

        assertThatThrownBy(() -> new BundleReader(CLOCK, SCHEMA, id -> Optional.empty()).read(file, bob))
                .isInstanceOfSatisfying(BundleRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_AUTHOR);
                    assertThat(e.getMessage())
                            .contains(alice.member().memberId().toString());
                });
    }

    @Test
    void aRemovedAuthorIsRefused() {
        Path file = aliceToBob();
        BundleReader reader = new BundleReader(CLOCK, SCHEMA, id -> Optional.of(new KnownMember(alice.member(), true)));

        assertThatThrownBy(() -> reader.read(file, bob)).isInstanceOfSatisfying(BundleRejectedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.REMOVED_AUTHOR);
            assertThat(e.getMessage()).contains("Alice", "was removed");
        });
    }

    /** Offsets: the bundle id and the created-at time in the header, the age header, mid-payload, the signature. */
    @ParameterizedTest
    @ValueSource(ints = {32, 32 + 40, 96, 96 + 200, -200, -64, -1})
    void aChangedByteBreaksTheSignature(int offset) throws IOException {
        Path file = aliceToBob();
        long size = Files.size(file);
        patch(file, offset >= 0 ? offset : (int) (size + offset), 0x01);

        assertRefused(file, bob, Reason.BAD_SIGNATURE).hasMessageContaining("Alice");
    }

    @Test
    void aBundleSignedByAnotherKeyInTheAuthorsNameIsRefused() throws Exception {
        Path file = folder.resolve("forged.bundle");
        BundleHeader header = header(UUID.randomUUID(), entries.size());
        CraftedBundles.write(
                file,
                carol,
                header,
                CraftedBundles.payload(header.bundleId(), alice.member().memberId(), entries),
                List.of(bob.member()));

        assertRefused(file, bob, Reason.BAD_SIGNATURE);
    }

    @Test
    void aReaderWhoIsNotARecipientIsRefused() {
        Path file = aliceToBob();

        assertThatThrownBy(() -> readerKnowing(alice).read(file, carol))
                .isInstanceOfSatisfying(BundleRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.WRONG_RECIPIENT);
                    assertThat(e.getMessage()).contains("Carol");
                });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not compressed at all",
                "{\"bundleId\": 5}",
                "[]",
                "{\"bundleId\": \"not an id\", \"authorId\": \"\", \"entries\": []}",
                "{\"entries\": [], \"secret\": \"x\"}",
                "{\"entries\": []} {}",
            })
    void signedContentThatIsNoPayloadIsCorrupt(String content) throws Exception {
        byte[] plain =
                content.startsWith("not") ? content.getBytes(StandardCharsets.UTF_8) : CraftedBundles.gzip(content);
        Path file = crafted(alice, header(UUID.randomUUID(), 0, 0, 0), plain);

        assertRefused(file, bob, Reason.CORRUPT_PAYLOAD);
    }

    @Test
    void anEntryWithAValueNoColumnHoldsIsCorrupt() throws Exception {
        UUID bundleId = UUID.randomUUID();
        String json = "{\"bundleId\":\"" + bundleId + "\",\"authorId\":\""
                + alice.member().memberId()
                + "\",\"entries\":[{\"id\":\"" + Ids.newId() + "\",\"hlc\":" + hlc(1) + ",\"member\":\""
                + alice.member().memberId() + "\",\"table\":\"account\",\"row\":\"" + Ids.newId()
                + "\",\"op\":\"INSERT\",\"columns\":{\"rate\":1.5}}]}";
        Path file = crafted(alice, header(bundleId, 1, hlc(1), hlc(1)), CraftedBundles.gzip(json));

        assertRefused(file, bob, Reason.CORRUPT_PAYLOAD).hasMessageContaining("column rate");
    }

    @Test
    void aColumnTextLongerThanAnyColumnIsRefusedNamingEntryAndColumn() throws Exception {
        UUID bundleId = UUID.randomUUID();
        String huge = "x".repeat(PayloadReader.MAX_TEXT_CHARS + 1);
        Path file = crafted(
                alice,
                header(bundleId, 1, hlc(1), hlc(1)),
                CraftedBundles.gzip(oneEntry(bundleId, "\"name\":\"" + huge + "\"")));

        assertRefused(file, bob, Reason.CORRUPT_PAYLOAD)
                .hasMessageContaining("entry 1, column name")
                .hasMessageContaining("more than " + PayloadReader.MAX_TEXT_CHARS + " characters");
    }

    @Test
    void anEntryWithMoreColumnsThanAnyTableIsRefusedNamingTheEntry() throws Exception {
        UUID bundleId = UUID.randomUUID();
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i <= PayloadReader.MAX_COLUMNS; i++) {
            columns.append(i == 0 ? "" : ",")
                    .append("\"c")
                    .append(i)
                    .append("\":")
                    .append(i);
        }
        Path file = crafted(
                alice,
                header(bundleId, 1, hlc(1), hlc(1)),
                CraftedBundles.gzip(oneEntry(bundleId, columns.toString())));

        assertRefused(file, bob, Reason.CORRUPT_PAYLOAD)
                .hasMessageContaining("entry 1 has more than " + PayloadReader.MAX_COLUMNS + " columns");
    }

    private String oneEntry(UUID bundleId, String columns) {
        return "{\"bundleId\":\"" + bundleId + "\",\"authorId\":\""
                + alice.member().memberId()
                + "\",\"entries\":[{\"id\":\"" + Ids.newId() + "\",\"hlc\":" + hlc(1) + ",\"member\":\""
                + alice.member().memberId() + "\",\"table\":\"account\",\"row\":\"" + Ids.newId()
                + "\",\"op\":\"INSERT\",\"columns\":{" + columns + "}}]}";
    }

    @Test
    void contentOfAnotherBundleIdIsAMismatch() throws Exception {
        BundleHeader header = header(UUID.randomUUID(), entries.size());
        Path file = crafted(
                alice,
                header,
                CraftedBundles.payload(UUID.randomUUID(), alice.member().memberId(), entries));

        assertRefused(file, bob, Reason.HEADER_MISMATCH)
                .hasMessageContaining(header.bundleId().toString());
    }

    @Test
    void contentNamingAnotherAuthorIsAMismatch() throws Exception {
        BundleHeader header = header(UUID.randomUUID(), entries.size());
        Path file = crafted(
                alice,
                header,
                CraftedBundles.payload(header.bundleId(), bob.member().memberId(), entries));

        assertRefused(file, bob, Reason.HEADER_MISMATCH);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 4})
    void aCountOtherThanTheHeadersIsAMismatch(int announced) throws Exception {
        BundleHeader header =
                header(UUID.randomUUID(), announced, announced == 0 ? 0 : hlc(1), announced == 0 ? 0 : hlc(3));
        Path file = crafted(
                alice,
                header,
                CraftedBundles.payload(header.bundleId(), alice.member().memberId(), entries));

        assertRefused(file, bob, Reason.HEADER_MISMATCH).hasMessageContaining("entries");
    }

    @Test
    void aClockRangeOtherThanTheHeadersIsAMismatch() throws Exception {
        BundleHeader header = header(UUID.randomUUID(), entries.size(), hlc(1), hlc(9));
        Path file = crafted(
                alice,
                header,
                CraftedBundles.payload(header.bundleId(), alice.member().memberId(), entries));

        assertRefused(file, bob, Reason.HEADER_MISMATCH).hasMessageContaining("stamped");
    }

    @Test
    void anotherMembersEntryInsideIsRefused() throws Exception {
        List<BundleEntry> mixed = List.of(entries.get(0), entry(bob, 2, "account", Map.of("name", "Bob's")));
        BundleHeader header = header(UUID.randomUUID(), 2, hlc(1), hlc(2));
        Path file = crafted(
                alice,
                header,
                CraftedBundles.payload(header.bundleId(), alice.member().memberId(), mixed));

        assertRefused(file, bob, Reason.FOREIGN_ENTRY)
                .hasMessageContaining(bob.member().memberId().toString());
    }

    @Test
    void entriesStampedMoreThanFiveMinutesAheadAreRefusedNamingTheDrift() {
        Path file = withNewestEntryAhead(Duration.ofMinutes(12).plusSeconds(30));

        assertRefused(file, bob, Reason.CLOCK_DRIFT).hasMessageContaining("12 min 30 s");
    }

    @Test
    void entriesWithinFiveMinutesAheadAreRead() {
        Path file = withNewestEntryAhead(Duration.ofMinutes(4).plusSeconds(59));

        assertThat(readerKnowing(alice).read(file, bob).entries()).hasSize(2);
    }

    @Test
    void aMissingFileIsUnreadable() {
        assertRefused(folder.resolve("gone.bundle"), bob, Reason.UNREADABLE).hasMessageContaining("gone.bundle");
    }

    private Path withNewestEntryAhead(Duration ahead) {
        long stamp = (NOW.plus(ahead).toEpochMilli() << 16) | 7;
        BundleEntry late = new BundleEntry(
                Ids.newId(),
                stamp,
                alice.member().memberId(),
                "account",
                Ids.newId(),
                ChangeOperation.UPDATE,
                Map.of());
        Path file = folder.resolve("ahead.bundle");
        new BundleWriter(CLOCK, SCHEMA).write(file, alice, List.of(bob.member()), List.of(entries.get(0), late));
        return file;
    }

    private Path aliceToBob() {
        Path file = folder.resolve("alice.bundle");
        new BundleWriter(CLOCK, SCHEMA).write(file, alice, List.of(bob.member()), entries);
        return file;
    }

    private Path crafted(OwnKeys signer, BundleHeader header, byte[] plainPayload)
            throws IOException, GeneralSecurityException {
        Path file = folder.resolve("crafted.bundle");
        CraftedBundles.write(file, signer, header, plainPayload, List.of(alice.member(), bob.member()));
        return file;
    }

    private BundleHeader header(UUID bundleId, int count) {
        return header(bundleId, count, hlc(1), hlc(3));
    }

    private BundleHeader header(UUID bundleId, int count, long first, long last) {
        return new BundleHeader(bundleId, alice.member().memberId(), SCHEMA, NOW, first, last, count);
    }

    private static void patch(Path file, int offset, int xor) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[offset] ^= (byte) xor;
        Files.write(file, bytes);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Path file, OwnKeys reader, Reason reason) {
        return assertThatThrownBy(() -> readerKnowing(alice).read(file, reader))
                .isInstanceOfSatisfying(BundleRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.file()).isEqualTo(file);
                })
                .hasMessageContaining(file.getFileName().toString());
    }
}

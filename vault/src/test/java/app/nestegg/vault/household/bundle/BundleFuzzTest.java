package app.nestegg.vault.household.bundle;

import app.nestegg.vault.fuzz.SeedDamage;
import app.nestegg.vault.household.OwnKeys;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * A household bundle's frame and header, and its decrypted payload, are read or refused: the reader throws only
 * {@link BundleRejectedException}, the payload reader only {@link IOException} (which the bundle reader turns into a
 * refusal). The payload is fuzzed behind the signature because a household member signs what they send, so a
 * malicious or broken member's vault can send any payload (ADR 0038).
 */
class BundleFuzzTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private static final OwnKeys READER = TestMembers.newMember("Reader");
    private static final BundleReader BUNDLES = new BundleReader(CLOCK, 21, id -> Optional.empty());
    private static final int EXPECTED_ENTRIES = 1_000;
    private static final SeedDamage FILES = SeedDamage.of(BundleFuzzTest.class, "bundleFileIsReadOrRefused");
    private static final SeedDamage JSON = SeedDamage.of(BundleFuzzTest.class, "payloadJsonIsReadOrRefused");
    private static final SeedDamage COMPRESSED =
            SeedDamage.of(BundleFuzzTest.class, "compressedPayloadIsReadOrRefused");

    @FuzzTest(maxDuration = "10s")
    void bundleFileIsReadOrRefused(byte[] raw) {
        byte[] content = FILES.input(raw);
        FILES.keepIfItFails(content, () -> readBundle(content));
    }

    private static void readBundle(byte[] content) {
        try {
            readBundle(Files.createTempFile("fuzzed", ".bundle"), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readBundle(Path file, byte[] content) throws IOException {
        try {
            Files.write(file, content);
            BUNDLES.read(file, READER);
        } catch (BundleRejectedException expected) {
            // Refusing the bundle with a message is the correct outcome.
        } finally {
            Files.delete(file);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void payloadJsonIsReadOrRefused(byte[] raw) throws IOException {
        byte[] json = JSON.input(raw);
        byte[] compressed = gzip(json);
        JSON.keepIfItFails(json, () -> readPayload(compressed));
    }

    @FuzzTest(maxDuration = "10s")
    void compressedPayloadIsReadOrRefused(byte[] raw) {
        byte[] compressed = COMPRESSED.input(raw);
        COMPRESSED.keepIfItFails(compressed, () -> readPayload(compressed));
    }

    private static void readPayload(byte[] compressed) {
        try {
            PayloadReader.read(new ByteArrayInputStream(compressed), EXPECTED_ENTRIES);
        } catch (IOException expected) {
            // The bundle reader refuses the bundle naming this problem.
        }
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(plain);
        }
        return out.toByteArray();
    }
}

package app.nestegg.vault.household.bundle;

import app.nestegg.vault.household.BundleEntry;
import app.nestegg.vault.household.MemberKeys;
import app.nestegg.vault.household.OwnKeys;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.SecureFiles;
import com.exceptionfactory.jagged.RecipientStanzaWriter;
import com.exceptionfactory.jagged.framework.stream.StandardEncryptingChannelFactory;
import com.exceptionfactory.jagged.x25519.X25519RecipientStanzaWriterFactory;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a bundle of one author's entries (ADR 0031): frame and header in clear, the entries compressed and
 * encrypted with age to every recipient and the author, and the author's Ed25519 signature at the end. The file
 * appears complete or not at all: it is written beside the target under a hidden temporary name, forced to disk and
 * then moved over the target.
 */
public final class BundleWriter {

    private static final int BUFFER = 64 * 1024;

    private final Clock clock;
    private final int schemaVersion;

    /** @param schemaVersion the schema version of the writer's vault, which readers compare with their own */
    public BundleWriter(Clock clock, int schemaVersion) {
        this.clock = clock;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Writes {@code entries}, all made by {@code author}, to {@code target}, readable by {@code author} and each of
     * {@code recipients}; an empty list makes an empty bundle.
     *
     * @return the header written
     * @throws IllegalArgumentException when an entry is another member's or a recipient is not an age recipient
     * @throws UncheckedIOException when the file cannot be written; {@code target} is then left as it was
     */
    public BundleHeader write(Path target, OwnKeys author, List<MemberKeys> recipients, List<BundleEntry> entries) {
        return write(target, author, recipients, BundleEntries.of(entries), true)
                .orElseThrow();
    }

    /**
     * Writes the entries {@code entries} hands over as they come, holding none, to {@code target}; when it hands over
     * none, {@code target} is left as it was.
     *
     * @return the header written, or empty when there were no entries
     * @throws IllegalArgumentException as {@link #write(Path, OwnKeys, List, List)} does, or for stored columns a
     *     bundle cannot carry; {@code target} is then left as it was
     * @throws UncheckedIOException when the file cannot be written or the entries cannot be read
     */
    public Optional<BundleHeader> writeIfAny(
            Path target, OwnKeys author, List<MemberKeys> recipients, BundleEntries entries) {
        return write(target, author, recipients, entries, false);
    }

    private Optional<BundleHeader> write(
            Path target, OwnKeys author, List<MemberKeys> recipients, BundleEntries entries, boolean evenEmpty) {
        List<RecipientStanzaWriter> stanzas = stanzas(author.member(), recipients);
        UUID bundleId = Ids.newId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Path folder = target.toAbsolutePath().getParent();
        Path partial = null;
        try {
            partial = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
            BundleHeader header = writeFile(partial, bundleId, now, author, stanzas, entries);
            if (header.entryCount() == 0 && !evenEmpty) {
                return Optional.empty();
            }
            SecureFiles.moveOver(partial, target);
            return Optional.of(header);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The household bundle " + target + " could not be written: " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /** One age stanza per distinct recipient, the author's first so the author can read its own bundle. */
    private static List<RecipientStanzaWriter> stanzas(MemberKeys author, List<MemberKeys> recipients) {
        Set<String> distinct = new LinkedHashSet<>();
        distinct.add(author.ageRecipient());
        recipients.forEach(member -> distinct.add(member.ageRecipient()));
        List<RecipientStanzaWriter> stanzas = new ArrayList<>(distinct.size());
        for (String recipient : distinct) {
            try {
                stanzas.add(X25519RecipientStanzaWriterFactory.newRecipientStanzaWriter(recipient));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + recipient + "' is not an age X25519 recipient", e);
            }
        }
        return stanzas;
    }

    /** Writes payload, signature, then frame and header once the entries are counted; returns the header. */
    private BundleHeader writeFile(
            Path partial,
            UUID bundleId,
            Instant createdAt,
            OwnKeys author,
            List<RecipientStanzaWriter> stanzas,
            BundleEntries entries)
            throws IOException {
        int frameAndHeaderLength = BundleFrame.LENGTH + BundleHeader.ENCODED_LENGTH;
        try (FileChannel file = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            file.position(frameAndHeaderLength);
            MessageDigest digest = BundleSignature.payloadDigest();
            EntryWriter written =
                    writePayload(Channels.newOutputStream(file), digest, bundleId, author, stanzas, entries);
            BundleHeader header = new BundleHeader(
                    bundleId,
                    author.member().memberId(),
                    schemaVersion,
                    createdAt,
                    written.firstHlc(),
                    written.lastHlc(),
                    written.count());
            long payloadLength = file.position() - frameAndHeaderLength;
            byte[] frameAndHeader = ByteBuffer.allocate(frameAndHeaderLength)
                    .put(BundleFrame.forVersion1(payloadLength).encode())
                    .put(header.encode())
                    .array();
            byte[] signature = BundleSignature.sign(author.signingSeed(), frameAndHeader, digest.digest());
            writeFully(file, signature);
            file.position(0);
            writeFully(file, frameAndHeader);
            file.force(true);
            return header;
        }
    }

    private static EntryWriter writePayload(
            OutputStream file,
            MessageDigest digest,
            UUID bundleId,
            OwnKeys author,
            List<RecipientStanzaWriter> stanzas,
            BundleEntries entries)
            throws IOException {
        // The file channel stays open: only the age stream on top of it is closed, which writes its last chunk.
        OutputStream unclosable = new BufferedOutputStream(new DigestOutputStream(file, digest), BUFFER) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
        try (OutputStream encrypted = Channels.newOutputStream(new StandardEncryptingChannelFactory()
                .newEncryptingChannel(Channels.newChannel(unclosable), stanzas))) {
            return PayloadWriter.write(encrypted, bundleId, author.member().memberId(), entries);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("age encryption is not available in this Java runtime", e);
        }
    }

    private static void writeFully(FileChannel file, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            file.write(buffer);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover hidden .tmp file holds only ciphertext; the next write makes a new one
        }
    }
}

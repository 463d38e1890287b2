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
import java.util.Set;

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
     * {@code recipients}.
     *
     * @return the header written
     * @throws IllegalArgumentException when an entry is another member's or a recipient is not an age recipient
     * @throws UncheckedIOException when the file cannot be written; {@code target} is then left as it was
     */
    public BundleHeader write(Path target, OwnKeys author, List<MemberKeys> recipients, List<BundleEntry> entries) {
        BundleHeader header = header(author.member(), entries);
        List<RecipientStanzaWriter> stanzas = stanzas(author.member(), recipients);
        Path folder = target.toAbsolutePath().getParent();
        Path partial = null;
        try {
            partial = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
            writeFile(partial, header, author, stanzas, entries);
            SecureFiles.moveOver(partial, target);
            return header;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The household bundle " + target + " could not be written: " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private BundleHeader header(MemberKeys author, List<BundleEntry> entries) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (BundleEntry entry : entries) {
            if (!entry.memberId().equals(author.memberId())) {
                throw new IllegalArgumentException("Entry " + entry.id() + " was made by member " + entry.memberId()
                        + ", not by the bundle's author " + author.memberId());
            }
            first = Math.min(first, entry.hlc());
            last = Math.max(last, entry.hlc());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return entries.isEmpty()
                ? new BundleHeader(Ids.newId(), author.memberId(), schemaVersion, now, 0, 0, 0)
                : new BundleHeader(Ids.newId(), author.memberId(), schemaVersion, now, first, last, entries.size());
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

    private static void writeFile(
            Path partial,
            BundleHeader header,
            OwnKeys author,
            List<RecipientStanzaWriter> stanzas,
            List<BundleEntry> entries)
            throws IOException {
        byte[] headerBytes = header.encode();
        try (FileChannel file = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            file.position(BundleFrame.LENGTH + headerBytes.length);
            MessageDigest digest = BundleSignature.payloadDigest();
            writePayload(Channels.newOutputStream(file), digest, header, stanzas, entries);
            long payloadLength = file.position() - BundleFrame.LENGTH - headerBytes.length;
            byte[] frameAndHeader = ByteBuffer.allocate(BundleFrame.LENGTH + headerBytes.length)
                    .put(BundleFrame.forVersion1(payloadLength).encode())
                    .put(headerBytes)
                    .array();
            byte[] signature = BundleSignature.sign(author.signingSeed(), frameAndHeader, digest.digest());
            writeFully(file, signature);
            file.position(0);
            writeFully(file, frameAndHeader);
            file.force(true);
        }
    }

    private static void writePayload(
            OutputStream file,
            MessageDigest digest,
            BundleHeader header,
            List<RecipientStanzaWriter> stanzas,
            List<BundleEntry> entries)
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
            PayloadWriter.write(encrypted, header.bundleId(), header.authorId(), entries);
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

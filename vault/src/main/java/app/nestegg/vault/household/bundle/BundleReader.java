package app.nestegg.vault.household.bundle;

import app.nestegg.vault.household.MemberKeys;
import app.nestegg.vault.household.OwnKeys;
import app.nestegg.vault.household.bundle.BundleRejectedException.Reason;
import app.nestegg.vault.household.bundle.PayloadReader.Payload;
import com.exceptionfactory.jagged.RecipientStanzaReader;
import com.exceptionfactory.jagged.UnsupportedRecipientStanzaException;
import com.exceptionfactory.jagged.framework.stream.StandardDecryptingChannelFactory;
import com.exceptionfactory.jagged.x25519.X25519RecipientStanzaReaderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a bundle (ADR 0031) and returns its entries only once every check passed, in this order: complete file,
 * magic, format version, schema version, known and active author, signature, encrypted to the reader, readable
 * content, content matching the header, every entry the author's, no entry stamped more than {@link #MAX_DRIFT} after
 * the reader's clock. The first failing check throws {@link BundleRejectedException}. Nothing is decrypted before the
 * signature is verified, and nothing is allocated from the file's numbers beyond small fixed limits.
 */
public final class BundleReader {

    /** How far after this computer's clock an entry may be stamped (the household design's bound). */
    public static final Duration MAX_DRIFT = Duration.ofMinutes(5);

    private final Clock clock;
    private final int schemaVersion;
    private final KnownMembers members;

    /** @param schemaVersion the schema version of the reader's vault; bundles from a newer one are refused */
    public BundleReader(Clock clock, int schemaVersion, KnownMembers members) {
        this.clock = clock;
        this.schemaVersion = schemaVersion;
        this.members = members;
    }

    /** Reads {@code file} as {@code reader}, who must be one of its recipients. */
    public Bundle read(Path file, OwnKeys reader) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            BundleFrame frame = frame(file, channel);
            byte[] headerBytes = readAt(file, channel, frame.headerOffset(), frame.headerLength());
            BundleHeader header = header(file, headerBytes);
            if (header.schemaVersion() > schemaVersion) {
                throw new BundleRejectedException(
                        Reason.NEWER_SCHEMA,
                        file,
                        "it was written by a vault of schema version " + header.schemaVersion() + " and this vault"
                                + " has version " + schemaVersion + ": update Nest Egg to merge it");
            }
            MemberKeys author = author(file, header, reader);
            byte[] verified = verifySignature(file, channel, frame, headerBytes, author);
            Payload payload = decrypt(file, channel, frame, header, reader, verified);
            new BundleContentCheck(file, header, clock).check(payload);
            return new Bundle(header, payload.entries());
        } catch (IOException e) {
            throw new BundleRejectedException(Reason.UNREADABLE, file, "it cannot be read: " + e.getMessage(), e);
        }
    }

    private static BundleFrame frame(Path file, FileChannel channel) throws IOException {
        byte[] head = new byte[BundleFrame.LENGTH];
        int read = readUpTo(channel, head);
        if (!BundleFrame.startsLikeABundle(head, read)) {
            throw new BundleRejectedException(Reason.NOT_A_BUNDLE, file, "it does not start as a Nest Egg bundle does");
        }
        if (read < BundleFrame.LENGTH) {
            throw incomplete(file, "it ends after " + read + " bytes, inside its frame");
        }
        BundleFrame frame = BundleFrame.decode(head);
        if (!frame.lengthsInRange()) {
            throw new BundleRejectedException(Reason.NOT_A_BUNDLE, file, "its frame gives lengths no bundle has");
        }
        long size = channel.size();
        if (size < frame.fileLength()) {
            throw incomplete(file, "it has " + size + " of the " + frame.fileLength() + " bytes its frame announces");
        }
        if (size > frame.fileLength()) {
            throw new BundleRejectedException(
                    Reason.NOT_A_BUNDLE,
                    file,
                    "it goes on for " + (size - frame.fileLength()) + " bytes after its signature");
        }
        if (frame.formatVersion() > BundleFrame.FORMAT_VERSION) {
            throw new BundleRejectedException(
                    Reason.NEWER_FORMAT,
                    file,
                    "it is in bundle format " + frame.formatVersion() + " and this Nest Egg reads format "
                            + BundleFrame.FORMAT_VERSION + ": update Nest Egg to merge it");
        }
        if (frame.formatVersion() < BundleFrame.FORMAT_VERSION
                || frame.headerLength() != BundleHeader.ENCODED_LENGTH
                || frame.signatureLength() != BundleSignature.LENGTH) {
            throw new BundleRejectedException(
                    Reason.NOT_A_BUNDLE, file, "its frame does not follow bundle format " + frame.formatVersion());
        }
        return frame;
    }

    private static BundleHeader header(Path file, byte[] bytes) {
        try {
            return BundleHeader.decode(bytes);
        } catch (IllegalArgumentException e) {
            throw new BundleRejectedException(Reason.NOT_A_BUNDLE, file, "its header is invalid: " + e.getMessage());
        }
    }

    /** The author's public keys: the reader's own for its own bundle, else a member this vault knows and kept. */
    private MemberKeys author(Path file, BundleHeader header, OwnKeys reader) {
        if (header.authorId().equals(reader.member().memberId())) {
            return reader.member();
        }
        KnownMember known = members.find(header.authorId())
                .orElseThrow(() -> new BundleRejectedException(
                        Reason.UNKNOWN_AUTHOR,
                        file,
                        "its author, member " + header.authorId() + ", is not a member of this household"));
        if (known.removed()) {
            throw new BundleRejectedException(
                    Reason.REMOVED_AUTHOR,
                    file,
                    "its author, " + describe(known.keys()) + ", was removed from this household");
        }
        return known.keys();
    }

    /** @return the digest of the payload that the signature covers */
    private static byte[] verifySignature(
            Path file, FileChannel channel, BundleFrame frame, byte[] headerBytes, MemberKeys author)
            throws IOException {
        byte[] payloadDigest = new PayloadChannel(channel, frame).drainAndDigest();
        byte[] frameAndHeader = ByteBuffer.allocate(BundleFrame.LENGTH + headerBytes.length)
                .put(frame.encode())
                .put(headerBytes)
                .array();
        byte[] signature = readAt(file, channel, frame.signatureOffset(), frame.signatureLength());
        if (!BundleSignature.verify(author.signingKey(), frameAndHeader, payloadDigest, signature)) {
            throw new BundleRejectedException(
                    Reason.BAD_SIGNATURE,
                    file,
                    "its signature is not " + describe(author)
                            + "'s: the file was changed after it was written, or someone else wrote it");
        }
        return payloadDigest;
    }

    private static Payload decrypt(
            Path file, FileChannel channel, BundleFrame frame, BundleHeader header, OwnKeys reader, byte[] verified) {
        PayloadChannel payload = new PayloadChannel(channel, frame);
        char[] identity = reader.ageIdentity();
        try {
            RecipientStanzaReader stanza =
                    X25519RecipientStanzaReaderFactory.newRecipientStanzaReader(CharBuffer.wrap(identity));
            InputStream decrypted = Channels.newInputStream(
                    new StandardDecryptingChannelFactory().newDecryptingChannel(payload, List.of(stanza)));
            Payload content = PayloadReader.read(decrypted, header.entryCount());
            if (!content.moreThanExpected() && decrypted.read() != -1) {
                throw new IOException("the payload goes on after its compressed content");
            }
            return content;
        } catch (UnsupportedRecipientStanzaException e) {
            throw new BundleRejectedException(
                    Reason.WRONG_RECIPIENT,
                    file,
                    "it is not encrypted to this vault's member, " + describe(reader.member()),
                    e);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            // jagged's header parser can end in any runtime exception on a header it cannot parse
            throw corruptOrChanged(file, payload, verified, e);
        } finally {
            Arrays.fill(identity, '\0');
        }
    }

    /** A payload that fails to read after its signature held was either written so, or changed since verified. */
    private static BundleRejectedException corruptOrChanged(
            Path file, PayloadChannel payload, byte[] verified, Exception failure) {
        boolean changed;
        try {
            changed = !MessageDigest.isEqual(payload.drainAndDigest(), verified);
        } catch (IOException e) {
            changed = true;
        }
        return changed
                ? incomplete(file, "it changed while it was being read")
                : new BundleRejectedException(
                        Reason.CORRUPT_PAYLOAD,
                        file,
                        "its encrypted content cannot be read: " + failure.getMessage(),
                        failure);
    }

    private static BundleRejectedException incomplete(Path file, String problem) {
        return new BundleRejectedException(
                Reason.INCOMPLETE, file, problem + "; it may still be being written, try again later");
    }

    static String describe(MemberKeys member) {
        return member.name() + " (" + member.memberId() + ")";
    }

    private static int readUpTo(FileChannel channel, byte[] into) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(into);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
            // positional reads until full or end of file
        }
        return buffer.position();
    }

    /** Reads a part whose place the frame gave; the file was long enough then, so a short read means it shrank. */
    private static byte[] readAt(Path file, FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw incomplete(file, "it became shorter while it was being read");
            }
        }
        return buffer.array();
    }
}

package app.nestegg.vault.household.bundle;

import app.nestegg.vault.household.BundleEntry;
import app.nestegg.vault.household.MemberKeys;
import app.nestegg.vault.household.OwnKeys;
import com.exceptionfactory.jagged.RecipientStanzaWriter;
import com.exceptionfactory.jagged.framework.stream.StandardEncryptingChannelFactory;
import com.exceptionfactory.jagged.x25519.X25519RecipientStanzaWriterFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Bundles the writer would never make, properly encrypted and signed, for the reader's checks after the signature:
 * a header and a payload that disagree, entries of another member, content that is not a payload.
 */
final class CraftedBundles {

    private CraftedBundles() {}

    /** Writes {@code header} and the age encryption of {@code plainPayload}, signed with {@code signer}'s key. */
    static void write(Path file, OwnKeys signer, BundleHeader header, byte[] plainPayload, List<MemberKeys> recipients)
            throws IOException, GeneralSecurityException {
        byte[] ciphertext = encrypt(plainPayload, recipients);
        byte[] frameAndHeader = ByteBuffer.allocate(BundleFrame.LENGTH + BundleHeader.ENCODED_LENGTH)
                .put(BundleFrame.forVersion1(ciphertext.length).encode())
                .put(header.encode())
                .array();
        var digest = BundleSignature.payloadDigest();
        byte[] signature = BundleSignature.sign(signer.signingSeed(), frameAndHeader, digest.digest(ciphertext));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(frameAndHeader);
        out.write(ciphertext);
        out.write(signature);
        Files.write(file, out.toByteArray());
    }

    /** The payload the writer would make for these ids and entries, compressed, before encryption. */
    static byte[] payload(UUID bundleId, UUID authorId, List<BundleEntry> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PayloadWriter.write(out, bundleId, authorId, BundleEntries.of(entries), false);
        return out.toByteArray();
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] encrypt(byte[] plain, List<MemberKeys> recipients)
            throws IOException, GeneralSecurityException {
        List<RecipientStanzaWriter> stanzas = new ArrayList<>();
        for (MemberKeys recipient : recipients) {
            stanzas.add(X25519RecipientStanzaWriterFactory.newRecipientStanzaWriter(recipient.ageRecipient()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream encrypted = Channels.newOutputStream(
                new StandardEncryptingChannelFactory().newEncryptingChannel(Channels.newChannel(out), stanzas))) {
            encrypted.write(plain);
        }
        return out.toByteArray();
    }
}

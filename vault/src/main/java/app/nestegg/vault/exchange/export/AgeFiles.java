package app.nestegg.vault.exchange.export;

import com.exceptionfactory.jagged.framework.stream.StandardDecryptingChannelFactory;
import com.exceptionfactory.jagged.framework.stream.StandardEncryptingChannelFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;

/** age v1 files through jagged's framework, with the passphrase stanza of this package. */
final class AgeFiles {

    /** Every age v1 file starts with this line (the binary format; the armored one starts otherwise). */
    static final byte[] MAGIC = "age-encryption.org/v1\n".getBytes(StandardCharsets.US_ASCII);

    private AgeFiles() {}

    static boolean looksLikeAge(byte[] head) {
        return head.length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** A stream that encrypts what is written into {@code out}; closing it writes the last chunk. */
    static OutputStream encrypting(OutputStream out, ScryptStanzaWriter stanza)
            throws IOException, GeneralSecurityException {
        return Channels.newOutputStream(
                new StandardEncryptingChannelFactory().newEncryptingChannel(Channels.newChannel(out), List.of(stanza)));
    }

    /**
     * A stream of the decrypted payload. The header is read and authenticated here; each payload chunk is checked as
     * it is read, and a changed or cut-off payload fails the read that reaches it.
     */
    static InputStream decrypting(InputStream in, ScryptStanzaReader stanza)
            throws IOException, GeneralSecurityException {
        return Channels.newInputStream(
                new StandardDecryptingChannelFactory().newDecryptingChannel(Channels.newChannel(in), List.of(stanza)));
    }
}

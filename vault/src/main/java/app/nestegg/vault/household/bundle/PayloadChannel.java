package app.nestegg.vault.household.bundle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.security.MessageDigest;

/**
 * The payload's bytes of a bundle file as a channel that ends where the payload ends and feeds every byte it hands
 * out to a digest, so the reader can tell whether what it decrypts is what it verified.
 */
final class PayloadChannel implements ReadableByteChannel {

    private static final int DRAIN_BUFFER = 64 * 1024;

    private final FileChannel file;
    private final long end;
    private final MessageDigest digest;
    private long position;

    PayloadChannel(FileChannel file, BundleFrame frame) {
        this.file = file;
        this.position = frame.payloadOffset();
        this.end = frame.signatureOffset();
        this.digest = BundleSignature.payloadDigest();
    }

    @Override
    public int read(ByteBuffer target) throws IOException {
        if (position >= end) {
            return -1;
        }
        ByteBuffer window = target.slice();
        window.limit((int) Math.min(window.remaining(), end - position));
        int read = file.read(window, position);
        if (read <= 0) {
            return read;
        }
        position += read;
        digest.update(window.flip());
        target.position(target.position() + read);
        return read;
    }

    /** Reads what is left of the payload and returns the digest of all of it. */
    byte[] drainAndDigest() throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(DRAIN_BUFFER);
        while (read(buffer.clear()) >= 0) {
            // each read feeds the digest
        }
        return digest.digest();
    }

    @Override
    public boolean isOpen() {
        return file.isOpen();
    }

    /** The file channel belongs to the reader, which closes it. */
    @Override
    public void close() {}
}

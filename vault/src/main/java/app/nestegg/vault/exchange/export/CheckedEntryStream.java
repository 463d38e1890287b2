package app.nestegg.vault.exchange.export;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * One zip entry on its second read: hashed as it is read, and cut off one byte past the size the manifest gives, so
 * an entry that grew since the first read fails its checksum instead of being read without end. Closing it leaves
 * the zip open.
 */
final class CheckedEntryStream extends FilterInputStream {

    private final MessageDigest digest;
    private long left;

    CheckedEntryStream(InputStream entry, MessageDigest digest, long expectedSize) {
        super(entry);
        this.digest = digest;
        this.left = expectedSize + 1;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (left <= 0) {
            return -1;
        }
        int read = in.read(bytes, offset, (int) Math.min(length, left));
        if (read > 0) {
            digest.update(bytes, offset, read);
            left -= read;
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // the zip stays open for the caller
    }
}

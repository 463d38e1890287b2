package app.nestegg.vault.exchange.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the zip of an export entry by entry, streaming, and records each entry's size and SHA-256 for the manifest.
 * The stream {@link #begin} returns may be closed by whatever writes into it; that ends the entry, not the zip.
 */
final class ExportZipWriter implements AutoCloseable {

    private final ZipOutputStream zip;
    private final List<ExportManifest.Entry> entries = new ArrayList<>();
    private EntryStream current;

    ExportZipWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out);
    }

    OutputStream begin(String name) throws IOException {
        end();
        zip.putNextEntry(new ZipEntry(name));
        current = new EntryStream(name, zip);
        return current;
    }

    /** Ends the entry being written, if any, and records its checksum. */
    void end() throws IOException {
        if (current != null) {
            EntryStream finished = current;
            current = null;
            zip.closeEntry();
            entries.add(new ExportManifest.Entry(
                    finished.name, finished.size, HexFormat.of().formatHex(finished.digest.digest())));
        }
    }

    List<ExportManifest.Entry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public void close() throws IOException {
        end();
        zip.close();
    }

    private static final class EntryStream extends FilterOutputStream {

        private final String name;
        private final MessageDigest digest = sha256();
        private long size;

        EntryStream(String name, OutputStream zip) {
            super(zip);
            this.name = name;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            digest.update(bytes, offset, length);
            size += length;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}

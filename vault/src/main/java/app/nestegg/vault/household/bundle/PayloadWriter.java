package app.nestegg.vault.household.bundle;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the plaintext of a bundle's payload: one GZIP-compressed JSON object with the bundle id, the author id and
 * the entries, written entry by entry (ADR 0031 gives the fields).
 */
final class PayloadWriter {

    /** Closing a parser or generator leaves the stream below open: the reader checks what follows the JSON. */
    static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final int BUFFER = 64 * 1024;

    private PayloadWriter() {}

    /**
     * Writes the payload into {@code out}, which it finishes but does not close.
     *
     * @return the writer the entries went through, which counted them
     */
    static EntryWriter write(OutputStream out, UUID bundleId, UUID authorId, BundleEntries entries) throws IOException {
        return write(out, bundleId, authorId, entries, true);
    }

    /** As above; with {@code authorsOnly} false it also writes other members' entries, as crafted test files need. */
    static EntryWriter write(OutputStream out, UUID bundleId, UUID authorId, BundleEntries entries, boolean authorsOnly)
            throws IOException {
        FastGzipOutputStream gzip = new FastGzipOutputStream(out);
        try (gzip;
                JsonGenerator json = JSON.createGenerator(gzip, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField(PayloadFields.BUNDLE_ID, bundleId.toString());
            json.writeStringField(PayloadFields.AUTHOR_ID, authorId.toString());
            json.writeArrayFieldStart(PayloadFields.ENTRIES);
            EntryWriter writer = new EntryWriter(json, authorsOnly ? authorId : null);
            entries.writeTo(writer);
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
            gzip.finish();
            return writer;
        }
    }

    /**
     * GZIP at deflate's fastest level: the default level spent most of a 100,000-entry bundle's writing time in the
     * deflater, and the payload is mostly random ids that no level compresses much (ADR 0031 has the numbers).
     */
    private static final class FastGzipOutputStream extends GZIPOutputStream {

        FastGzipOutputStream(OutputStream out) throws IOException {
            super(out, BUFFER);
            def.setLevel(Deflater.BEST_SPEED);
        }

        /** Frees the deflater, finished or not, and leaves the stream below open. */
        @Override
        public void close() {
            def.end();
        }
    }
}

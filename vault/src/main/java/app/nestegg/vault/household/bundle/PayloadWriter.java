package app.nestegg.vault.household.bundle;

import app.nestegg.vault.household.BundleEntry;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
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

    /** Writes the payload into {@code out}, which it finishes but does not close. */
    static void write(OutputStream out, UUID bundleId, UUID authorId, List<BundleEntry> entries) throws IOException {
        FastGzipOutputStream gzip = new FastGzipOutputStream(out);
        try (JsonGenerator json = JSON.createGenerator(gzip, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField(PayloadFields.BUNDLE_ID, bundleId.toString());
            json.writeStringField(PayloadFields.AUTHOR_ID, authorId.toString());
            json.writeArrayFieldStart(PayloadFields.ENTRIES);
            for (BundleEntry entry : entries) {
                writeEntry(json, entry);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
            gzip.finishKeepingTarget();
        }
    }

    private static void writeEntry(JsonGenerator json, BundleEntry entry) throws IOException {
        json.writeStartObject();
        json.writeStringField(PayloadFields.ID, entry.id().toString());
        json.writeNumberField(PayloadFields.HLC, entry.hlc());
        json.writeStringField(PayloadFields.MEMBER, entry.memberId().toString());
        json.writeStringField(PayloadFields.TABLE, entry.table());
        json.writeStringField(PayloadFields.ROW, entry.rowId().toString());
        json.writeStringField(PayloadFields.OPERATION, entry.operation().name());
        json.writeObjectFieldStart(PayloadFields.COLUMNS);
        for (Map.Entry<String, Object> column : entry.columns().entrySet()) {
            json.writeFieldName(column.getKey());
            writeValue(json, entry, column.getKey(), column.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, BundleEntry entry, String column, Object value)
            throws IOException {
        switch (value) {
            case null -> json.writeNull();
            case String text -> json.writeString(text);
            case Long number -> json.writeNumber(number);
            case Integer number -> json.writeNumber(number);
            case Boolean flag -> json.writeBoolean(flag);
            default ->
                throw new IllegalArgumentException("Column " + column + " of entry " + entry.id() + " holds a "
                        + value.getClass().getSimpleName()
                        + "; a bundle carries only the JSON forms of the change log (text, whole numbers, booleans,"
                        + " null)");
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

        /** Writes the trailer and frees the deflater without closing the stream below, as close would. */
        void finishKeepingTarget() throws IOException {
            finish();
            def.end();
        }
    }
}

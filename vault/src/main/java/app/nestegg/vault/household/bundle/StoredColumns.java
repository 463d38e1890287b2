package app.nestegg.vault.household.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Copies the stored columns of a change-log entry (a flat JSON object, {@code ChangeValues}) into a bundle token by
 * token, opening sealed columns on the way. Cheaper than reading them into a map and writing that again, and it checks
 * the same: only text, whole numbers that fit a long, booleans and null pass, as the bundle's reader accepts no other.
 */
final class StoredColumns {

    private StoredColumns() {}

    /** Copies the object and checks nothing follows it. */
    static void copy(StoredEntry entry, ColumnOpener opener, JsonGenerator out) throws IOException {
        try (JsonParser in = PayloadWriter.JSON.createParser(entry.columnsJson())) {
            expect(entry, in.nextToken() == JsonToken.START_OBJECT, "is not a JSON object");
            out.writeStartObject();
            JsonToken token;
            while ((token = in.nextToken()) == JsonToken.FIELD_NAME) {
                String column = in.currentName();
                out.writeFieldName(column);
                copyValue(entry, column, in.nextToken(), in, opener, out);
            }
            expect(
                    entry,
                    token == JsonToken.END_OBJECT && in.nextToken() == null,
                    "does not end where its object does");
            out.writeEndObject();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw refused(entry, "is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static void copyValue(
            StoredEntry entry, String column, JsonToken value, JsonParser in, ColumnOpener opener, JsonGenerator out)
            throws IOException {
        if (opener.isSealed(column)) {
            expect(
                    entry,
                    value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL,
                    "seals " + column + " as " + value + ", not as text");
            if (value == JsonToken.VALUE_NULL) {
                out.writeNull();
            } else {
                out.writeString(opener.open(column, in.getText()));
            }
            return;
        }
        switch (value) {
            case VALUE_STRING -> out.writeString(in.getTextCharacters(), in.getTextOffset(), in.getTextLength());
            case VALUE_NULL -> out.writeNull();
            case VALUE_TRUE -> out.writeBoolean(true);
            case VALUE_FALSE -> out.writeBoolean(false);
            case VALUE_NUMBER_INT -> {
                switch (in.getNumberType()) {
                    case INT -> out.writeNumber(in.getIntValue());
                    case LONG -> out.writeNumber(in.getLongValue());
                    default -> throw refused(entry, "holds a number larger than a long in column " + column);
                }
            }
            default ->
                throw refused(
                        entry,
                        "holds " + value + " in column " + column
                                + "; a bundle carries only the JSON forms of the change log (text, whole numbers,"
                                + " booleans, null)");
        }
    }

    private static void expect(StoredEntry entry, boolean holds, String otherwise) {
        if (!holds) {
            throw refused(entry, otherwise);
        }
    }

    private static IllegalArgumentException refused(StoredEntry entry, String what) {
        return new IllegalArgumentException("The columns of change-log entry " + entry.id() + " (" + entry.table()
                + " row " + entry.rowId() + ") " + what);
    }
}

package app.nestegg.vault.household.bundle;

import app.nestegg.vault.household.BundleEntry;
import app.nestegg.vault.store.ChangeOperation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

/**
 * Reads a decrypted payload token by token, so only the entries are held, never the JSON text as a whole. Every way
 * the content breaks the format is an {@link IOException} naming the place, as a broken compression or encryption is.
 */
final class PayloadReader {

    /** Entries are added one by one; the header's count sizes the list only up to this many. */
    private static final int MAX_PRESIZE = 65_536;

    /** More columns than any table has; a signed bundle from a broken or hostile vault cannot make an entry huge. */
    static final int MAX_COLUMNS = 256;

    /** Ten times the most a change-log entry holds (its columns as JSON, 100,000 characters), so no real entry nears it. */
    static final int MAX_TEXT_CHARS = 1_000_000;

    private final JsonParser json;
    private final int expectedEntries;

    private PayloadReader(JsonParser json, int expectedEntries) {
        this.json = json;
        this.expectedEntries = expectedEntries;
    }

    /**
     * Reads the whole payload. Reading stops at the first entry beyond {@code expectedEntries}, which the result
     * reports, so a bundle cannot make the reader hold more entries than its signed header announced.
     */
    static Payload read(InputStream decrypted, int expectedEntries) throws IOException {
        GZIPInputStream gzip = new GZIPInputStream(decrypted, 64 * 1024);
        try (JsonParser json = PayloadWriter.JSON.createParser(gzip)) {
            return new PayloadReader(json, expectedEntries).payload();
        }
    }

    private Payload payload() throws IOException {
        expect(json.nextToken(), JsonToken.START_OBJECT, "the payload");
        String bundleId = null;
        String authorId = null;
        List<BundleEntry> entries = null;
        boolean moreThanExpected = false;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case PayloadFields.BUNDLE_ID -> bundleId = text(value, field);
                case PayloadFields.AUTHOR_ID -> authorId = text(value, field);
                case PayloadFields.ENTRIES -> {
                    expect(value, JsonToken.START_ARRAY, field);
                    entries = new ArrayList<>(Math.min(expectedEntries, MAX_PRESIZE));
                    moreThanExpected = readEntries(entries);
                    if (moreThanExpected) {
                        return new Payload(null, null, entries, true);
                    }
                }
                default -> throw new IOException("the payload has an unknown field '" + field + "'");
            }
        }
        expect(json.currentToken(), JsonToken.END_OBJECT, "the payload");
        if (json.nextToken() != null) {
            throw new IOException("the payload goes on after its end");
        }
        if (entries == null) {
            throw new IOException("the payload has no entries field");
        }
        return new Payload(
                uuid(bundleId, PayloadFields.BUNDLE_ID), uuid(authorId, PayloadFields.AUTHOR_ID), entries, false);
    }

    /** @return true when the array holds more entries than expected (reading stopped there) */
    private boolean readEntries(List<BundleEntry> entries) throws IOException {
        while (json.nextToken() == JsonToken.START_OBJECT) {
            if (entries.size() == expectedEntries) {
                return true;
            }
            entries.add(entry(entries.size()));
        }
        expect(json.currentToken(), JsonToken.END_ARRAY, PayloadFields.ENTRIES);
        return false;
    }

    private BundleEntry entry(int index) throws IOException {
        String where = "entry " + (index + 1);
        String id = null;
        Long hlc = null;
        String member = null;
        String table = null;
        String row = null;
        String operation = null;
        Map<String, Object> columns = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case PayloadFields.ID -> id = text(value, where + ", " + field);
                case PayloadFields.HLC -> hlc = whole(value, where + ", " + field);
                case PayloadFields.MEMBER -> member = text(value, where + ", " + field);
                case PayloadFields.TABLE -> table = text(value, where + ", " + field);
                case PayloadFields.ROW -> row = text(value, where + ", " + field);
                case PayloadFields.OPERATION -> operation = text(value, where + ", " + field);
                case PayloadFields.COLUMNS -> columns = columns(value, where);
                default -> throw new IOException(where + " has an unknown field '" + field + "'");
            }
        }
        if (hlc == null || table == null || columns == null) {
            throw new IOException(where + " lacks its hlc, table or columns");
        }
        return new BundleEntry(
                uuid(id, where + ", " + PayloadFields.ID),
                hlc,
                uuid(member, where + ", " + PayloadFields.MEMBER),
                table,
                uuid(row, where + ", " + PayloadFields.ROW),
                operation(operation, where),
                columns);
    }

    private Map<String, Object> columns(JsonToken start, String where) throws IOException {
        expect(start, JsonToken.START_OBJECT, where + ", columns");
        Map<String, Object> columns = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            if (columns.size() == MAX_COLUMNS) {
                throw new IOException(where + " has more than " + MAX_COLUMNS + " columns, more than any table has");
            }
            columns.put(name, value(json.nextToken(), where + ", column " + name));
        }
        return columns;
    }

    /** The JSON forms the change log uses; numbers as its own reading gives them (int when they fit, else long). */
    private Object value(JsonToken token, String where) throws IOException {
        return switch (token) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> boundedText(where);
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NUMBER_INT ->
                switch (json.getNumberType()) {
                    case INT -> json.getIntValue();
                    case LONG -> json.getLongValue();
                    default -> throw new IOException(where + " holds a number larger than a long");
                };
            default -> throw new IOException(where + " holds " + token + ", which no column holds");
        };
    }

    private String text(JsonToken token, String where) throws IOException {
        expect(token, JsonToken.VALUE_STRING, where);
        return boundedText(where);
    }

    private String boundedText(String where) throws IOException {
        if (json.getTextLength() > MAX_TEXT_CHARS) {
            throw new IOException(
                    where + " holds a text of more than " + MAX_TEXT_CHARS + " characters, longer than any column");
        }
        return json.getText();
    }

    private long whole(JsonToken token, String where) throws IOException {
        expect(token, JsonToken.VALUE_NUMBER_INT, where);
        if (json.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new IOException(where + " is larger than a long");
        }
        return json.getLongValue();
    }

    private static void expect(JsonToken actual, JsonToken expected, String where) throws IOException {
        if (actual != expected) {
            throw new IOException(where + ": expected " + expected + ", found " + actual);
        }
    }

    private static UUID uuid(String text, String where) throws IOException {
        if (text == null) {
            throw new IOException(where + " is missing");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new IOException(where + " is not an id: '" + text + "'", e);
        }
    }

    private static ChangeOperation operation(String text, String where) throws IOException {
        try {
            return ChangeOperation.valueOf(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw new IOException(where + " has the unknown operation '" + text + "'", e);
        }
    }

    /** What the payload held; the ids are null when reading stopped at an entry beyond the header's count. */
    record Payload(UUID bundleId, UUID authorId, List<BundleEntry> entries, boolean moreThanExpected) {}
}

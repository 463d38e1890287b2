package app.nestegg.vault.household.bundle;

import app.nestegg.vault.household.BundleEntry;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a bundle's entries into its payload's JSON as they come, and keeps what the header needs: how many, and the
 * smallest and largest clock time. Refuses an entry of anyone but the author, and more than a bundle may hold.
 */
public final class EntryWriter {

    private final JsonGenerator json;
    private final UUID authorId;
    private int count;
    private long firstHlc = Long.MAX_VALUE;
    private long lastHlc = Long.MIN_VALUE;

    /** @param authorId the only member whose entries are written, or null for any member's */
    EntryWriter(JsonGenerator json, UUID authorId) {
        this.json = json;
        this.authorId = authorId;
    }

    /** Writes an entry whose columns are already in their bundle form (sealed columns opened). */
    public void write(BundleEntry entry) throws IOException {
        start(
                entry.id(),
                entry.hlc(),
                entry.memberId(),
                entry.table(),
                entry.rowId(),
                entry.operation().name());
        json.writeStartObject();
        for (Map.Entry<String, Object> column : entry.columns().entrySet()) {
            json.writeFieldName(column.getKey());
            writeValue(entry, column.getKey(), column.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * Writes an entry as the change log stores it, copying its columns' JSON through and opening its sealed columns.
     *
     * @throws IllegalArgumentException when the stored columns are not a flat JSON object of the change log's forms
     */
    public void write(StoredEntry entry, ColumnOpener opener) throws IOException {
        start(
                entry.id(),
                entry.hlc(),
                entry.memberId(),
                entry.table(),
                entry.rowId(),
                entry.operation().name());
        StoredColumns.copy(entry, opener, json);
        json.writeEndObject();
    }

    /** Writes the entry's fields up to the name of its columns object. */
    private void start(UUID id, long hlc, UUID memberId, String table, UUID rowId, String operation)
            throws IOException {
        if (authorId != null && !memberId.equals(authorId)) {
            throw new IllegalArgumentException(
                    "Entry " + id + " was made by member " + memberId + ", not by the bundle's author " + authorId);
        }
        if (count == BundleHeader.MAX_ENTRIES) {
            throw new IllegalArgumentException("A bundle holds at most " + BundleHeader.MAX_ENTRIES + " entries");
        }
        json.writeStartObject();
        json.writeStringField(PayloadFields.ID, id.toString());
        json.writeNumberField(PayloadFields.HLC, hlc);
        json.writeStringField(PayloadFields.MEMBER, memberId.toString());
        json.writeStringField(PayloadFields.TABLE, table);
        json.writeStringField(PayloadFields.ROW, rowId.toString());
        json.writeStringField(PayloadFields.OPERATION, operation);
        json.writeFieldName(PayloadFields.COLUMNS);
        count++;
        firstHlc = Math.min(firstHlc, hlc);
        lastHlc = Math.max(lastHlc, hlc);
    }

    private void writeValue(BundleEntry entry, String column, Object value) throws IOException {
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

    int count() {
        return count;
    }

    long firstHlc() {
        return count == 0 ? 0 : firstHlc;
    }

    long lastHlc() {
        return count == 0 ? 0 : lastHlc;
    }
}

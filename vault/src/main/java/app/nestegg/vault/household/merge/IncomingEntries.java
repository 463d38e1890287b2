package app.nestegg.vault.household.merge;

import app.nestegg.vault.household.BundleEntry;
import app.nestegg.vault.household.merge.ReplicatedTables.Shared;
import app.nestegg.vault.security.FieldCipher;
import app.nestegg.vault.store.ChangeOperation;
import app.nestegg.vault.store.ChangeValues;
import app.nestegg.vault.store.HybridClock;
import app.nestegg.vault.store.generated.tables.records.ChangeLogRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Field;

/**
 * Checks every entry of a bundle before anything is applied and turns it into a change-log row: a shared table and
 * columns this version knows, values of the column's type, a known member, a clock time not too far ahead, and sealed
 * columns sealed again with this vault's field key.
 */
final class IncomingEntries {

    /** How far ahead of this computer's clock an entry may be, as in the household sync design. */
    static final Duration MAX_DRIFT = Duration.ofMinutes(5);

    private final FieldCipher cipher;
    private final Set<UUID> knownMembers;
    private final Instant now;

    IncomingEntries(FieldCipher cipher, Set<UUID> knownMembers, Instant now) {
        this.cipher = cipher;
        this.knownMembers = knownMembers;
        this.now = now;
    }

    List<ChangeLogRecord> check(List<BundleEntry> entries) {
        List<ChangeLogRecord> records = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            BundleEntry entry = entries.get(i);
            try {
                records.add(record(entry));
            } catch (IllegalArgumentException e) {
                throw new MergeRefusedException(
                        "Entry " + (i + 1) + (entry == null || entry.id() == null ? "" : " (" + entry.id() + ")")
                                + " cannot be merged: " + e.getMessage() + ". Nothing was merged.");
            }
        }
        return records;
    }

    private ChangeLogRecord record(BundleEntry entry) {
        if (entry == null
                || entry.id() == null
                || entry.memberId() == null
                || entry.rowId() == null
                || entry.operation() == null
                || entry.table() == null) {
            throw new IllegalArgumentException("it lacks its id, member, table, row or operation");
        }
        Shared table = ReplicatedTables.find(entry.table())
                .orElseThrow(() -> new IllegalArgumentException(
                        "table '" + entry.table() + "' is not one this version of Nest Egg shares; update Nest Egg"));
        if (!knownMembers.contains(entry.memberId())) {
            throw new IllegalArgumentException(
                    "it was written by member " + entry.memberId() + ", who is not a member of this household");
        }
        Instant written = Instant.ofEpochMilli(HybridClock.millisOf(entry.hlc()));
        if (entry.hlc() <= 0 || written.isAfter(now.plus(MAX_DRIFT))) {
            throw new IllegalArgumentException("its time " + written + " is more than " + MAX_DRIFT.toMinutes()
                    + " minutes ahead of this computer's clock; check the clocks of both computers");
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        if (entry.operation() != ChangeOperation.DELETE) {
            entry.columns().forEach((name, value) -> columns.put(name, stored(table, entry.rowId(), name, value)));
        }
        ChangeLogRecord record = new ChangeLogRecord();
        record.setId(entry.id());
        record.setHlc(entry.hlc());
        record.setMemberId(entry.memberId());
        record.setTableName(table.name());
        record.setRowId(entry.rowId());
        record.setOperation(entry.operation().name());
        record.setChangedColumns(ChangeValues.encode(columns));
        return record;
    }

    private Object stored(Shared table, UUID rowId, String name, Object value) {
        Field<?> field = ReplicatedTables.column(table.table(), name)
                .orElseThrow(() -> new IllegalArgumentException("column '" + name + "' of " + table.name()
                        + " is not one this version of Nest Egg knows; update Nest Egg"));
        if (table.sealed().contains(name)) {
            if (value == null) {
                return null;
            }
            if (!(value instanceof String text)) {
                throw new IllegalArgumentException("column " + name + " must travel as text");
            }
            return Base64.getEncoder()
                    .encodeToString(cipher.seal(
                            text.getBytes(StandardCharsets.UTF_8), SealedColumns.context(table, rowId, name)));
        }
        if (value == null && !field.getDataType().nullable() && !name.equals("id")) {
            throw new IllegalArgumentException("column " + name + " of " + table.name() + " cannot be empty");
        }
        ColumnValues.toColumn(field, value);
        if (field.equals(table.id()) && !rowId.toString().equals(value)) {
            throw new IllegalArgumentException("its id column does not match its row " + rowId);
        }
        return value;
    }
}

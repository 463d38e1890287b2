package app.nestegg.vault.household.merge;

import app.nestegg.vault.household.BundleEntry;
import app.nestegg.vault.household.bundle.BundleEntries;
import app.nestegg.vault.household.bundle.ColumnOpener;
import app.nestegg.vault.household.bundle.StoredEntry;
import app.nestegg.vault.household.merge.ReplicatedTables.Shared;
import app.nestegg.vault.security.FieldCipher;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.ChangeOperation;
import app.nestegg.vault.store.ChangeValues;
import app.nestegg.vault.store.generated.tables.records.ChangeLogRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * This vault's own change-log entries as they go into a bundle: only shared tables, nothing of private accounts,
 * sealed columns opened to text, oldest first. Read a page at a time ({@link LogPages}, the next page on a second
 * thread) and handed on one by one, so a large log is never held in memory whole.
 */
public final class OwnChanges {

    static final int PAGE = 5000;

    private final ChangeLog log;
    private final FieldCipher cipher;

    public OwnChanges(ChangeLog log, FieldCipher cipher) {
        this.log = log;
        this.cipher = cipher;
    }

    /**
     * Hands every own entry written after {@code afterHlc} (0 for all) to {@code sink}, oldest first, leaving out the
     * rows of {@code privateAccounts}.
     *
     * @return how many entries were handed on
     */
    public long forEach(long afterHlc, Set<UUID> privateAccounts, Consumer<BundleEntry> sink) {
        return read(afterHlc, privateAccounts, (table, entry) -> sink.accept(toBundleEntry(table, entry)));
    }

    /**
     * The same entries as {@link #forEach}, for a bundle writer: each is read when the writer asks for the next, and
     * its stored columns go into the bundle as they are stored, sealed ones opened on the way.
     */
    public BundleEntries forBundle(long afterHlc, Set<UUID> privateAccounts) {
        return out -> read(afterHlc, privateAccounts, (table, entry) -> out.write(entry, opener(table, entry.rowId())));
    }

    private <X extends Exception> long read(long afterHlc, Set<UUID> privateAccounts, OwnEntrySink<X> sink) throws X {
        PrivateRows hidden = log.read(dsl -> PrivateRows.of(dsl, privateAccounts));
        UUID self = log.memberId();
        long count = 0;
        try (LogPages pages = new LogPages(log, PAGE, afterHlc)) {
            for (List<ChangeLogRecord> page = pages.next(); page != null; page = pages.next()) {
                for (ChangeLogRecord record : page) {
                    Optional<Shared> table = ReplicatedTables.find(record.getTableName());
                    if (record.getMemberId().equals(self)
                            && table.isPresent()
                            && !hidden.isPrivate(record.getTableName(), record.getRowId())) {
                        sink.accept(table.get(), stored(record));
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static StoredEntry stored(ChangeLogRecord record) {
        return new StoredEntry(
                record.getId(),
                record.getHlc(),
                record.getMemberId(),
                record.getTableName(),
                record.getRowId(),
                ChangeOperation.valueOf(record.getOperation()),
                record.getChangedColumns());
    }

    private BundleEntry toBundleEntry(Shared table, StoredEntry entry) {
        Map<String, Object> columns = new LinkedHashMap<>(ChangeValues.decode(entry.columnsJson()));
        for (String sealed : table.sealed()) {
            if (columns.containsKey(sealed)) {
                columns.put(sealed, SealedColumns.open(cipher, table, entry.rowId(), sealed, columns.get(sealed)));
            }
        }
        return new BundleEntry(
                entry.id(), entry.hlc(), entry.memberId(), entry.table(), entry.rowId(), entry.operation(), columns);
    }

    private ColumnOpener opener(Shared table, UUID rowId) {
        if (table.sealed().isEmpty()) {
            return ColumnOpener.NONE;
        }
        return new ColumnOpener() {
            @Override
            public boolean isSealed(String column) {
                return table.sealed().contains(column);
            }

            @Override
            public String open(String column, String stored) {
                return SealedColumns.open(cipher, table, rowId, column, stored);
            }
        };
    }

    /** Where {@link #read} hands each own entry, with its table. */
    @FunctionalInterface
    private interface OwnEntrySink<X extends Exception> {
        void accept(Shared table, StoredEntry entry) throws X;
    }
}

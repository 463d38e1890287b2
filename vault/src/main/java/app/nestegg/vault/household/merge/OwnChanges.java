package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;

import app.nestegg.vault.household.BundleEntry;
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
 * sealed columns opened to text, oldest first. Read a page at a time and handed on one by one, so a large log is never
 * held in memory whole.
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
        PrivateRows hidden = log.read(dsl -> PrivateRows.of(dsl, privateAccounts));
        UUID self = log.memberId();
        long after = afterHlc;
        long count = 0;
        while (true) {
            long from = after;
            List<ChangeLogRecord> page = log.read(dsl -> dsl.selectFrom(CHANGE_LOG)
                    .where(CHANGE_LOG.MEMBER_ID.eq(self))
                    .and(CHANGE_LOG.HLC.gt(from))
                    .orderBy(CHANGE_LOG.HLC)
                    .limit(PAGE)
                    .fetch());
            for (ChangeLogRecord record : page) {
                Optional<Shared> table = ReplicatedTables.find(record.getTableName());
                if (table.isPresent() && !hidden.isPrivate(record.getTableName(), record.getRowId())) {
                    sink.accept(toBundleEntry(table.get(), record));
                    count++;
                }
            }
            if (page.size() < PAGE) {
                return count;
            }
            after = page.getLast().getHlc();
        }
    }

    private BundleEntry toBundleEntry(Shared table, ChangeLogRecord record) {
        Map<String, Object> columns = new LinkedHashMap<>(ChangeValues.decode(record.getChangedColumns()));
        for (String sealed : table.sealed()) {
            if (columns.containsKey(sealed)) {
                columns.put(sealed, SealedColumns.open(cipher, table, record.getRowId(), sealed, columns.get(sealed)));
            }
        }
        return new BundleEntry(
                record.getId(),
                record.getHlc(),
                record.getMemberId(),
                record.getTableName(),
                record.getRowId(),
                ChangeOperation.valueOf(record.getOperation()),
                columns);
    }
}

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
        Set<UUID> readAtAfter = Set.of();
        long count = 0;
        while (true) {
            long from = after;
            Set<UUID> alreadyRead = readAtAfter;
            // by clock time alone: with the member in the query H2 took the member_id index, sorted all of the
            // member's entries for every page and read 100,000 entries in about a minute
            List<ChangeLogRecord> page = log.read(dsl -> dsl.selectFrom(CHANGE_LOG)
                    .where(alreadyRead.isEmpty() ? CHANGE_LOG.HLC.gt(from) : CHANGE_LOG.HLC.ge(from))
                    .orderBy(CHANGE_LOG.HLC, CHANGE_LOG.ID)
                    .limit(PAGE)
                    .fetch());
            for (ChangeLogRecord record : page) {
                if (alreadyRead.contains(record.getId())) {
                    continue; // read on the page before: members' clock times may be equal
                }
                Optional<Shared> table = ReplicatedTables.find(record.getTableName());
                if (record.getMemberId().equals(self)
                        && table.isPresent()
                        && !hidden.isPrivate(record.getTableName(), record.getRowId())) {
                    sink.accept(toBundleEntry(table.get(), record));
                    count++;
                }
            }
            if (page.size() < PAGE) {
                return count;
            }
            after = page.getLast().getHlc();
            long last = after;
            readAtAfter = page.stream()
                    .filter(r -> r.getHlc() == last)
                    .map(ChangeLogRecord::getId)
                    .collect(java.util.stream.Collectors.toSet());
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

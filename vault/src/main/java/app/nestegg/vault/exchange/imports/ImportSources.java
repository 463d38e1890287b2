package app.nestegg.vault.exchange.imports;

import static app.nestegg.vault.store.generated.Tables.CSV_MAPPING;
import static app.nestegg.vault.store.generated.Tables.IMPORT_SOURCE;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.exchange.ImportException;
import app.nestegg.vault.exchange.csv.CsvMapping;
import app.nestegg.vault.exchange.csv.CsvMappingJson;
import app.nestegg.vault.store.ChangeWriter;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.CsvMappingRecord;
import app.nestegg.vault.store.generated.tables.records.ImportSourceRecord;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * What the vault remembers between imports: which account a statement's account number goes to, and CSV mappings.
 * Both belong to this computer's files, so they are written beside the change log, not through it: an entry naming a
 * table no member shares is what the ledger check reports as damage (ADR 0035), and a bundle could not carry it.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "statement links and CSV mappings are this computer's import memory, not shared ledger data")
final class ImportSources {

    private ImportSources() {}

    static Optional<UUID> accountFor(DSLContext dsl, String sourceKey) {
        if (sourceKey == null) {
            return Optional.empty();
        }
        return dsl.select(IMPORT_SOURCE.ACCOUNT_ID)
                .from(IMPORT_SOURCE)
                .where(IMPORT_SOURCE.SOURCE_KEY.eq(sourceKey))
                .fetchOptional(IMPORT_SOURCE.ACCOUNT_ID);
    }

    /** Links the statement account to the vault account, replacing an earlier link. */
    static void link(ChangeWriter writer, String sourceKey, UUID account, Instant now) {
        ImportSourceRecord existing = writer.dsl()
                .selectFrom(IMPORT_SOURCE)
                .where(IMPORT_SOURCE.SOURCE_KEY.eq(sourceKey))
                .fetchOne();
        if (existing == null) {
            ImportSourceRecord record = new ImportSourceRecord();
            record.setId(Ids.newId());
            record.setSourceKey(sourceKey);
            record.setAccountId(account);
            record.setCreatedAt(now);
            writer.dsl().executeInsert(record);
        } else if (!existing.getAccountId().equals(account)) {
            existing.setAccountId(account);
            existing.update();
        }
    }

    static Optional<CsvMapping> mapping(DSLContext dsl, UUID account) {
        return dsl.select(CSV_MAPPING.MAPPING)
                .from(CSV_MAPPING)
                .where(CSV_MAPPING.ACCOUNT_ID.eq(account))
                .fetchOptional(CSV_MAPPING.MAPPING)
                .flatMap(ImportSources::parse);
    }

    static void rememberMapping(ChangeWriter writer, UUID account, CsvMapping mapping, Instant now) {
        String json = write(mapping);
        CsvMappingRecord existing = writer.dsl()
                .selectFrom(CSV_MAPPING)
                .where(CSV_MAPPING.ACCOUNT_ID.eq(account))
                .fetchOne();
        if (existing == null) {
            CsvMappingRecord record = new CsvMappingRecord();
            record.setAccountId(account);
            record.setMapping(json);
            record.setUpdatedAt(now);
            writer.dsl().executeInsert(record);
        } else if (!existing.getMapping().equals(json)) {
            existing.setMapping(json);
            existing.setUpdatedAt(now);
            existing.update();
        }
    }

    private static String write(CsvMapping mapping) {
        return CsvMappingJson.write(mapping);
    }

    /** A stored mapping that no longer reads (an older format) is forgotten rather than failing the import. */
    private static Optional<CsvMapping> parse(String json) {
        try {
            return Optional.of(CsvMappingJson.read(json, "the remembered CSV mapping"));
        } catch (ImportException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package app.nestegg.vault.exchange.export;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.BUDGET_AMOUNT;
import static app.nestegg.vault.store.generated.Tables.BUDGET_ROLLOVER;
import static app.nestegg.vault.store.generated.Tables.CATEGORY;
import static app.nestegg.vault.store.generated.Tables.CATEGORY_GROUP;
import static app.nestegg.vault.store.generated.Tables.CSV_MAPPING;
import static app.nestegg.vault.store.generated.Tables.EXCHANGE_RATE;
import static app.nestegg.vault.store.generated.Tables.GOAL;
import static app.nestegg.vault.store.generated.Tables.GOAL_ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.GOAL_CONTRIBUTION;
import static app.nestegg.vault.store.generated.Tables.IMPORT_SOURCE;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.NET_WORTH_EXCLUSION;
import static app.nestegg.vault.store.generated.Tables.RECONCILIATION;
import static app.nestegg.vault.store.generated.Tables.RULE;
import static app.nestegg.vault.store.generated.Tables.SECURITY;
import static app.nestegg.vault.store.generated.Tables.SECURITY_PRICE;
import static app.nestegg.vault.store.generated.Tables.SPLIT;
import static app.nestegg.vault.store.generated.Tables.TRADE;

import app.nestegg.vault.exchange.export.ExportException.Reason;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.store.ChangeWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Table;

/**
 * Restores a Nest Egg export (plain or age-encrypted) into a vault whose ledger holds no data yet. The file is read
 * whole and checked against its manifest first; then every row goes in with its exported id through the change log,
 * in one write, and the month totals are rebuilt. Any refusal leaves the vault as it was.
 *
 * <p>A new vault already has the default categories: categories and groups are the one thing a vault may hold, and
 * the export's replace them. Anything else (an account, a transaction, a rule, a rate…) makes the vault "not empty".
 */
public final class ExportRestore {

    private static final List<Table<?>> LEDGER_DATA = List.of(
            ACCOUNT,
            LEDGER_TRANSACTION,
            SPLIT,
            RULE,
            RECONCILIATION,
            SECURITY,
            TRADE,
            SECURITY_PRICE,
            EXCHANGE_RATE,
            IMPORT_SOURCE,
            CSV_MAPPING,
            BUDGET_AMOUNT,
            BUDGET_ROLLOVER,
            GOAL,
            GOAL_ACCOUNT,
            GOAL_CONTRIBUTION,
            NET_WORTH_EXCLUSION);

    private final Ledger ledger;
    private final ExportLimits limits;

    public ExportRestore(Ledger ledger, ExportLimits limits) {
        this.ledger = ledger;
        this.limits = limits;
    }

    /** Whether the file looks like a Nest Egg export (an age file, or a zip with a manifest); reads only its start. */
    public static boolean looksLikeExport(Path file) {
        return ExportFile.looksLikeExport(file);
    }

    /** Whether the file is an age file, so restoring it needs the export passphrase; reads only its start. */
    public static boolean isEncrypted(Path file) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return AgeFiles.looksLikeAge(in.readNBytes(AgeFiles.MAGIC.length));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * @param passphrase needed when the export is encrypted; the caller wipes it
     * @return the rows restored per section
     * @throws ExportException when the vault already holds ledger data or the file is refused; nothing is written
     */
    public ExportSummary restore(Path file, Optional<char[]> passphrase, ExportProgress progress) {
        requireEmpty(file);
        try (ExportFile export = new ExportFile(file, passphrase, limits)) {
            ExportManifest manifest = export.verify();
            DocumentRestorer[] restorer = new DocumentRestorer[1];
            Map<String, Long> counts = ledger.changeLog().write(w -> {
                requireEmpty(w.dsl(), file);
                replaceCategories(w);
                restorer[0] = new DocumentRestorer(ledger, w, progress);
                Map<String, Long> restored = export.readDocument(restorer[0]::restore);
                if (!restored.equals(manifest.counts())) {
                    throw export.refused(
                            Reason.TAMPERED, "the rows of nestegg.json do not match the counts in its manifest");
                }
                ledger.balances().rebuildTotals(w);
                return restored;
            });
            restorer[0].baseCurrency().ifPresent(currency -> ledger.rates().setBaseCurrency(currency));
            return new ExportSummary(file, passphrase.isPresent(), counts);
        }
    }

    private void requireEmpty(Path file) {
        ledger.changeLog().read(dsl -> {
            requireEmpty(dsl, file);
            return null;
        });
    }

    private static void requireEmpty(DSLContext dsl, Path file) {
        for (Table<?> table : LEDGER_DATA) {
            if (dsl.fetchExists(table)) {
                throw new ExportException(
                        Reason.VAULT_NOT_EMPTY,
                        "This vault already has ledger data (" + table.getName().toLowerCase(java.util.Locale.ROOT)
                                + "), so " + file + " was not restored into it; nothing was changed. Restore an export"
                                + " into a new, empty vault.");
            }
        }
    }

    /** A new vault's default categories give way to the export's, which carry the same ids where they are defaults. */
    private static void replaceCategories(ChangeWriter writer) {
        writer.dsl().selectFrom(CATEGORY).fetch().forEach(writer::delete);
        writer.dsl().selectFrom(CATEGORY_GROUP).fetch().forEach(writer::delete);
    }
}

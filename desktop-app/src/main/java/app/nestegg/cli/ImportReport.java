package app.nestegg.cli;

import app.nestegg.vault.exchange.imports.AccountImportResult;
import app.nestegg.vault.exchange.imports.ImportPlan;
import app.nestegg.vault.exchange.imports.ImportResult;
import app.nestegg.vault.exchange.imports.PlannedStatement;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** Prints what an import did, or would do, per file and account: as lines of text, or as JSON objects. */
final class ImportReport {

    private ImportReport() {}

    static void dryRun(Cli cli, ImportPlan plan, ArrayNode json) {
        for (PlannedStatement statement : plan.statements()) {
            long imported = statement.includedCount();
            long skipped = statement.rows().size() - imported;
            if (cli.options().json) {
                json.addObject()
                        .put("file", plan.fileName())
                        .put("account", statement.target().label())
                        .put("dry_run", true)
                        .put("imported", imported)
                        .put("skipped_duplicates", skipped);
            } else {
                cli.out()
                        .println(cli.text(
                                "import.wouldImport",
                                plan.fileName(),
                                statement.target().label(),
                                imported,
                                skipped));
            }
        }
    }

    static void committed(Cli cli, ImportResult result, ArrayNode json) {
        for (AccountImportResult account : result.accounts()) {
            if (cli.options().json) {
                json.addObject()
                        .put("file", result.fileName())
                        .put("account", account.accountName())
                        .put("account_id", account.accountId().toString())
                        .put("opened", account.opened())
                        .put("imported", account.imported())
                        .put("skipped_duplicates", account.skipped());
            } else {
                cli.out()
                        .println(cli.text(
                                account.opened() ? "import.doneOpened" : "import.done",
                                result.fileName(),
                                account.accountName(),
                                account.imported(),
                                account.skipped()));
            }
        }
    }
}

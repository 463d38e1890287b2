package app.nestegg.cli;

import app.nestegg.vault.exchange.ParsedFile;
import app.nestegg.vault.exchange.StatementFiles;
import app.nestegg.vault.exchange.StatementFormat;
import app.nestegg.vault.exchange.StatementReadOptions;
import app.nestegg.vault.exchange.StatementText;
import app.nestegg.vault.exchange.csv.CsvMapping;
import app.nestegg.vault.exchange.imports.AccountTarget;
import app.nestegg.vault.exchange.imports.ImportOptions;
import app.nestegg.vault.exchange.imports.ImportPlan;
import app.nestegg.vault.exchange.imports.ImportProgress;
import app.nestegg.vault.exchange.imports.PlannedStatement;
import app.nestegg.vault.exchange.imports.StatementImporter;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.store.BackupKind;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE... [--account A] [--format F] [--mapping FILE|ACCOUNT] [--invert-sign] [--dry-run]}: imports bank
 * statements, each file whole or not at all, skipping rows the vault already has.
 */
@Command(name = "import", sortOptions = false)
final class ImportCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE", descriptionKey = "arg.import.file")
    List<Path> files;

    @Option(names = "--account", paramLabel = "ACCOUNT", order = 1)
    String account;

    @Option(names = "--format", paramLabel = "ofx|qif|csv", order = 2)
    String format;

    @Option(names = "--mapping", paramLabel = "FILE|ACCOUNT", order = 3)
    String mapping;

    @Option(names = "--invert-sign", order = 4)
    boolean invertSign;

    @Option(names = "--dry-run", order = 5)
    boolean dryRun;

    ImportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Optional<StatementFormat> forced = forcedFormat();
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            StatementImporter importer = new StatementImporter(ledger);
            Account target = account == null ? null : ledger.accounts().find(account);
            ArrayNode json = cli.jsonArray();
            for (Path file : files) {
                ImportPlan plan = plan(ledger, importer, file, forced, target);
                if (dryRun) {
                    ImportReport.dryRun(cli, plan, json);
                } else {
                    if (StatementImporter.isBulk(plan)) {
                        vault.session().backups().create(BackupKind.BEFORE_IMPORT);
                    }
                    ImportReport.committed(cli, importer.commit(plan, ImportProgress.NONE, () -> false), json);
                }
            }
            if (cli.options().json) {
                cli.printJson(json);
            }
        }
        return ExitCodes.OK;
    }

    private ImportPlan plan(
            Ledger ledger, StatementImporter importer, Path file, Optional<StatementFormat> forced, Account target) {
        String fileName = String.valueOf(file.getFileName());
        byte[] content = StatementFiles.readBytes(file);
        StatementText.requireText(fileName, content);
        Optional<CsvMapping> csvMapping = ImportMapping.isCsv(forced, fileName, content)
                ? ImportMapping.resolve(cli, ledger, importer, fileName, ImportMapping.text(content), mapping, target)
                : Optional.empty();
        ParsedFile parsed = StatementFiles.read(fileName, content, new StatementReadOptions(forced, csvMapping));
        ImportPlan plan = importer.plan(
                parsed, new ImportOptions(target == null ? null : target.id(), invertSign, csvMapping.orElse(null)));
        for (PlannedStatement statement : plan.statements()) {
            if (statement.target() instanceof AccountTarget.Unmatched) {
                throw CliFailure.usage(cli.text("import.accountNeeded", fileName));
            }
        }
        return plan;
    }

    private Optional<StatementFormat> forcedFormat() {
        if (format == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(StatementFormat.fromCliName(format));
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(cli.text("import.badFormat", format));
        }
    }
}

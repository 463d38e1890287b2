package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import app.nestegg.resources.Legal;
import app.nestegg.sync.fake.plaid.FakeItem;
import app.nestegg.sync.fake.plaid.FakePlaidServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What every killed command of the crash harness starts from, made once per run: a template vault (a linked fake Plaid
 * Item with an update of {@value #SYNC_NEW_ROWS} rows waiting, an empty account for a CSV of {@value #IMPORT_ROWS}
 * rows, a budget, and a second member whose bundle of {@value #BUNDLE_ROWS} rows lies ready), the rows the update
 * gives when synced straight through, and a fresh copy of the template folder per kill (copying is far cheaper than
 * building a vault).
 */
final class CrashFixture implements AutoCloseable {

    static final int IMPORT_ROWS = 3_000;
    static final int BUNDLE_ROWS = 300;
    static final int SYNC_NEW_ROWS = 1_200;
    static final String IMPORTED = "Imported";
    static final String JOINT = "Joint";
    static final String CATEGORY = "Groceries";
    static final String MONTH = "2030-01";
    static final String OLD_BUDGET = "100.00";
    static final String NEW_BUDGET = "250.00";

    final Path root;
    final FakePlaidServer plaid;
    final CliRunner template;
    final Path statement;
    final Path bundle;
    final LedgerRows synced;
    final Set<String> templateBackups;
    private int copies;

    private CrashFixture(Path root, FakePlaidServer plaid) throws IOException {
        this.root = root;
        this.plaid = plaid;
        this.template = runner(Files.createDirectories(root.resolve("template")));
        template.init();
        BankFixture bank = new BankFixture(template, plaid);
        FakeItem item = bank.linkSandbox();
        item.generateTransactions(item.account("depository", "checking").accountId(), SYNC_NEW_ROWS, plaid.today());
        ok(template, "accounts", "add", "--name", IMPORTED, "--type", "checking", "--currency", "USD");
        ok(template, "budget", "set", CATEGORY, OLD_BUDGET, "--month", MONTH);
        this.statement = csv(root.resolve("statement.csv"), "ROW", IMPORT_ROWS);
        this.bundle = bundleFromSecondMember();
        this.templateBackups = backupNames(template);
        CliRunner straight = copy();
        ok(straight, "sync");
        this.synced = LedgerRows.of(straight);
    }

    /** Builds the template; takes some seconds (a dozen in-process commands and one sync). */
    static CrashFixture prepare(Path root) throws IOException {
        FakePlaidServer plaid = FakePlaidServer.builder().validate(false).start();
        try {
            return new CrashFixture(root, plaid);
        } catch (IOException | RuntimeException | AssertionError e) {
            plaid.close();
            throw e;
        }
    }

    /** A new folder holding a copy of the template vault, with the bank settings and the real clock. */
    CliRunner copy() throws IOException {
        CliRunner copy = runner(Files.createDirectories(root.resolve("kill-" + copies++)));
        copy.environment.putAll(template.environment);
        try (Stream<Path> files = Files.walk(template.vault)) {
            for (Path file : files.toList()) {
                Path target = copy.vault.resolve(template.vault.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    /** The names of the backups in a vault's folder. */
    static Set<String> backupNames(CliRunner cli) {
        Path backups = cli.vault.resolve("backups");
        if (!Files.isDirectory(backups)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Another vault shares with the template's and writes a bundle: a new account and its imported rows. */
    private Path bundleFromSecondMember() throws IOException {
        CliRunner other = runner(Files.createDirectories(root.resolve("other")));
        other.init();
        ok(other, "household", "identity", "--name", "Other");
        ok(other, "household", "add-member", card(template, "template").toString(), "--yes");
        ok(template, "household", "add-member", card(other, "other").toString(), "--yes");
        ok(other, "accounts", "add", "--name", JOINT, "--type", "checking", "--currency", "USD");
        Path rows = csv(root.resolve("joint.csv"), "JOINT", BUNDLE_ROWS);
        ok(other, "import", rows.toString(), "--account", JOINT);
        Path file = root.resolve("other.nestegg-bundle");
        ok(other, "household", "export-bundle", "--out", file.toString());
        return file;
    }

    private Path card(CliRunner member, String name) {
        Path card = root.resolve(name + ".card");
        ok(member, "household", "card", "--out", card.toString());
        return card;
    }

    /** A statement of distinct rows (no two alike, so none is skipped as a duplicate). */
    private static Path csv(Path file, String payee, int rows) throws IOException {
        StringBuilder text = new StringBuilder("Date,Description,Amount\n");
        LocalDate first = LocalDate.of(2029, 1, 1);
        for (int i = 0; i < rows; i++) {
            text.append(first.plusDays(i % 365))
                    .append(',')
                    .append(payee)
                    .append(' ')
                    .append(i)
                    .append(",-")
                    .append(1 + i % 97)
                    .append('.')
                    .append(String.format("%02d", i % 100))
                    .append('\n');
        }
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The child processes use the real clock and the current terms, so the in-process runs do too. */
    private static CliRunner runner(Path folder) {
        CliRunner cli = new CliRunner(folder);
        cli.clock.set(Instant.now());
        cli.termsVersion = Legal.version();
        return cli;
    }

    static Result ok(CliRunner cli, String... args) {
        Result result = cli.runUnlocked(args);
        assertThat(result.code()).as(String.join(" ", args) + ": " + result).isZero();
        return result;
    }

    List<String> args(CrashOperation operation) {
        return switch (operation) {
            case IMPORT -> List.of("import", statement.toString(), "--account", IMPORTED);
            case SYNC -> List.of("sync");
            case MERGE -> List.of("household", "merge", bundle.toString());
            case BUDGET -> List.of("budget", "set", CATEGORY, NEW_BUDGET, "--month", MONTH);
            case PASSWD -> List.of("passwd", "--new-passphrase-file", template.file(CliRunner.NEW_PASSPHRASE));
            case BACKUP -> List.of("backup", "now");
        };
    }

    @Override
    public void close() {
        plaid.close();
    }
}

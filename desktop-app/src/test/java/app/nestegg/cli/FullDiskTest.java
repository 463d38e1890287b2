package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.nestegg.cli.CliRunner.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import, export and backup on a file system that fills up (see {@link SmallFileSystem}): the command says the disk is
 * full, leaves no partial file under a final name, and the vault opens with its ledger as before and clean.
 */
class FullDiskTest {

    private static final int STATEMENT_ROWS = 900;
    /** Room for the seal and lockout writes of an unlock, not for 900 rows, an export of them or a backup. */
    private static final long FREE = 16 * 1024;

    @TempDir
    static Path shared;

    @TempDir
    Path root;

    @TempDir
    Path scratch;

    private static Path template;
    private static Optional<SmallFileSystem> available;

    CliRunner cli;
    SmallFileSystem fileSystem;

    /** A vault with the usual accounts and 900 imported rows, so an export and a backup outgrow the free space. */
    @BeforeAll
    static void template() throws IOException, InterruptedException {
        available = SmallFileSystem.available(shared);
        if (available.isEmpty()) {
            return;
        }
        template = Files.createDirectory(shared.resolve("template"));
        CliRunner cli = new CliRunner(template);
        cli.init();
        LedgerFixture ledger = new LedgerFixture(cli).withAccounts();
        Path first = statement(template.resolve("first.csv"), STATEMENT_ROWS, "FIRST");
        ledger.ok("import", first.toString(), "--account", "Everyday");
    }

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(
                available.isPresent() || !Boolean.getBoolean(SmallFileSystem.REQUIRE_PROPERTY),
                "no small file system can be mounted here (unshare --mount); set -D" + SmallFileSystem.REQUIRE_PROPERTY
                        + "=true to fail instead");
        if (available.isEmpty()) {
            throw new AssertionError("-D" + SmallFileSystem.REQUIRE_PROPERTY + "=true, but unshare --mount failed");
        }
        fileSystem = available.get();
        app.nestegg.vault.faults.FolderCopy.copy(template, root.resolve("copy"));
        cli = new CliRunner(root.resolve("copy"));
    }

    @Test
    void anImportOnAFullDiskSaysSoAndLeavesTheLedgerAsItWas() throws Exception {
        Path statement = statement(cli.root.resolve("second.csv"), STATEMENT_ROWS, "SECOND");
        String before = ledger(cli);

        Result result = fileSystem.run(cli, scratch, FREE, "import", statement.toString(), "--account", "Everyday");

        CliRunner after = afterwards();
        assertFull(result);
        assertThat(ledger(after)).as(result.toString()).isEqualTo(before);
        assertOpensClean(after);
    }

    @Test
    void anExportOnAFullDiskLeavesNoFileUnderItsName() throws Exception {
        Path out = cli.root.resolve("export.zip");

        Result result = fileSystem.run(cli, scratch, FREE, "export", "--out", out.toString());

        CliRunner after = afterwards();
        assertFull(result);
        assertThat(after.root.resolve("export.zip")).doesNotExist();
        assertThat(after.root.resolve("export.zip.part")).doesNotExist();
        assertOpensClean(after);
    }

    @Test
    void aBackupOnAFullDiskLeavesNoBackupBehind() throws Exception {
        List<String> before = files(cli.vault.resolve("backups"));

        Result result = fileSystem.run(cli, scratch, FREE, "backup", "now");

        CliRunner after = afterwards();
        assertFull(result);
        assertThat(files(after.vault.resolve("backups"))).as(result.toString()).isEqualTo(before);
        assertOpensClean(after);
    }

    private CliRunner afterwards() {
        return new CliRunner(scratch.resolve("after"));
    }

    private static void assertFull(Result result) {
        assertThat(result.err()).as(result.toString()).doesNotContain("unexpected", "Crash report", "Exception");
        assertThat(result.code()).as(result.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).as(result.toString()).contains("is full", "nothing was changed", "Free some space");
    }

    /**
     * The vault opens and the ledger check finds nothing the template did not have: the template's CSV import leaves
     * a {@code csv_mapping} change-log entry that the check reports on its own (not a fault of the full disk).
     */
    private void assertOpensClean(CliRunner after) {
        Result check = after.runUnlocked("doctor");
        Result before = new CliRunner(template).runUnlocked("doctor");
        assertThat(check.code()).as(check.toString()).isEqualTo(before.code());
        assertThat(problems(check)).as(check.toString()).isEqualTo(problems(before));
    }

    private static List<String> problems(Result doctor) {
        return doctor.out()
                .lines()
                .filter(line -> line.matches("\\s+[A-Z_]+ .*"))
                .toList();
    }

    private static String ledger(CliRunner runner) {
        Result list = runner.runUnlocked("tx", "list", "--account", "Everyday");
        assertThat(list.code()).as(list.toString()).isZero();
        return list.out();
    }

    private static Path statement(Path file, int rows, String payee) throws IOException {
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        for (int i = 0; i < rows; i++) {
            csv.append(String.format(
                    "%02d/%02d/2029,%s PAYEE %d,-%d.%02d%n", 1 + i % 12, 1 + i % 28, payee, i, i, i % 100));
        }
        return Files.writeString(file, csv);
    }

    private static List<String> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}

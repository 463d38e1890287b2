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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Import, export and backup on a file system that fills up (see {@link SmallFileSystem}): the command says the disk is
 * full, leaves no partial file under a final name, and the vault opens with its ledger as before and clean.
 */
class FullDiskTest {

    private static final int STATEMENT_ROWS = 900;

    @TempDir
    Path root;

    @TempDir
    Path scratch;

    CliRunner cli;
    SmallFileSystem fileSystem;

    @BeforeEach
    void setUp() throws IOException, InterruptedException {
        Optional<SmallFileSystem> available = SmallFileSystem.available(scratch);
        assumeTrue(
                available.isPresent() || !Boolean.getBoolean(SmallFileSystem.REQUIRE_PROPERTY),
                "no small file system can be mounted here (unshare --mount); set -D" + SmallFileSystem.REQUIRE_PROPERTY
                        + "=true to fail instead");
        if (available.isEmpty()) {
            throw new AssertionError("-D" + SmallFileSystem.REQUIRE_PROPERTY + "=true, but unshare --mount failed");
        }
        fileSystem = available.get();
        cli = new CliRunner(root);
        cli.init();
        new LedgerFixture(cli).withAccounts();
        new LedgerFixture(cli)
                .ok(
                        "tx",
                        "add",
                        "--account",
                        "Everyday",
                        "--date",
                        "2029-12-01",
                        "--amount",
                        "-12.50",
                        "--payee",
                        "Cafe");
    }

    @ParameterizedTest(name = "{0} bytes free")
    @ValueSource(longs = {0, 48 * 1024})
    void anImportOnAFullDiskSaysSoAndLeavesTheLedgerAsItWas(long free) throws Exception {
        Path statement = statement(root.resolve("statement.csv"), STATEMENT_ROWS);
        String before = ledger(cli);

        Result result = fileSystem.run(cli, scratch, free, "import", statement.toString(), "--account", "Everyday");

        CliRunner after = afterwards();
        assertFullOrDone(result, free);
        if (result.code() != 0) {
            assertThat(ledger(after)).as(result.toString()).isEqualTo(before);
        }
        assertOpensClean(after);
    }

    @ParameterizedTest(name = "{0} bytes free")
    @ValueSource(longs = {0, 48 * 1024})
    void anExportOnAFullDiskLeavesNoFileUnderItsName(long free) throws Exception {
        Path out = root.resolve("export.zip");

        Result result = fileSystem.run(cli, scratch, free, "export", "--out", out.toString());

        CliRunner after = afterwards();
        assertFullOrDone(result, free);
        if (result.code() != 0) {
            assertThat(after.root.resolve("export.zip")).doesNotExist();
            assertThat(after.root.resolve("export.zip.part")).doesNotExist();
        }
        assertOpensClean(after);
    }

    @ParameterizedTest(name = "{0} bytes free")
    @ValueSource(longs = {0, 48 * 1024})
    void aBackupOnAFullDiskLeavesNoBackupBehind(long free) throws Exception {
        List<String> before = files(cli.vault.resolve("backups"));

        Result result = fileSystem.run(cli, scratch, free, "backup", "now");

        CliRunner after = afterwards();
        assertFullOrDone(result, free);
        if (result.code() != 0) {
            assertThat(files(after.vault.resolve("backups")))
                    .as(result.toString())
                    .isEqualTo(before);
        }
        assertOpensClean(after);
    }

    private CliRunner afterwards() {
        return new CliRunner(scratch.resolve("after"));
    }

    /** With no space at all the command must fail; with a little it may also fit. Never a crash. */
    private static void assertFullOrDone(Result result, long free) {
        assertThat(result.err()).as(result.toString()).doesNotContain("unexpected", "Crash report", "Exception");
        if (free == 0 || result.code() != 0) {
            assertThat(result.code()).as(result.toString()).isEqualTo(1);
            assertThat(result.err()).as(result.toString()).contains("is full", "Free some space");
        }
    }

    private static void assertOpensClean(CliRunner after) {
        Result check = after.runUnlocked("check");
        assertThat(check.code()).as(check.toString()).isZero();
    }

    private static String ledger(CliRunner runner) {
        Result list = runner.runUnlocked("tx", "list", "--account", "Everyday");
        assertThat(list.code()).as(list.toString()).isZero();
        return list.out();
    }

    private static Path statement(Path file, int rows) throws IOException {
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        for (int i = 0; i < rows; i++) {
            csv.append(
                    String.format("%02d/%02d/2029,PAYEE NUMBER %d,-%d.%02d%n", 1 + i % 12, 1 + i % 28, i, i, i % 100));
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

package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @TempDir
    Path root;

    @TempDir
    Path otherRoot;

    CliRunner cli;
    LedgerFixture ledger;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
        ledger = new LedgerFixture(cli).withAccounts();
        ledger.ok(
                "tx", "add", "--account", "Everyday", "--date", "2029-12-01", "--amount", "-12.50", "--payee", "Cafe");
    }

    @Test
    void exportWritesAZipWithTheManifestLast() throws Exception {
        Path out = root.resolve("export.zip");

        Result export = ledger.ok("export", "--out", out.toString());

        assertThat(export.out()).contains("Exported 4 accounts and 1 transactions to " + out);
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertThat(zip.getEntry("accounts.csv")).isNotNull();
            assertThat(zip.stream().reduce((a, b) -> b).orElseThrow().getName()).isEqualTo("manifest.json");
        }
    }

    @Test
    void anEncryptedExportTakesItsPassphraseFromAFileAndNamesTheAgeCommand() throws Exception {
        Path out = root.resolve("export.age");

        Result export = ledger.ok(
                "export",
                "--out",
                out.toString(),
                "--encrypt",
                "--export-passphrase-file",
                cli.file("river stone maple 9"));

        assertThat(export.out()).contains("encrypted", "age --decrypt -o export.zip " + out);
        assertThat(Files.readString(out, StandardCharsets.ISO_8859_1))
                .startsWith("age-encryption.org/v1\n-> scrypt ")
                .contains(" 18\n");
    }

    @Test
    void aPassphraseFileWithoutEncryptIsAUsageError() {
        Result export = cli.runUnlocked(
                "export", "--out", root.resolve("x.zip").toString(), "--export-passphrase-file", cli.file("p"));

        assertThat(export.code()).isEqualTo(2);
        assertThat(export.err()).contains("--export-passphrase-file needs --encrypt");
        assertThat(root.resolve("x.zip")).doesNotExist();
    }

    @Test
    void importingAnEncryptedExportIntoANewVaultRestoresTheLedger() {
        Path out = root.resolve("export.age");
        String passphrase = cli.file("river stone maple 9");
        ledger.ok("export", "--out", out.toString(), "--encrypt", "--export-passphrase-file", passphrase);
        CliRunner other = new CliRunner(otherRoot);
        other.init();
        LedgerFixture restored = new LedgerFixture(other);

        Result wrong =
                other.runUnlocked("import", out.toString(), "--export-passphrase-file", other.file("wrong words 1"));
        Result right = restored.ok("import", out.toString(), "--export-passphrase-file", passphrase);

        assertThat(wrong.code()).as(wrong.toString()).isEqualTo(3);
        assertThat(right.out()).contains("Restored 4 accounts and 1 transactions from export.age.");
        assertThat(restored.ok("accounts", "list").out())
                .isEqualTo(ledger.ok("accounts", "list").out());
        assertThat(restored.transactions()).isEqualTo(ledger.transactions());
    }

    @Test
    void anExportIsNotRestoredIntoAVaultThatHasData() {
        Path out = root.resolve("export.zip");
        ledger.ok("export", "--out", out.toString());

        Result again = cli.runUnlocked("import", out.toString());

        assertThat(again.code()).as(again.toString()).isEqualTo(1);
        assertThat(again.err()).contains("already has ledger data").contains("nothing was changed");
    }
}

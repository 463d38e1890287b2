package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path root;

    CliRunner cli;
    LedgerFixture ledger;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
        ledger = new LedgerFixture(cli);
    }

    @Test
    void anOfxFileOpensItsAccountAndASecondImportSkipsEveryRow() {
        Path ofx = sample("checking-ofx1-sgml.ofx");

        Result first = ledger.ok("import", ofx.toString());
        Result second = ledger.ok("import", ofx.toString());

        assertThat(first.out())
                .contains(
                        "checking-ofx1-sgml.ofx -> MAPLE CU 6789 (new account): imported 6, skipped 0 as duplicates.");
        assertThat(second.out())
                .contains("checking-ofx1-sgml.ofx -> MAPLE CU 6789: imported 0, skipped 6 as duplicates.");
        assertThat(balance("MAPLE CU 6789")).isEqualByComparingTo("644.08");
    }

    @Test
    void aCsvOfTheSameTransactionsAfterTheOfxAddsNothing() {
        ledger.ok("import", sample("checking-ofx1-sgml.ofx").toString());

        Result csv = ledger.ok("import", sample("checking-us.csv").toString(), "--account", "MAPLE CU 6789");

        assertThat(csv.out()).contains("imported 0, skipped 5 as duplicates.");
        assertThat(balance("MAPLE CU 6789")).isEqualByComparingTo("644.08");
    }

    @Test
    void theOfxAfterTheCsvAddsOnlyTheFee() {
        ledger.ok("accounts", "add", "--name", "Checking", "--type", "checking", "--currency", "USD");
        ledger.ok("import", sample("checking-us.csv").toString(), "--account", "Checking");

        Result ofx = ledger.ok("import", sample("checking-ofx1-sgml.ofx").toString(), "--account", "Checking");

        assertThat(ofx.out()).contains("imported 1, skipped 5 as duplicates.");
        assertThat(balance("Checking")).isEqualByComparingTo("644.08");
    }

    @Test
    void everySampleImportsWithItsExpectedTotal() {
        ledger.ok("accounts", "add", "--name", "Giro", "--type", "checking", "--currency", "EUR");
        ledger.ok("accounts", "add", "--name", "Card", "--type", "credit-card", "--currency", "USD");
        ledger.ok("accounts", "add", "--name", "Quicken", "--type", "checking", "--currency", "USD");

        ledger.ok("import", sample("girokonto-de.csv").toString(), "--account", "Giro");
        ledger.ok("import", sample("card-debit-credit.csv").toString(), "--account", "Card");
        ledger.ok("import", sample("bank-quicken.qif").toString(), "--account", "Quicken");
        Result qfx = ledger.ok("import", sample("card-ofx2-xml.qfx").toString());

        assertThat(balance("Giro")).isEqualByComparingTo("1966.55");
        assertThat(balance("Card")).isEqualByComparingTo("352.84");
        assertThat(balance("Quicken")).isEqualByComparingTo("1653.57");
        assertThat(qfx.out()).contains("Harbor Card Services 1111 (new account): imported 4");
        assertThat(balance("Harbor Card Services 1111")).isEqualByComparingTo("352.84");
        assertThat(ledger.json("accounts", "list").findValuesAsText("type")).contains("credit-card");
    }

    @Test
    void theCsvMappingIsRememberedForTheAccountAndCanBeNamedForAnother() {
        ledger.ok("accounts", "add", "--name", "Giro", "--type", "checking", "--currency", "EUR");
        ledger.ok("accounts", "add", "--name", "Giro 2", "--type", "checking", "--currency", "EUR");
        ledger.ok("import", sample("girokonto-de.csv").toString(), "--account", "Giro");

        Result second =
                ledger.ok("import", sample("girokonto-de.csv").toString(), "--account", "Giro 2", "--mapping", "Giro");

        assertThat(second.out()).contains("imported 4");
        assertThat(balance("Giro 2")).isEqualByComparingTo("1966.55");
    }

    @Test
    void aMappingFileNamesColumnsByHeader() throws IOException {
        ledger.ok("accounts", "add", "--name", "Card", "--type", "credit-card", "--currency", "USD");
        Path mapping = root.resolve("card-mapping.json");
        Files.writeString(mapping, """
                {"delimiter": ",", "header": true,
                 "columns": {"date": "Posted Date", "payee": "Description", "debit": "Debit", "credit": "Credit"},
                 "dateFormat": "yyyy-MM-dd", "decimalSeparator": "."}
                """);

        ledger.ok(
                "import",
                sample("card-debit-credit.csv").toString(),
                "--account",
                "Card",
                "--mapping",
                mapping.toString());

        JsonNode rows = ledger.transactions();
        assertThat(rows.findValuesAsText("date")).contains("2024-01-04", "2024-01-09");
        assertThat(balance("Card")).isEqualByComparingTo("352.84");
    }

    @Test
    void invertSignFlipsACardExportThatListsChargesAsPositive() throws IOException {
        ledger.ok("accounts", "add", "--name", "Card", "--type", "credit-card", "--currency", "USD");
        Path charges = root.resolve("charges.csv");
        Files.writeString(
                charges, "Date,Description,Amount\n2024-01-03,CORNER BISTRO,42.17\n2024-01-25,PAYMENT,-500.00\n");

        ledger.ok("import", charges.toString(), "--account", "Card", "--invert-sign");

        assertThat(balance("Card")).isEqualByComparingTo("457.83");
    }

    @Test
    void aDryRunWritesNothingAndJsonReportsEachAccount() throws IOException {
        Path ofx = sample("checking-ofx1-sgml.ofx");

        JsonNode dry = ledger.json("import", ofx.toString(), "--dry-run");
        assertThat(dry.get(0).get("dry_run").asBoolean()).isTrue();
        assertThat(dry.get(0).get("imported").asInt()).isEqualTo(6);
        assertThat(ledger.json("accounts", "list")).isEmpty();

        JsonNode done = ledger.json("import", ofx.toString());
        assertThat(done.get(0).get("account").asText()).isEqualTo("MAPLE CU 6789");
        assertThat(done.get(0).get("opened").asBoolean()).isTrue();
        assertThat(done.get(0).get("imported").asInt()).isEqualTo(6);
        assertThat(done.get(0).get("skipped_duplicates").asInt()).isZero();
    }

    @Test
    void aBulkImportIsPrecededByABackup() throws IOException {
        ledger.ok("accounts", "add", "--name", "Checking", "--type", "checking", "--currency", "USD");
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        for (int i = 0; i < 1_000; i++) {
            csv.append("2024-01-")
                    .append(String.format("%02d", 1 + i % 28))
                    .append(",SHOP ")
                    .append(i)
                    .append(",-1.00\n");
        }
        Path big = root.resolve("big.csv");
        Files.writeString(big, csv);

        ledger.ok("import", big.toString(), "--account", "Checking");

        assertThat(ledger.json("backup", "list").findValuesAsText("kind")).contains("before-import");
    }

    @Test
    void aCsvWithoutAnAccountIsAUsageError() {
        Result result = cli.runUnlocked("import", sample("checking-us.csv").toString());

        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("checking-us.csv does not say which account it belongs to");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Result result = cli.runUnlocked("import", sample("checking-us.csv").toString(), "--format", "xls");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("'xls' is not a statement format");
    }

    @Test
    void aBadRowRefusesTheWholeFileWithItsLineAndExit5() throws IOException {
        ledger.ok("accounts", "add", "--name", "Checking", "--type", "checking", "--currency", "USD");
        Path bad = root.resolve("bad.csv");
        Files.writeString(bad, "Date,Description,Amount\n2024-01-03,GOOD,-1.00\n2024-01-04,BAD,12x\n");

        Result result = cli.runUnlocked("import", bad.toString(), "--account", "Checking");

        assertThat(result.code()).as(result.toString()).isEqualTo(5);
        assertThat(result.err()).contains("bad.csv, line 3").contains("12x");
        assertThat(ledger.transactions()).isEmpty();
    }

    @Test
    void anAmbiguousCsvNamesWhatCouldNotBeDecided() throws IOException {
        ledger.ok("accounts", "add", "--name", "Checking", "--type", "checking", "--currency", "USD");
        Path ambiguous = root.resolve("ambiguous.csv");
        Files.writeString(ambiguous, "Date,Description,Amount\n01/02/2024,A,-1.00\n03/04/2024,B,-2.00\n");

        Result result = cli.runUnlocked("import", ambiguous.toString(), "--account", "Checking");

        assertThat(result.code()).as(result.toString()).isEqualTo(5);
        assertThat(result.err()).contains("ambiguous.csv").containsIgnoringCase("date format");
        assertThat(ledger.transactions()).isEmpty();
    }

    @Test
    void aHugeFileIsRefusedFromItsSize() throws IOException {
        Path huge = root.resolve("huge.ofx");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(2L * 1024 * 1024 * 1024);
        }

        Result result = cli.runUnlocked("import", huge.toString());

        assertThat(result.code()).as(result.toString()).isEqualTo(5);
        assertThat(result.err()).contains("huge.ofx").contains("2.0 GB");
    }

    private BigDecimal balance(String account) {
        for (JsonNode node : ledger.json("accounts", "list")) {
            if (node.get("name").asText().equals(account)) {
                return new BigDecimal(node.get("balance").asText());
            }
        }
        throw new AssertionError("No account " + account);
    }

    private Path sample(String name) {
        try (InputStream in = ImportCommandTest.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new AssertionError("No sample " + name);
            }
            Path copy = root.resolve(name);
            Files.write(copy, in.readAllBytes());
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

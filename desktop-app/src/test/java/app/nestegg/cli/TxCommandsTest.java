package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TxCommandsTest {

    @TempDir
    Path root;

    CliRunner cli;
    LedgerFixture ledger;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
        ledger = new LedgerFixture(cli).withAccounts();
    }

    @Test
    void anAddedTransactionIsListedAsJsonWithItsFields() {
        Result add = cli.runUnlocked(
                "tx",
                "add",
                "--account",
                "Everyday",
                "--date",
                "2030-01-10",
                "--amount",
                "-42.5",
                "--payee",
                "Corner Shop",
                "--category",
                "groceries",
                "--memo",
                "milk and bread");

        assertThat(add.code()).as(add.toString()).isZero();
        assertThat(add.out()).startsWith("Added transaction ");
        JsonNode list = ledger.transactions();
        assertThat(list).hasSize(1);
        JsonNode tx = list.get(0);
        assertThat(tx.get("id").asText()).hasSize(36);
        assertThat(tx.get("date").asText()).isEqualTo("2030-01-10");
        assertThat(tx.get("account").asText()).isEqualTo("Everyday");
        assertThat(tx.get("payee").asText()).isEqualTo("Corner Shop");
        assertThat(tx.get("category").asText()).isEqualTo("Groceries");
        assertThat(tx.get("amount").asText()).isEqualTo("-42.50");
        assertThat(tx.get("currency").asText()).isEqualTo("USD");
        assertThat(tx.get("memo").asText()).isEqualTo("milk and bread");
        assertThat(tx.get("status").asText()).isEqualTo("uncleared");
        assertThat(tx.get("transfer_account").isNull()).isTrue();
        assertThat(tx.get("splits")).isEmpty();
    }

    @Test
    void aSplitTransactionHasNoCategoryAndListsItsParts() {
        Result add = cli.runUnlocked(
                "tx",
                "add",
                "--account",
                "Everyday",
                "--date",
                "2030-01-11",
                "--amount",
                "-100",
                "--payee",
                "Hypermarket",
                "--split",
                "Groceries=-70",
                "--split",
                "Clothing=-30.00");

        assertThat(add.code()).as(add.toString()).isZero();
        JsonNode tx = ledger.transactions().get(0);
        assertThat(tx.get("category").isNull()).isTrue();
        JsonNode splits = tx.get("splits");
        assertThat(splits).hasSize(2);
        assertThat(splits.get(0).get("category").asText()).isEqualTo("Groceries");
        assertThat(splits.get(0).get("amount").asText()).isEqualTo("-70.00");
        assertThat(splits.get(1).get("category").asText()).isEqualTo("Clothing");
        assertThat(cli.runUnlocked("tx", "list").out()).contains("(split)");
    }

    @Test
    void aTransferWritesBothSides() {
        Result add = cli.runUnlocked(
                "tx",
                "add",
                "--account",
                "Everyday",
                "--date",
                "2030-01-12",
                "--amount",
                "-200",
                "--transfer-to",
                "Savings");

        assertThat(add.code()).as(add.toString()).isZero();
        JsonNode savings = ledger.json("tx", "list", "--account", "Savings");
        assertThat(savings).hasSize(1);
        assertThat(savings.get(0).get("amount").asText()).isEqualTo("200.00");
        assertThat(savings.get(0).get("transfer_account").asText()).isEqualTo("Everyday");
        assertThat(savings.get(0).get("payee").asText()).isEqualTo("Transfer");
        assertThat(savings.get(0).get("category").isNull()).isTrue();
    }

    @Test
    void aSingleAccountIsListedNewestFirstWithRunningBalances() {
        // after the opening date (today, 2030-01-15), so the opening balance counts
        add("2030-01-16", "-10", "First");
        add("2030-01-18", "-20", "Third");
        add("2030-01-17", "50", "Second");

        Result list = cli.runUnlocked("tx", "list", "--account", "Everyday");

        assertThat(list.code()).as(list.toString()).isZero();
        List<String> lines = list.out().lines().toList();
        assertThat(lines.get(0)).startsWith("Date").contains("Balance");
        assertThat(lines.get(1)).startsWith("2030-01-18").contains("Third").endsWith("-20.00 USD  1020.00");
        assertThat(lines.get(2)).startsWith("2030-01-17").contains("Second").endsWith("50.00 USD  1040.00");
        assertThat(lines.get(3)).startsWith("2030-01-16").contains("First").endsWith("-10.00 USD   990.00");
    }

    @Test
    void filtersAndTheLimitNarrowTheList() {
        add("2030-01-01", "-10", "Coffee Place");
        add("2030-01-05", "-20", "Book Shop");
        add("2030-01-09", "-30", "Coffee Place");

        assertThat(payees(ledger.json("tx", "list", "--search", "coffee")))
                .containsExactly("Coffee Place", "Coffee Place");
        assertThat(payees(ledger.json("tx", "list", "--from", "2030-01-02", "--to", "2030-01-08")))
                .containsExactly("Book Shop");
        assertThat(payees(ledger.json("tx", "list", "--limit", "2"))).containsExactly("Coffee Place", "Book Shop");
        Result limited = cli.runUnlocked("tx", "list", "--limit", "2");
        assertThat(limited.out()).doesNotContain("Balance");
        assertThat(limited.err()).contains("More transactions match");
    }

    @Test
    void listByCategoryFindsOwnAndSplitCategories() {
        cli.runUnlocked(
                "tx",
                "add",
                "--account",
                "Everyday",
                "--date",
                "2030-01-01",
                "--amount",
                "-5",
                "--payee",
                "Bakery",
                "--category",
                "Groceries");
        cli.runUnlocked(
                "tx",
                "add",
                "--account",
                "Everyday",
                "--date",
                "2030-01-02",
                "--amount",
                "-9",
                "--payee",
                "Market",
                "--split",
                "Groceries=-4",
                "--split",
                "Coffee=-5");
        cli.runUnlocked(
                "tx",
                "add",
                "--account",
                "Everyday",
                "--date",
                "2030-01-03",
                "--amount",
                "-7",
                "--payee",
                "Cafe",
                "--category",
                "Coffee");

        assertThat(payees(ledger.json("tx", "list", "--category", "Groceries"))).containsExactly("Market", "Bakery");
    }

    @Test
    void editChangesOnlyTheGivenOptions() {
        String id = add("2030-01-04", "-12.00", "Cinema");

        Result edit = cli.runUnlocked("tx", "edit", id, "--amount", "-14.50", "--category", "Entertainment");

        assertThat(edit.code()).as(edit.toString()).isZero();
        JsonNode tx = ledger.transactions().get(0);
        assertThat(tx.get("id").asText()).isEqualTo(id);
        assertThat(tx.get("amount").asText()).isEqualTo("-14.50");
        assertThat(tx.get("category").asText()).isEqualTo("Entertainment");
        assertThat(tx.get("payee").asText()).isEqualTo("Cinema");
        assertThat(tx.get("date").asText()).isEqualTo("2030-01-04");
    }

    @Test
    void deleteRemovesATransferWithItsOtherSide() {
        cli.runUnlocked(
                "tx",
                "add",
                "--account",
                "Everyday",
                "--date",
                "2030-01-12",
                "--amount",
                "-200",
                "--transfer-to",
                "Savings");
        String id = ledger.transactions().get(0).get("id").asText();

        Result delete = cli.runUnlocked("tx", "delete", id);

        assertThat(delete.code()).as(delete.toString()).isZero();
        assertThat(delete.out()).contains("its other side in");
        assertThat(ledger.transactions()).isEmpty();
    }

    @Test
    void editAndDeleteOfAnUnknownIdExit2() {
        Result malformed = cli.runUnlocked("tx", "delete", "not-an-id");
        Result unknown = cli.runUnlocked("tx", "edit", "0190f6a3-0000-7000-8000-000000000000", "--payee", "X");

        assertThat(malformed.code()).isEqualTo(2);
        assertThat(malformed.err()).contains("'not-an-id' is not a transaction id");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("No transaction with id");
    }

    private String add(String date, String amount, String payee) {
        cli.runUnlocked("tx", "add", "--account", "Everyday", "--date", date, "--amount", amount, "--payee", payee);
        JsonNode all = ledger.transactions();
        for (JsonNode tx : all) {
            if (tx.get("payee").asText().equals(payee)
                    && tx.get("date").asText().equals(date)) {
                return tx.get("id").asText();
            }
        }
        throw new AssertionError("not added: " + payee);
    }

    private static List<String> payees(JsonNode list) {
        List<String> payees = new ArrayList<>();
        list.forEach(tx -> payees.add(tx.get("payee").asText()));
        return payees;
    }
}

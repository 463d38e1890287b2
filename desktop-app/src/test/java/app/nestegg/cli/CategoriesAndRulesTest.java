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

class CategoriesAndRulesTest {

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
    void categoriesListsTheGroupsWithTheirCategories() {
        Result text = cli.runUnlocked("categories");
        JsonNode groups = ledger.json("categories");

        assertThat(text.code()).as(text.toString()).isZero();
        assertThat(text.out()).contains("Food (expense)\n  Groceries\n  Restaurants");
        JsonNode food = null;
        for (JsonNode group : groups) {
            if (group.get("name").asText().equals("Food")) {
                food = group;
            }
        }
        assertThat(food).isNotNull();
        assertThat(food.get("id").asText()).hasSize(36);
        assertThat(food.get("kind").asText()).isEqualTo("expense");
        JsonNode groceries = food.get("categories").get(0);
        assertThat(groceries.get("name").asText()).isEqualTo("Groceries");
        assertThat(groceries.get("hidden").asBoolean()).isFalse();
        assertThat(groceries.get("id").asText()).hasSize(36);
    }

    @Test
    void anAddedRuleIsListedAndCategorisesNewTransactions() {
        Result add = cli.runUnlocked(
                "rules",
                "add",
                "--name",
                "Coffee shops",
                "--payee-contains",
                "bean",
                "--max-amount",
                "20",
                "--set-category",
                "Coffee",
                "--add-tag",
                "treat");

        assertThat(add.code()).as(add.toString()).isZero();
        JsonNode rule = ledger.json("rules", "list").get(0);
        assertThat(rule.get("name").asText()).isEqualTo("Coffee shops");
        assertThat(rule.get("payee_match").asText()).isEqualTo("contains");
        assertThat(rule.get("payee_pattern").asText()).isEqualTo("bean");
        assertThat(rule.get("max_amount").asText()).isEqualTo("20");
        assertThat(rule.get("min_amount").isNull()).isTrue();
        assertThat(rule.get("set_category").asText()).isEqualTo("Coffee");
        assertThat(rule.get("add_tag").asText()).isEqualTo("treat");
        assertThat(rule.get("enabled").asBoolean()).isTrue();
        assertThat(cli.runUnlocked("rules", "list").out())
                .contains("payee contains 'bean'")
                .contains("category Coffee");

        ledger.ok(
                "tx",
                "add",
                "--account",
                "Everyday",
                "--date",
                "2030-01-10",
                "--amount",
                "-4.5",
                "--payee",
                "Blue Bean Cafe");
        JsonNode tx = ledger.transactions().get(0);
        assertThat(tx.get("category").asText()).isEqualTo("Coffee");
        assertThat(tx.get("tags").get(0).asText()).isEqualTo("treat");
    }

    @Test
    void applyDryRunShowsTheChangesAndWritesNothingThenApplyWrites() {
        ledger.ok(
                "tx",
                "add",
                "--account",
                "Everyday",
                "--date",
                "2030-01-10",
                "--amount",
                "-30",
                "--payee",
                "ACME POWER 123");
        ledger.ok(
                "rules",
                "add",
                "--name",
                "Power",
                "--payee-regex",
                "^acme power",
                "--set-category",
                "Utilities",
                "--rename-payee",
                "Acme Power");

        Result dryRun = cli.runUnlocked("rules", "apply", "--dry-run");

        assertThat(dryRun.code()).as(dryRun.toString()).isZero();
        assertThat(dryRun.out())
                .contains("ACME POWER 123 -> Acme Power")
                .contains("- -> Utilities")
                .contains("1 transaction would change; nothing was written");
        assertThat(ledger.transactions().get(0).get("category").isNull()).isTrue();

        Result apply = cli.runUnlocked("rules", "apply");

        assertThat(apply.out()).contains("1 transaction changed.");
        JsonNode tx = ledger.transactions().get(0);
        assertThat(tx.get("category").asText()).isEqualTo("Utilities");
        assertThat(tx.get("payee").asText()).isEqualTo("Acme Power");
    }

    @Test
    void refusedRulesExit2AndAddNothing() {
        List<Result> refused = new ArrayList<>();
        refused.add(cli.runUnlocked("rules", "add", "--name", "Broken", "--payee-regex", "([", "--add-tag", "x"));
        refused.add(cli.runUnlocked("rules", "add", "--name", "Nothing", "--payee-equals", "A"));
        refused.add(cli.runUnlocked(
                "rules", "add", "--name", "Two", "--payee-equals", "A", "--payee-contains", "B", "--add-tag", "x"));
        refused.add(
                cli.runUnlocked("rules", "add", "--name", "Cat", "--payee-equals", "A", "--set-category", "Yachts"));
        refused.add(cli.runUnlocked("rules", "add", "--name", "Acct", "--account", "Nowhere", "--add-tag", "x"));
        refused.add(cli.runUnlocked("rules", "add", "--name", "Amt", "--min-amount", "lots", "--add-tag", "x"));

        assertThat(refused)
                .allSatisfy(result ->
                        assertThat(result.code()).as(result.toString()).isEqualTo(2));
        assertThat(refused.get(0).err()).contains("Pattern '([' is not a valid regular expression");
        assertThat(refused.get(1).err()).contains("needs an action");
        assertThat(refused.get(2).err()).contains("at most one of --payee-equals, --payee-contains and --payee-regex");
        assertThat(refused.get(3).err()).contains("No category named 'Yachts'");
        assertThat(refused.get(4).err()).contains("No account named 'Nowhere'");
        assertThat(refused.get(5).err()).contains("--min-amount: 'lots' is not an amount");
        assertThat(ledger.json("rules", "list")).isEmpty();
    }
}

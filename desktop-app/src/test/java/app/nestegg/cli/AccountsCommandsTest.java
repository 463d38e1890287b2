package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import app.nestegg.vault.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountsCommandsTest {

    @TempDir
    Path root;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
    }

    @Test
    void addedAccountsAreListedAsJsonWithTheirOpeningBalances() throws Exception {
        Result added = cli.runUnlocked(
                "accounts",
                "add",
                "--name",
                "Everyday",
                "--type",
                "checking",
                "--currency",
                "usd",
                "--opening-balance",
                "1250.5",
                "--institution",
                "First Bank");
        cli.runUnlocked(
                "accounts",
                "add",
                "--name",
                "Visa",
                "--type",
                "credit-card",
                "--currency",
                "USD",
                "--opening-balance",
                "-310.20");

        assertThat(added.code()).as(added.toString()).isZero();
        assertThat(added.out()).contains("Opened account 'Everyday'");
        Result list = cli.runUnlocked("accounts", "list", "--json");
        assertThat(list.code()).as(list.toString()).isZero();
        JsonNode accounts = Json.mapper().readTree(list.out());
        assertThat(accounts.isArray()).isTrue();
        assertThat(accounts).hasSize(2);
        JsonNode everyday = find(accounts, "Everyday");
        assertThat(everyday.get("id").asText()).hasSize(36);
        assertThat(everyday.get("type").asText()).isEqualTo("checking");
        assertThat(everyday.get("currency").asText()).isEqualTo("USD");
        assertThat(everyday.get("balance").asText()).isEqualTo("1250.50");
        assertThat(everyday.get("closed").asBoolean()).isFalse();
        assertThat(everyday.get("institution").asText()).isEqualTo("First Bank");
        JsonNode visa = find(accounts, "Visa");
        assertThat(visa.get("type").asText()).isEqualTo("credit-card");
        assertThat(visa.get("balance").asText()).isEqualTo("-310.20");
        assertThat(visa.get("institution").isNull()).isTrue();
    }

    @Test
    void listGroupsByTypeAndShowsTheBaseCurrencyValueWhenNoRateIsKnown() {
        cli.runUnlocked(
                "accounts",
                "add",
                "--name",
                "Everyday",
                "--type",
                "checking",
                "--currency",
                "USD",
                "--opening-balance",
                "100");
        cli.runUnlocked(
                "accounts",
                "add",
                "--name",
                "Tokyo",
                "--type",
                "savings",
                "--currency",
                "JPY",
                "--opening-balance",
                "5000");

        Result list = cli.runUnlocked("accounts", "list");

        assertThat(list.code()).as(list.toString()).isZero();
        assertThat(list.out()).contains("Checking\n  Everyday  100.00  USD");
        assertThat(list.out()).contains("Savings\n  Tokyo  5000  JPY  (no USD rate)");
    }

    @Test
    void closingAnAccountIsShownInTheList() throws Exception {
        cli.runUnlocked("accounts", "add", "--name", "Old", "--type", "cash", "--currency", "EUR");

        Result close = cli.runUnlocked("accounts", "close", "old");

        assertThat(close.code()).as(close.toString()).isZero();
        assertThat(close.out()).contains("Closed account 'Old'");
        JsonNode accounts = Json.mapper()
                .readTree(cli.runUnlocked("accounts", "list", "--json").out());
        assertThat(accounts.get(0).get("closed").asBoolean()).isTrue();
        assertThat(cli.runUnlocked("accounts", "list").out()).contains("closed");
    }

    @Test
    void closingAnUnknownAccountExits2() {
        Result close = cli.runUnlocked("accounts", "close", "Nowhere");

        assertThat(close.code()).isEqualTo(2);
        assertThat(close.err()).contains("No account named 'Nowhere'");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "XYZ|checking|10|2026-01-01|Unknown currency 'XYZ'",
                "US|checking|10|2026-01-01|'US' is not a three-letter ISO 4217 currency code",
                "USD|piggy-bank|10|2026-01-01|Unknown account type 'piggy-bank'",
                "USD|checking|1.234|2026-01-01|1.234 has too many decimals for USD (at most 2)",
                "JPY|checking|1.5|2026-01-01|1.5 has too many decimals for JPY (at most 0)",
                "USD|checking|ten|2026-01-01|--opening-balance: 'ten' is not an amount",
                "USD|checking|10|1800-01-01|--opening-date: ",
                "USD|checking|10|2026-13-01|--opening-date: "
            })
    void refusedAccountInputExits2AndWritesNothing(
            String currency, String type, String opening, String openingDate, String message) throws Exception {
        Result add = cli.runUnlocked(
                "accounts",
                "add",
                "--name",
                "Bad",
                "--type",
                type,
                "--currency",
                currency,
                "--opening-balance",
                opening,
                "--opening-date",
                openingDate);

        assertThat(add.code()).as(add.toString()).isEqualTo(2);
        assertThat(add.err()).contains(message);
        assertThat(Json.mapper()
                        .readTree(cli.runUnlocked("accounts", "list", "--json").out()))
                .isEmpty();
    }

    @Test
    void aSecondAccountWithTheSameNameIsRefused() {
        cli.runUnlocked("accounts", "add", "--name", "Everyday", "--type", "checking", "--currency", "USD");

        Result again =
                cli.runUnlocked("accounts", "add", "--name", "EVERYDAY", "--type", "savings", "--currency", "USD");

        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void addWithoutTheRequiredOptionsIsAUsageError() {
        Result add = cli.runUnlocked("accounts", "add", "--name", "Everyday");

        assertThat(add.code()).isEqualTo(2);
        assertThat(add.err()).contains("--type").contains("--currency");
    }

    private static JsonNode find(JsonNode accounts, String name) {
        for (JsonNode account : accounts) {
            if (account.get("name").asText().equals(name)) {
                return account;
            }
        }
        throw new AssertionError("no account " + name + " in " + accounts);
    }
}

package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refused {@code tx add} exits 2 with a message that says what is wrong, and writes nothing. The cases share one
 * vault: each checks that the ledger is still empty afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TxInputRefusalTest {

    CliRunner cli;
    LedgerFixture ledger;

    @BeforeAll
    void setUp(@TempDir Path root) {
        cli = new CliRunner(root);
        cli.init();
        ledger = new LedgerFixture(cli).withAccounts();
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(
                        List.of("--split", "Groceries=-60", "--split", "Clothing=-30"),
                        "The splits add up to -90.00 but the transaction is -100.00 USD"),
                Arguments.of(List.of("--split", "Groceries=-100"), "at least two splits"),
                Arguments.of(List.of("--split", "Groceries"), "--split: 'Groceries' is not CATEGORY=AMOUNT"),
                Arguments.of(
                        List.of("--split", "Groceries=abc", "--split", "Coffee=-5"),
                        "--split: 'Groceries=abc' is not CATEGORY=AMOUNT"),
                Arguments.of(
                        List.of("--split", "=-50", "--split", "Coffee=-50"), "--split: '=-50' is not CATEGORY=AMOUNT"),
                Arguments.of(List.of("--transfer-to", "Everyday"), "A transfer needs two different accounts"),
                Arguments.of(List.of("--transfer-to", "Old"), "Account 'Old' is closed"),
                Arguments.of(List.of("--account", "Old"), "Account 'Old' is closed"),
                Arguments.of(List.of("--amount", "1.234"), "1.234 has too many decimals for USD (at most 2)"),
                Arguments.of(
                        List.of("--account", "Yen", "--amount", "1.5"),
                        "1.5 has too many decimals for JPY (at most 0)"),
                Arguments.of(List.of("--amount", "12,50"), "--amount: '12,50' is not an amount"),
                Arguments.of(
                        List.of("--date", "1800-01-01"), "--date: 1800-01-01 is outside the dates the ledger holds"),
                Arguments.of(List.of("--date", "2030-02-30"), "--date: '2030-02-30' is not a date; use YYYY-MM-DD"),
                Arguments.of(List.of("--date", "15/01/2030"), "--date: '15/01/2030' is not a date"),
                Arguments.of(List.of("--account", "Nowhere"), "No account named 'Nowhere'"),
                Arguments.of(List.of("--transfer-to", "Nowhere"), "No account named 'Nowhere'"),
                Arguments.of(List.of("--category", "Yachts"), "No category named 'Yachts'"),
                Arguments.of(List.of("--split", "Yachts=-50", "--split", "Coffee=-50"), "No category named 'Yachts'"),
                Arguments.of(List.of("--status", "reconciled"), "--status: 'reconciled' is not one of"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void refusedInputExits2AndWritesNothing(List<String> options, String message) {
        Map<String, String> single = new LinkedHashMap<>(
                Map.of("--account", "Everyday", "--date", "2030-01-10", "--amount", "-100", "--payee", "Shop"));
        List<String> args = new ArrayList<>(List.of("tx", "add"));
        for (int i = 0; i < options.size(); i += 2) {
            if (single.containsKey(options.get(i))) {
                single.put(options.get(i), options.get(i + 1));
            } else {
                args.add(options.get(i));
                args.add(options.get(i + 1));
            }
        }
        single.forEach((option, value) -> {
            args.add(option);
            args.add(value);
        });

        Result add = cli.runUnlocked(args.toArray(String[]::new));

        assertThat(add.code()).as(add.toString()).isEqualTo(2);
        assertThat(add.err()).contains(message);
        assertThat(add.err().lines()).hasSize(1);
        assertThat(add.out()).isEmpty();
        assertThat(ledger.transactions()).isEmpty();
    }

    @Test
    void addWithoutAPayeeOrAmountIsAUsageError() {
        Result noPayee =
                cli.runUnlocked("tx", "add", "--account", "Everyday", "--date", "2030-01-10", "--amount", "-1");
        Result noAmount = cli.runUnlocked("tx", "add", "--account", "Everyday", "--date", "2030-01-10", "--payee", "X");

        assertThat(noPayee.code()).isEqualTo(2);
        assertThat(noPayee.err()).contains("--payee");
        assertThat(noAmount.code()).isEqualTo(2);
        assertThat(noAmount.err()).contains("Missing required option: --amount");
        assertThat(ledger.transactions()).isEmpty();
    }

    @Test
    void listRefusesBadDatesAndLimits() {
        Result from = cli.runUnlocked("tx", "list", "--from", "2300-01-01");
        Result range = cli.runUnlocked("tx", "list", "--from", "2030-02-01", "--to", "2030-01-01");
        Result limit = cli.runUnlocked("tx", "list", "--limit", "1001");

        assertThat(from.code()).isEqualTo(2);
        assertThat(from.err()).contains("--from: 2300-01-01 is outside");
        assertThat(range.code()).isEqualTo(2);
        assertThat(range.err()).contains("after its end");
        assertThat(limit.code()).isEqualTo(2);
        assertThat(limit.err()).contains("--limit must be between 1 and 1000.");
    }

    @Test
    void aRefusedEditChangesNothing() {
        ledger.ok("tx", "add", "--account", "Everyday", "--date", "2030-01-10", "--amount", "-10", "--payee", "Shop");
        String id = ledger.transactions().get(0).get("id").asText();

        Result edit = cli.runUnlocked("tx", "edit", id, "--payee", "Other", "--amount", "-1.001");

        assertThat(edit.code()).isEqualTo(2);
        assertThat(edit.err()).contains("too many decimals");
        assertThat(ledger.transactions().get(0).get("payee").asText()).isEqualTo("Shop");
        ledger.ok("tx", "delete", id);
    }
}

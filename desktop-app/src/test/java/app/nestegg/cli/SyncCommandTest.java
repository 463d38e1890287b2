package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import app.nestegg.sync.fake.plaid.FakeAccount;
import app.nestegg.sync.fake.plaid.FakeItem;
import app.nestegg.sync.fake.plaid.FakePlaidExtension;
import app.nestegg.sync.fake.plaid.FakeSecurity;
import app.nestegg.sync.fake.plaid.FakeTransaction;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code sync} of a sandbox connection against the fake Plaid: counts per account, the ledger's rows, failures. */
class SyncCommandTest {

    @RegisterExtension
    final FakePlaidExtension fake = new FakePlaidExtension();

    @TempDir
    Path root;

    CliRunner cli;
    BankFixture bank;
    FakeItem item;
    FakeAccount checking;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
        bank = new BankFixture(cli, fake.server());
        item = bank.linkSandbox();
        checking = item.account("depository", "checking");
    }

    @AfterEach
    void noSecretShown() {
        bank.assertNoSecretShown();
    }

    @Test
    void eachSyncReportsTheFakesChangesAndTheLedgerHoldsExactlyItsRows() {
        LocalDate today = fake.server().today();
        List<FakeTransaction> before = rowsOf(checking);
        item.addTransaction(checking.accountId(), today, new BigDecimal("12.34"), "Bakery");
        item.addTransaction(checking.accountId(), today, new BigDecimal("-100.00"), "Refund");
        item.modifyTransaction(before.getFirst().transactionId(), row -> row.withAmount(new BigDecimal("7.00")));

        Result first = bank.ok("sync");

        assertThat(first.out())
                .contains("First Platypus Bank (PLAID, connection ")
                .contains("Plaid Checking: 2 added, 1 modified, 0 removed, 0 matched")
                .contains("Status: active");
        assertThat(bank.ledgerRows("Plaid Checking")).isEqualTo(BankFixture.fakeRows(item, checking.accountId()));

        item.removeTransaction(before.get(1).transactionId());
        item.addTransaction(checking.accountId(), today, new BigDecimal("3.10"), "Coffee");

        Result second = bank.ok("sync");

        assertThat(second.out()).contains("Plaid Checking: 1 added, 0 modified, 1 removed, 0 matched");
        assertThat(bank.ledgerRows("Plaid Checking"))
                .hasSize(5 + 2 - 1 + 1)
                .isEqualTo(BankFixture.fakeRows(item, checking.accountId()));
    }

    @Test
    void jsonGivesTheCountsPerAccountForOneConnection() {
        String id = bank.json("connections").get(0).get("id").asText();
        item.addTransaction(checking.accountId(), fake.server().today(), new BigDecimal("1.00"), "Gum");

        JsonNode reports = bank.json("sync", "--connection", id);

        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).get("connection").asText()).isEqualTo(id);
        assertThat(reports.get(0).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(reports.get(0).get("error").isNull()).isTrue();
        JsonNode account = Stream.of(reports.get(0).get("accounts"))
                .flatMap(accounts -> accounts.valueStream())
                .filter(node -> node.get("account").asText().equals("Plaid Checking"))
                .findFirst()
                .orElseThrow();
        assertThat(account.get("added").asInt()).isEqualTo(1);
        assertThat(account.get("modified").asInt()).isZero();
    }

    @Test
    void holdingsTheBankChangedAreBroughtToItsQuantitiesAndCountedPerAccount() {
        FakeAccount ira = item.account("investment", "ira");
        FakeSecurity etf = item.securityWithTicker("EXTM");
        item.addHolding(item.holding(ira.accountId(), etf.securityId())
                .with(new BigDecimal("2.5"), new BigDecimal("280.00"), new BigDecimal("560.00")));
        item.removeHolding(ira.accountId(), item.securityWithTicker(null).securityId());

        Result text = bank.ok("sync");

        assertThat(text.out())
                .contains("Plaid IRA: 0 added, 0 modified, 0 removed, 0 matched")
                .contains("Plaid IRA: 2 holdings brought to what the bank reports")
                .doesNotContain("Holdings:");
        JsonNode held = bank.json("holdings", "--account", "Plaid IRA").get(0).get("holdings");
        assertThat(held.valueStream()
                        .map(h -> h.get("symbol").asText() + " "
                                + h.get("quantity").asText()))
                .containsExactly("EXTM 2.5", "NEGF 0");

        item.addHolding(item.holding(ira.accountId(), etf.securityId())
                .with(new BigDecimal("3"), new BigDecimal("281.00"), null));
        JsonNode report = bank.json("sync").get(0);

        assertThat(report.get("holdingsError").isNull()).isTrue();
        JsonNode account = report.get("accounts")
                .valueStream()
                .filter(node -> node.get("account").asText().equals("Plaid IRA"))
                .findFirst()
                .orElseThrow();
        assertThat(account.get("holdings").asInt()).isEqualTo(1);
    }

    @Test
    void aLoginTheBankWantsAgainLeavesTheConnectionNeedingARelinkAndExits6() {
        item.breakLogin();

        Result sync = bank.run("sync");

        assertThat(sync.code()).as(sync.toString()).isEqualTo(6);
        assertThat(sync.out())
                .contains("Status: needs you to link the bank again")
                .contains("Error: The login details of this account have changed. Log in again to continue.");
        JsonNode connection = bank.json("connections").get(0);
        assertThat(connection.get("status").asText()).isEqualTo("NEEDS_RELINK");
        assertThat(connection.get("error").get("code").asText()).isEqualTo("LOGIN_REQUIRED");
        assertThat(bank.ok("sync").out()).contains("No bank connection is due to sync");
    }

    @Test
    void withoutPlaidSettingsTheConnectionIsReportedNotSyncedAndKeepsItsState() {
        cli.environment.remove("PLAID_SECRET");

        Result sync = bank.run("sync", "--force");

        assertThat(sync.code()).as(sync.toString()).isEqualTo(6);
        assertThat(sync.out()).contains("First Platypus Bank").contains("PLAID_SECRET");
        JsonNode connection = bank.json("connections").get(0);
        assertThat(connection.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(connection.get("error").isNull()).isTrue();
    }

    static Stream<Arguments> badIds() {
        String unknown = UUID.randomUUID().toString();
        return Stream.of(
                Arguments.of(List.of("sync", "--connection", "nope"), "'nope' is not a connection id."),
                Arguments.of(List.of("sync", "--connection", unknown), "No bank connection with id '" + unknown),
                Arguments.of(List.of("disconnect", "12345"), "'12345' is not a connection id."),
                Arguments.of(List.of("disconnect", unknown), "No bank connection with id '" + unknown));
    }

    @ParameterizedTest
    @MethodSource("badIds")
    void aMalformedOrUnknownConnectionIdExits2AndChangesNothing(List<String> args, String message) {
        int calls = fake.server().exchanges().size();

        Result result = bank.run(args.toArray(String[]::new));

        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains(message);
        assertThat(result.out()).isEmpty();
        assertThat(fake.server().exchanges()).hasSize(calls);
        assertThat(bank.json("connections").get(0).get("status").asText()).isEqualTo("ACTIVE");
    }

    private List<FakeTransaction> rowsOf(FakeAccount account) {
        return item.transactions().stream()
                .filter(row -> row.accountId().equals(account.accountId()) && !row.pending())
                .toList();
    }
}

package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import app.nestegg.sync.fake.plaid.FakeFailure;
import app.nestegg.sync.fake.plaid.FakeItem;
import app.nestegg.sync.fake.plaid.FakePlaidExtension;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code disconnect} against the fake Plaid: the Item is removed there, the ledger's accounts and rows stay here. */
class DisconnectCommandTest {

    @RegisterExtension
    final FakePlaidExtension fake = new FakePlaidExtension();

    @TempDir
    Path root;

    CliRunner cli;
    BankFixture bank;
    FakeItem item;
    String id;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
        bank = new BankFixture(cli, fake.server());
        item = bank.linkSandbox();
        id = bank.json("connections").get(0).get("id").asText();
    }

    @AfterEach
    void noSecretShown() {
        bank.assertNoSecretShown();
    }

    @Test
    void disconnectRemovesTheItemAtPlaidAndKeepsTheAccountsAndRows() {
        int rows = bank.ledgerRows("Plaid Checking").size();

        Result disconnect = bank.ok("disconnect", id);

        assertThat(disconnect.out())
                .contains("Disconnected First Platypus Bank (" + id + ")")
                .contains("Its accounts stay in the ledger with their transactions:")
                .contains("Plaid Checking");
        assertThat(item.removed()).isTrue();
        JsonNode connection = bank.json("connections").get(0);
        assertThat(connection.get("status").asText()).isEqualTo("DISCONNECTED");
        assertThat(connection.get("accounts")).isEmpty();
        assertThat(bank.ok("connections").out()).contains("disconnected");
        assertThat(bank.json("accounts", "list").toString()).contains("Plaid Checking");
        assertThat(bank.ledgerRows("Plaid Checking")).hasSize(rows);
        Result again = bank.run("disconnect", id);
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("is already disconnected");
    }

    @Test
    void accessPlaidAlreadyRevokedStillLetsTheConnectionGo() {
        fake.server()
                .failNext(
                        "/item/remove",
                        new FakeFailure.PlaidError(
                                400, "ITEM_ERROR", "ITEM_NOT_FOUND", "the Item you requested cannot be found", null));

        Result disconnect = bank.ok("disconnect", id);

        assertThat(disconnect.out())
                .contains("PLAID had already revoked the access.")
                .contains("Disconnected");
        assertThat(bank.json("connections").get(0).get("status").asText()).isEqualTo("DISCONNECTED");
    }

    @Test
    void anotherRefusalRemovesNothingUnlessLocalOnlyIsGiven() {
        fake.server().failNext("/item/remove", FakeFailure.internalServerError());

        Result refused = bank.run("disconnect", id);

        assertThat(refused.code()).as(refused.toString()).isEqualTo(6);
        assertThat(refused.err())
                .contains("First Platypus Bank did not revoke the access: Something went wrong. Try again later.")
                .contains("Nothing was removed");
        assertThat(bank.json("connections").get(0).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(item.removed()).isFalse();

        Result local = bank.ok("disconnect", id, "--local-only");

        assertThat(local.out()).contains("PLAID was not told");
        assertThat(item.removed()).isFalse();
        assertThat(bank.json("connections").get(0).get("status").asText()).isEqualTo("DISCONNECTED");
    }
}

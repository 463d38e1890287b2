package app.nestegg.cli;

import app.nestegg.cli.CliRunner.Result;
import app.nestegg.vault.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A vault with a few accounts for the ledger command tests, and short ways to run and read the commands. */
final class LedgerFixture {

    private final CliRunner cli;

    LedgerFixture(CliRunner cli) {
        this.cli = cli;
    }

    /** Everyday (USD, 1000.00), Savings (USD), Yen (JPY cash) and Old (USD, closed). */
    LedgerFixture withAccounts() {
        ok(
                "accounts",
                "add",
                "--name",
                "Everyday",
                "--type",
                "checking",
                "--currency",
                "USD",
                "--opening-balance",
                "1000");
        ok("accounts", "add", "--name", "Savings", "--type", "savings", "--currency", "USD");
        ok("accounts", "add", "--name", "Yen", "--type", "cash", "--currency", "JPY");
        ok("accounts", "add", "--name", "Old", "--type", "checking", "--currency", "USD");
        ok("accounts", "close", "Old");
        return this;
    }

    Result ok(String... args) {
        Result result = cli.runUnlocked(args);
        if (result.code() != 0) {
            throw new AssertionError(String.join(" ", args) + " failed: " + result);
        }
        return result;
    }

    JsonNode json(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        try {
            return Json.mapper().readTree(ok(all.toArray(String[]::new)).out());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every transaction, newest first, as {@code tx list --json} gives them. */
    JsonNode transactions() {
        return json("tx", "list", "--limit", "1000");
    }
}
